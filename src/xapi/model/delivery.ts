/**
 * What an LRS answer means for the outbox, and how long to wait before the next try. Pure.
 *
 * xAPI 1.0.3 (Data 2.4.1, Communication 2.1.2): a POST of statements the LRS already holds with the
 * same ids is not an error to repeat — the LRS answers 200/204, or 409 Conflict when it checks —
 * so a retry after a lost answer, or a copy sent by another tab, counts as sent.
 */

export type Outcome =
  /** The LRS has the statements (stored now, or already). */
  | { kind: 'sent' }
  /** The LRS refused them as invalid: kept, not retried until the page is loaded again or the learner asks. */
  | { kind: 'rejected'; status: number; detail: string }
  /** Wrong key or secret, or the key may not write statements: kept, retried when the learner asks. */
  | { kind: 'unauthorised'; status: number }
  /** Unreachable, too slow, or a server error: kept, retried later with backoff. */
  | { kind: 'retry'; reason: 'offline' | 'network' | 'timeout' | 'server'; status?: number };

/** The outcome of an HTTP status (`detail`: the first line of the LRS's answer, for a refusal). */
export function outcomeOf(status: number, detail = ''): Outcome {
  if (status === 200 || status === 204 || status === 409) return { kind: 'sent' };
  if (status === 401 || status === 403) return { kind: 'unauthorised', status };
  if (status === 408 || status === 429 || status >= 500) return { kind: 'retry', reason: 'server', status };
  if (status >= 400) return { kind: 'rejected', status, detail: detail.slice(0, 300) };
  return { kind: 'retry', reason: 'server', status };
}

/** Backoff: 5 s, 10 s, 20 s … up to 10 minutes, each with up to a fifth added at random so tabs spread out. */
export function retryDelay(failures: number, random: number): number {
  const base = Math.min(600_000, 5_000 * 2 ** Math.max(0, failures - 1));
  return Math.round(base * (1 + 0.2 * Math.min(1, Math.max(0, random))));
}

/** How long one request may take before it counts as lost. */
export const REQUEST_TIMEOUT_MS = 20_000;
