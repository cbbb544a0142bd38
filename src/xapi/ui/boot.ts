/**
 * On every page when xAPI is on: loads the sender (ui/start.ts, with the progress store) only once
 * the learner has done something that changes progress, or on /progress/, where the delivery is
 * shown. A page only read costs this script alone.
 */
import { readConfigElement } from './config-element.ts';

/**
 * The progress events (progress/browser/events.ts), by value: importing that module here would make it
 * a chunk of its own, one more request on every lesson page even with xAPI off. Tested equal.
 */
export const PROGRESS_EVENTS = {
  lightWrote: 'performance-coach:light-wrote',
  storeChanged: 'performance-coach:store-changed',
};
const { lightWrote: LIGHT_WROTE, storeChanged: STORE_CHANGED } = PROGRESS_EVENTS;

const config = readConfigElement();
let loading = false;

function load(): void {
  if (loading || !config) return;
  loading = true;
  window.removeEventListener(LIGHT_WROTE, load);
  window.removeEventListener(STORE_CHANGED, load);
  void import('./start.ts').then((m) => m.startInBrowser(config));
}

if (config) {
  window.addEventListener(LIGHT_WROTE, load);
  window.addEventListener(STORE_CHANGED, load);
}
