/**
 * The xAPI vocabulary the site speaks: ADL verbs and activity types (the ADL registry,
 * http://adlnet.gov/expapi/…), plus the site's own extension and profile IRIs under its URL. Pure.
 */

const ADL_VERBS = 'http://adlnet.gov/expapi/verbs/';
const ADL_TYPES = 'http://adlnet.gov/expapi/activities/';

/** The verbs, with their display in the site's language and in English. */
export const VERBS = {
  completed: { id: `${ADL_VERBS}completed`, display: { 'zh-Hant': '完成', 'en-US': 'completed' } },
  answered: { id: `${ADL_VERBS}answered`, display: { 'zh-Hant': '作答', 'en-US': 'answered' } },
  interacted: { id: `${ADL_VERBS}interacted`, display: { 'zh-Hant': '使用', 'en-US': 'interacted' } },
} as const;

/** The activity types. */
export const ACTIVITY_TYPES = {
  course: `${ADL_TYPES}course`,
  module: `${ADL_TYPES}module`,
  lesson: `${ADL_TYPES}lesson`,
  assessment: `${ADL_TYPES}assessment`,
  question: `${ADL_TYPES}cmi.interaction`,
  profile: `${ADL_TYPES}profile`,
  /** A task done in a context: a field tool's record (a visit plan, a sales plan, …). */
  performance: `${ADL_TYPES}performance`,
} as const;

/** The site's own IRIs, all under its URL (`site` ends with a slash). */
export const siteIris = (site: string) => ({
  profile: `${site}xapi/profile/`,
  certainty: `${site}xapi/ext/certainty`,
  skillLevels: `${site}xapi/ext/skill-levels`,
  factorLevels: `${site}xapi/ext/factor-levels`,
  scale: `${site}xapi/ext/scale`,
  tool: `${site}xapi/ext/tool`,
});

/** How sure the learner was (the quiz's 1 · 2 · 3), as the certainty extension's value. */
export const CERTAINTY = { 1: 'guess', 2: 'fairly-sure', 3: 'sure' } as const;

/**
 * The field tools as activities: the path under `<site>tools/` and the name. A tool statement says only
 * which tool was used and when, never what the record holds (retailers' data stays on the phone).
 */
export const TOOLS = {
  visits: { path: 'visit', name: '拜訪計劃' },
  salesPlans: { path: 'sales-plan', name: '銷售計劃' },
  shortages: { path: 'shortage', name: '短缺調研' },
  reports: { path: 'report', name: '市場資訊報告' },
  guidance: { path: 'guidance', name: '零售戶輔導單' },
} as const;

/** The platform named in every statement's context. */
export const PLATFORM = '績效教練 · Performance Coach';
export const LANGUAGE = 'zh-Hant';
