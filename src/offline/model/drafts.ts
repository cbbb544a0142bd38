/**
 * Which answers are half done, read from the stored drafts collections (`quizDrafts`, `drafts`):
 * the update banner says they are kept. Pure: the raw stored strings in, counts out; anything it
 * cannot read counts as no draft (the store, not this, deals with damage).
 *
 * It reads only the record count, so it parses with JSON.parse and names the two storage keys
 * itself rather than importing the progress model: the banner's chunk then carries no chunk shared
 * with other pages, and loading it costs every page nothing up front (no preload helper).
 * tests/unit/offline-drafts.test.ts pins the keys to progress's COLLECTION_KEYS.
 */

/** The storage keys of the two drafts collections (progress/model/stored.ts COLLECTION_KEYS). */
export const DRAFT_KEYS = {
  quizDrafts: 'performance-coach:quizDrafts',
  drafts: 'performance-coach:drafts',
} as const;

export interface DraftsInProgress {
  quizzes: number;
  assessments: number;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Number of records in one stored collection value (`{"version":…,"epoch":…,"records":{…}}`). */
export function countRecords(raw: string | null | undefined): number {
  if (typeof raw !== 'string') return 0;
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return 0;
  }
  const records = isObject(value) ? value.records : undefined;
  return isObject(records) ? Object.keys(records).length : 0;
}

/** Quiz and assessment drafts in the stored collection values. */
export function draftsInProgress(raw: { quizDrafts: string | null; drafts: string | null }): DraftsInProgress {
  return { quizzes: countRecords(raw.quizDrafts), assessments: countRecords(raw.drafts) };
}

/** The i18n key of the update banner's line about drafts, or undefined when nothing is half done. */
export function draftNoteKey(drafts: DraftsInProgress): string | undefined {
  if (drafts.quizzes > 0 && drafts.assessments > 0) return 'offline.update.keptBoth';
  if (drafts.quizzes > 0) return 'offline.update.keptQuiz';
  if (drafts.assessments > 0) return 'offline.update.keptAssessment';
  return undefined;
}
