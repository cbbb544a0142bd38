/**
 * The edition a page's visit tells, for the memory kept where a page has no edition script of its own (a lesson).
 * Apart from paths.ts, with its key and prefix by value (tests/unit/edition-paths.test.ts holds them equal): the
 * chunk that uses it loads after the page (src/layouts/idle.ts), and a module it shared with the edition script
 * would become a file of its own that every page then fetches up front.
 */

/** paths.ts's `EDITION_KEY`. */
export const VISIT_EDITION_KEY = 'performance-coach:edition';
/** paths.ts's `HANS_PREFIX`. */
export const VISIT_HANS_PREFIX = '/zh-hans';

/**
 * A Simplified page says zh-Hans; a Traditional page opened from a Simplified page of this site (`referrer`: the
 * header's switch) says zh-Hant; any other visit says nothing (the learner's choice stays as it was).
 */
export function editionOfVisit(lang: string, referrer: string, origin: string): 'zh-Hans' | 'zh-Hant' | undefined {
  if (lang === 'zh-Hans') return 'zh-Hans';
  if (!referrer.startsWith(`${origin}/`)) return undefined;
  const path = new URL(referrer).pathname;
  return path === VISIT_HANS_PREFIX || path.startsWith(`${VISIT_HANS_PREFIX}/`) ? 'zh-Hant' : undefined;
}
