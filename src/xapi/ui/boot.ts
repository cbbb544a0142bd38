/**
 * On every page when xAPI is on: loads the sender (ui/start.ts, with the progress store) only once
 * the learner has done something that changes progress, or on /progress/, where the delivery is
 * shown. A page only read costs this script alone.
 */
import { LIGHT_WROTE, STORE_CHANGED } from '../../progress/browser/events.ts';
import { readConfigElement } from './config-element.ts';

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
