/**
 * The progress parts every page shows, as one small plain script: the header's due-review badge, the
 * lesson's done control and the storage notice. It reads only the small keys (model/lean.ts) and writes
 * only the lessons key. The full store is loaded with import() only when needed: a change this script
 * cannot make, or something unusual (storage blocked or full, a newer version's data, damage, the single
 * key of earlier versions to move), which the notice then explains.
 *
 * Every byte here is paid on every page before anything else, so it imports nothing the islands share;
 * the few lines it repeats (the event names of browser/events.ts, a placeholder fill) are checked
 * against their originals in tests/unit/progress-lean.test.ts.
 */
import { leanDue, leanLessonsValue, readLean, type Lean } from '../model/lean.ts';

/** The stored keys as the lean reader reads them (undefined when unusual: the store is loaded then). */
const readStored = () => readLean((key) => localStorage.getItem(key));

type Store = typeof import('../store.ts');
type LessonRecord = Lean['lessons'][string];

const badge = document.querySelector<HTMLElement>('[data-due-badge]');
const doneRoot = document.querySelector<HTMLElement>('.done-control[data-lesson]');
const lessonId = doneRoot?.dataset['lesson'];
const fill = (template: string | undefined, name: string, value: string | number) =>
  (template ?? '').replace(`{${name}}`, String(value));
let store: Store | undefined;
let lean: Lean | undefined;

/** Loads the full store (once) and follows it from then on. */
async function loadStore(): Promise<Store> {
  if (!store) {
    store = await import('../store.ts');
    store.$progress.subscribe(draw);
  }
  return store;
}

/** Shows the storage notice: loaded only when there is something to say. */
let noticeShown = false;
function showNotice(): void {
  if (noticeShown) return;
  noticeShown = true;
  void import('./mount-notice.ts').then((m) => m.mountNotice());
}

/** The lesson's record now: from the store once it is loaded, else from the lessons key. */
function record(): LessonRecord | undefined {
  const lessons = store ? store.$progress.get().lessons : lean?.lessons;
  return lessons && lessonId && Object.hasOwn(lessons, lessonId) ? lessons[lessonId] : undefined;
}

/** True when the lessons key was rewritten here; false when the store must do it. */
function writeLesson(done: boolean): boolean {
  const now = readStored();
  if (!now || !lessonId) return false;
  try {
    localStorage.setItem('performance-coach:lessons', leanLessonsValue(now, lessonId, done, new Date()));
  } catch {
    return false;
  }
  lean = readStored();
  dispatchEvent(new Event('performance-coach:light-wrote'));
  // The first lesson marked done is when the learner has something to lose: ask the browser to keep it.
  if (!askedToPersist) {
    askedToPersist = true;
    void navigator.storage
      ?.persisted?.()
      .then((already) => already || navigator.storage.persist())
      .catch(() => undefined);
  }
  return true;
}
let askedToPersist = false;

/** Shows the stored state in the done control and makes it usable. */
function drawDone(): void {
  const button = doneRoot?.querySelector<HTMLButtonElement>('[data-done-toggle]');
  const label = doneRoot?.querySelector<HTMLElement>('[data-done-label]');
  const when = doneRoot?.querySelector<HTMLElement>('[data-done-when]');
  if (!doneRoot || !button || !label || !when) return;
  const s = doneRoot.dataset;
  const r = record();
  const done = r?.done === true;
  button.className = done ? 'button secondary' : 'button';
  button.setAttribute('aria-pressed', String(done));
  label.textContent = done ? `✓ ${s['state'] ?? ''}` : (s['mark'] ?? '');
  button.disabled = false;
  // "Done on …" with the undo button, in the page from the start and shown while the lesson is done.
  when.hidden = !done;
  const date = new Date(r?.at ?? '');
  when.firstChild!.textContent = fill(
    s['at'],
    'date',
    Number.isFinite(+date) ? new Intl.DateTimeFormat(document.documentElement.lang).format(date) : '—',
  );
  doneRoot.dataset['ready'] = 'true';
}

async function change(): Promise<void> {
  const done = record()?.done !== true;
  // Blocked, full, newer or damaged since the page loaded: the store decides and explains.
  if (store || !writeLesson(done)) (await loadStore()).setLessonDone(lessonId!, done);
  drawDone();
  const status = doneRoot!.querySelector('[role="status"]');
  if (status) status.textContent = doneRoot!.dataset[done ? 'saved' : 'unsaved'] ?? '';
}
const toggle = () => void change();

function draw(): void {
  const review = store ? store.$progress.get().review : lean?.review;
  if (badge && review) {
    const n = leanDue(review as Lean['review'], new Date());
    badge.hidden = n === 0;
    const [count, label] = badge.children;
    if (count) count.textContent = String(n);
    if (label) label.textContent = fill(badge.dataset['label'], 'n', n);
  }
  if (lessonId) drawDone();
}

/** Another tab, the store on this page or a restored page: read the small keys again. */
function refresh(): void {
  if (store) return;
  lean = readStored();
  if (lean) draw();
  else void loadStore().then(showNotice);
}

/** True when this page can save: a tiny key is written and removed. */
function canSave(): boolean {
  try {
    localStorage.setItem('performance-coach:probe', '1');
    localStorage.removeItem('performance-coach:probe');
    return true;
  } catch {
    return false;
  }
}

/** Reads the small keys and draws the badge and the done control; listens for changes from then on. */
function start(): void {
  lean = readStored();
  if (!lean || !canSave()) {
    lean = undefined;
    // The store reads everything, repairs what it can and says what happened.
    void loadStore().then(showNotice);
  } else draw();
  for (const button of doneRoot?.querySelectorAll('button') ?? []) button.addEventListener('click', toggle);
  addEventListener('storage', (event) => {
    if (event.key === null || event.key.startsWith('performance-coach:')) refresh();
  });
  addEventListener('performance-coach:store-changed', refresh);
  addEventListener('performance-coach:store-unusual', showNotice);
  // The store may have started (from an island) before this script, and found something to say.
  if ('progressUnusual' in document.documentElement.dataset) showNotice();
  addEventListener('pageshow', (event) => {
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
