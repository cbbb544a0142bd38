/** Keeps 「只重做答錯的」 for the tab (sessionStorage), so a reload redoes the same questions. Never throws. */
import type { RetryMode } from '../model/retry.ts';

const key = (quizId: string) => `performance-coach:quiz-retry:${quizId}`;

/** The kept value, unread (model/retry.ts checks it); undefined when there is none or storage is blocked. */
export function readRetryMode(quizId: string): unknown {
  try {
    const text = sessionStorage.getItem(key(quizId));
    return text === null ? undefined : (JSON.parse(text) as unknown);
  } catch {
    return undefined;
  }
}

/** Keeps `mode`, or forgets it (a full retry, a submit). */
export function keepRetryMode(quizId: string, mode: RetryMode | undefined): void {
  try {
    if (mode) sessionStorage.setItem(key(quizId), JSON.stringify(mode));
    else sessionStorage.removeItem(key(quizId));
  } catch {
    // Storage blocked: a reload then shows every question, as before.
  }
}
