/** Reads 「只重做答錯的」 kept for the tab (sessionStorage; keep-retry-mode.ts keeps it). Never throws. */
import { retryKey as key } from '../model/retry.ts';

/** The kept value, unread (model/retry.ts checks it); undefined when there is none or storage is blocked. */
export function readRetryMode(quizId: string): unknown {
  try {
    const text = sessionStorage.getItem(key(quizId));
    return text === null ? undefined : (JSON.parse(text) as unknown);
  } catch {
    return undefined;
  }
}
