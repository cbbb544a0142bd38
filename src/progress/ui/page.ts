/**
 * The progress parts every page shows, as one small plain script: the header's due-review
 * badge, the lesson's done control and the storage notice. They read only the small keys
 * (browser/light.ts). The full store is loaded with import() only when needed: a change the
 * light path cannot make, or something unusual (storage blocked or full, a newer version's
 * data, damage, the single key of earlier versions to move), which the notice then explains.
 */
import { canSave, readLight, writeLessonLight, type Light } from '../browser/light.ts';
import { renderDueBadge } from '../browser/due-badge.ts';
import { recordsSource, startDoneControl, type DoneSource } from '../browser/lesson-done.ts';
import { own } from '../model/ids.ts';
import type { ProgressDoc } from '../model/document.ts';
import { LIGHT_WROTE, STORE_CHANGED, STORE_UNUSUAL, UNUSUAL_MARK } from '../browser/events.ts';

type Store = typeof import('../store.ts');

const badge = document.querySelector<HTMLElement>('[data-due-badge]');
const doneRoot = document.querySelector<HTMLElement>('.done-control[data-lesson]');
let store: Store | undefined;
let light: Light = { kind: 'unusual' };

/** Loads the full store (once) and follows it from then on. */
async function loadStore(): Promise<Store> {
  if (store) return store;
  const loaded = await import('../store.ts');
  store = loaded;
  loaded.$progress.subscribe(draw);
  return loaded;
}

/** Shows the storage notice: loaded only when there is something to say. */
let noticeShown = false;
function showNotice(): void {
  if (noticeShown) return;
  noticeShown = true;
  void import('./mount-notice.ts').then((m) => m.mountNotice());
}

const fromStore = (doc: ProgressDoc, s: Store): DoneSource => ({
  record: (id) => own(doc.lessons, id),
  set: (id, done) => s.setLessonDone(id, done),
});

/** The source of the done control: the light keys, or the store once it is loaded. */
function source(): DoneSource {
  if (store) return fromStore(store.$progress.get(), store);
  const lessons = light.kind === 'ok' ? light.lessons : {};
  return recordsSource(lessons, async (id, done) => {
    if (writeLessonLight(id, done)) {
      light = readLight();
      window.dispatchEvent(new Event(LIGHT_WROTE));
      return;
    }
    // Blocked, full, newer or damaged since the page loaded: the store decides and explains.
    (await loadStore()).setLessonDone(id, done);
  });
}

let redrawDone: (() => void) | undefined;
function draw(): void {
  const review = store ? store.$progress.get().review : light.kind === 'ok' ? light.review : undefined;
  if (badge && review) renderDueBadge(badge, review);
  redrawDone?.();
}

/** Another tab, the store on this page or a restored page: read the small keys again. */
function refresh(): void {
  if (store) return;
  light = readLight();
  if (light.kind === 'unusual') return void loadStore().then(showNotice);
  draw();
}

/** Reads the small keys and draws the badge and the done control; listens for changes from then on. */
function start(): void {
  light = readLight();
  if (light.kind === 'ok' && !canSave()) light = { kind: 'unusual' };
  if (light.kind === 'unusual') {
    // The store reads everything, repairs what it can and says what happened.
    void loadStore().then(() => {
      showNotice();
      if (doneRoot && !redrawDone) redrawDone = startDoneControl(doneRoot, source);
      draw();
    });
  } else {
    if (doneRoot) redrawDone = startDoneControl(doneRoot, source);
    draw();
  }
  window.addEventListener('storage', (event) => {
    if (event.key === null || event.key.startsWith('performance-coach:')) refresh();
  });
  window.addEventListener(STORE_CHANGED, refresh);
  window.addEventListener(STORE_UNUSUAL, showNotice);
  // The store may have started (from an island) before this script, and found something to say.
  if (UNUSUAL_MARK in document.documentElement.dataset) showNotice();
  window.addEventListener('pageshow', (event) => {
    if (event.persisted) refresh();
  });
}

// Chromium loads an origin's whole localStorage on its first use, whatever key is asked for: for a heavy
// year (about 1 MB of quiz attempts) that alone is a task of about 45 ms at 4× CPU throttling. The storage
// is loaded in a task of its own and read in the next, so no task grows long and a tap is handled between.
setTimeout(() => {
  try {
    void localStorage.length;
  } catch {
    // Blocked storage: start() finds out and hands over to the store.
  }
  setTimeout(start, 0);
}, 0);
