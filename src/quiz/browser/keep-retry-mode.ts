/** Keeps 「只重做答錯的」 for the tab (sessionStorage), so a reload redoes the same questions. Never throws. */
import { retryKey as key, type RetryMode } from '../model/retry.ts';

/** Keeps `mode`, or forgets it (a full retry, a submit). */
export function keepRetryMode(quizId: string, mode: RetryMode | undefined): void {
  try {
    if (mode) sessionStorage.setItem(key(quizId), JSON.stringify(mode));
    else sessionStorage.removeItem(key(quizId));
  } catch {
    // Storage blocked: a reload then shows every question, as before.
  }
}
