/**
 * The course data the assessment islands fetch: static JSON files of the build, so the
 * pages stay small and the data is cached (and precached) like any other file. Pure.
 */
import type { AssessmentData } from './analysis.ts';
import type { Instrument } from './model.ts';

/** Where the build writes each file (src/pages/data/*.json.ts). */
export const ASSESSMENT_FILES = {
  /** Everything an analysis needs, without the questionnaire's text: the result view and the home plan. */
  analysis: '/data/assessment-analysis.json',
  /** The questionnaire of each form, with its statements and scale. */
  forms: '/data/assessment-forms.json',
  /** The result view's UI strings (every `assess.` and `plan.` key), fetched with its code. */
  strings: '/data/assessment-strings.json',
} as const;

/** Key prefixes of the strings the questionnaire needs up front (the page hands them to the island). */
export const FORM_STRING_PREFIXES = [
  'assess.answered',
  'assess.autosave',
  'assess.compare',
  'assess.data.',
  'assess.empty',
  'assess.finding',
  'assess.group',
  'assess.loading',
  'assess.na',
  'assess.next',
  'assess.overview',
  'assess.prev',
  'assess.result.loading',
  'assess.step',
  'assess.submit',
  'assess.unanswered',
] as const;

/** Key prefixes of the result view's strings file. */
export const RESULT_STRING_PREFIXES = ['assess.', 'plan.'] as const;

/** The questionnaires: the full form and, when some items are marked for it, the short form. */
export interface AssessmentForms {
  full: Instrument;
  short?: Instrument;
}

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

function isInstrument(x: unknown): x is Instrument {
  return (
    isObject(x) &&
    typeof x.id === 'string' &&
    typeof x.title === 'string' &&
    Array.isArray(x.scale) &&
    Array.isArray(x.items) &&
    x.items.every((i) => isObject(i) && typeof i.id === 'string' && typeof i.skill === 'string')
  );
}

/** The forms file as read, or an error when it is not what the build writes (a stale or damaged copy). */
export function readForms(x: unknown): AssessmentForms {
  if (!isObject(x) || !isInstrument(x.full) || (x.short !== undefined && !isInstrument(x.short)))
    throw new Error(`${ASSESSMENT_FILES.forms}: not a questionnaire file`);
  return x as unknown as AssessmentForms;
}

/** The strings file as read: a flat object of strings. */
export function readStrings(x: unknown): Record<string, string> {
  if (!isObject(x) || !Object.values(x).every((v) => typeof v === 'string'))
    throw new Error(`${ASSESSMENT_FILES.strings}: not a strings file`);
  return x as Record<string, string>;
}

/** The analysis file as read, or an error when it is not what the build writes. */
export function readAnalysisData(x: unknown): AssessmentData {
  const ok =
    isObject(x) &&
    isObject(x.instrument) &&
    typeof x.instrument.id === 'string' &&
    isObject(x.framework) &&
    Array.isArray(x.framework.factors) &&
    Array.isArray(x.framework.skills) &&
    Array.isArray(x.lessons) &&
    isObject(x.questionSkills);
  if (!ok) throw new Error(`${ASSESSMENT_FILES.analysis}: not an analysis file`);
  return x as unknown as AssessmentData;
}
