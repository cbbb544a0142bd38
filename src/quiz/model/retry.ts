/**
 * 「只重做答錯的」 across a reload: which questions are in play. The choice is kept for the tab (see
 * browser/retry-mode.ts; started by after-attempt.ts `retryMode`) with the time of the attempt it retries; it
 * holds only while that attempt is still the latest. Pure.
 */
import type { ProgressDoc } from '../../progress/model/document.ts';
import { latestAttemptAt } from './session.ts';

/** Where the mode is kept for the tab (sessionStorage), per quiz. */
export const retryKey = (quizId: string): string => `performance-coach:quiz-retry:${quizId}`;

export interface RetryMode {
  /** The questions redone. */
  only: string[];
  /** The `at` of the attempt whose missed questions these are. */
  after: string;
}

/**
 * The questions in play when the quiz opens: the kept retry's questions still in the quiz, when that retry
 * follows the latest attempt; otherwise (no retry kept, a newer attempt since, a damaged value) all of them.
 */
export function questionsInPlay(
  doc: ProgressDoc,
  quizId: string,
  all: readonly string[],
  kept: unknown,
): { ids: string[]; retrying: boolean } {
  const everything = { ids: [...all], retrying: false };
  if (typeof kept !== 'object' || kept === null) return everything;
  const { only, after } = kept as Partial<RetryMode>;
  if (!Array.isArray(only) || typeof after !== 'string' || latestAttemptAt(doc, quizId) !== after) return everything;
  const ids = all.filter((id) => only.includes(id));
  return ids.length > 0 && ids.length < all.length ? { ids, retrying: true } : everything;
}
