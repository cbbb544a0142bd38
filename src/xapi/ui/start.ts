/**
 * Starts the xAPI delivery in the browser, once per page: the progress store as its document,
 * fetch as its sender, the site's files as its course data; sends again as soon as the browser
 * is back online.
 */
import { $progress, ensureLearnerSeed, updateProgress } from '../../progress/store.ts';
import { siteCourseData } from '../browser/course-data.ts';
import { fetchSender } from '../browser/send.ts';
import type { XapiConfig } from '../model/config.ts';
import { withQueued, withSent } from '../model/outbox.ts';
import { sendNow, startXapi } from '../store.ts';

let started = false;

/** Starts delivery with `config` (a second call does nothing). */
export function startInBrowser(config: XapiConfig): void {
  if (started) return;
  started = true;
  // The progress store starts when first subscribed: this starts it (and keeps it) before delivery reads it.
  $progress.subscribe(() => undefined);
  startXapi({
    config,
    progress: {
      get: () => $progress.get(),
      subscribe: (listener) => $progress.listen(listener),
      queue: (entries) => updateProgress((doc) => withQueued(doc, entries)),
      sent: (entries) => updateProgress((doc) => withSent(doc, entries)),
      ensureSeed: () => ensureLearnerSeed(),
    },
    send: fetchSender(config),
    data: siteCourseData,
  });
  window.addEventListener('online', () => void sendNow());
}
