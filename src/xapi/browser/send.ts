/**
 * Sends statements to the LRS with fetch: one POST of a batch to `<endpoint>statements`, with the
 * xAPI version header and the deployment's Basic key. A hand-written sender rather than @xapi/xapi:
 * the library bundles axios (about 18 kB gzip against under 1 kB here) and the site only ever
 * POSTs statements. The answer is mapped by model/delivery.ts.
 */
import { outcomeOf, REQUEST_TIMEOUT_MS, type Outcome } from '../model/delivery.ts';
import type { Statement } from '../model/statements.ts';
import type { XapiConfig } from '../model/config.ts';

export type Sender = (statements: Statement[]) => Promise<Outcome>;

/** The first line of an error answer, for the message shown on /progress/. */
async function detailOf(response: Response): Promise<string> {
  try {
    const text = await response.text();
    return text.split('\n')[0]?.trim() ?? '';
  } catch {
    return '';
  }
}

/** A sender to the LRS of `config`. */
export function fetchSender(config: XapiConfig, timeout = REQUEST_TIMEOUT_MS): Sender {
  return async (statements) => {
    if (typeof navigator !== 'undefined' && navigator.onLine === false) return { kind: 'retry', reason: 'offline' };
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), timeout);
    try {
      const response = await fetch(`${config.endpoint}statements`, {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json',
          'X-Experience-API-Version': '1.0.3',
          ...(config.auth ? { Authorization: config.auth } : {}),
        },
        body: JSON.stringify(statements),
        signal: controller.signal,
        credentials: 'omit',
        cache: 'no-store',
      });
      const detail = response.ok ? '' : await detailOf(response);
      return outcomeOf(response.status, detail);
    } catch {
      return { kind: 'retry', reason: controller.signal.aborted ? 'timeout' : 'network' };
    } finally {
      clearTimeout(timer);
    }
  };
}
