/** Browser wiring of the progress store: started once per page by whichever island mounts first. */
import { browserDurability } from './durability.ts';
import { browserEngine } from './engine.ts';
import { resumeProgress, startProgress } from './store.ts';

let started = false;

/** Starts `$progress` on `localStorage` (idempotent) and keeps it fresh across bfcache restores. */
export function ensureProgressStarted(): void {
  if (started || typeof window === 'undefined') return;
  started = true;
  startProgress(browserEngine(), new Date(), { durability: browserDurability() });
  window.addEventListener('pageshow', (event) => {
    if (event.persisted) resumeProgress();
  });
}
