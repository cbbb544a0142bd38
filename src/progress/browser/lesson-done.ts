/**
 * "Mark as done" on a lesson page, as a plain script over the server-rendered control: the
 * state is read from the lessons key, and a click rewrites that key alone. When `store` is
 * given (something unusual was found), the full store is the source and does the writing.
 */
import { format, formatDate } from '../../i18n/format.ts';
import type { LessonRecord } from '../model/document.ts';
import { own } from '../model/ids.ts';

export interface DoneSource {
  /** The lesson's record now, undefined when never marked. */
  record(lessonId: string): LessonRecord | undefined;
  /** Saves the change; resolves once the control can show it. */
  set(lessonId: string, done: boolean): Promise<void> | void;
}

/** The control's parts, found once. */
interface Parts {
  root: HTMLElement;
  button: HTMLButtonElement;
  label: HTMLElement;
  status: HTMLElement;
  /** "Done on …" with the undo link; only in the page while the lesson is done. */
  when: HTMLElement | undefined;
}

function parts(root: HTMLElement): Parts | undefined {
  const button = root.querySelector<HTMLButtonElement>('[data-done-toggle]');
  const label = root.querySelector<HTMLElement>('[data-done-label]');
  const status = root.querySelector<HTMLElement>('[role="status"]');
  if (!button || !label || !status) return undefined;
  return { root, button, label, status, when: undefined };
}

/** Shows `record` in the control and makes it usable. */
function render(p: Parts, record: LessonRecord | undefined, toggle: () => void): void {
  const s = p.root.dataset;
  const done = record?.done === true;
  p.button.className = done ? 'button secondary' : 'button';
  p.button.setAttribute('aria-pressed', String(done));
  p.label.textContent = done ? `✓ ${s['state'] ?? ''}` : (s['mark'] ?? '');
  p.button.disabled = false;
  if (done && record) {
    if (!p.when) {
      p.when = document.createElement('p');
      p.when.className = 'meta';
      const undo = document.createElement('button');
      undo.type = 'button';
      undo.className = 'link-button';
      undo.textContent = s['undo'] ?? '';
      undo.addEventListener('click', toggle);
      p.when.append(document.createElement('span'), ' · ', undo);
      p.button.after(p.when);
    }
    p.when.firstChild!.textContent = format(s['at'], { date: formatDate(record.at, 'short') });
  } else {
    p.when?.remove();
    p.when = undefined;
  }
  p.root.dataset['ready'] = 'true';
}

/** Wires the done control in `root` to `source`; returns a function that re-reads and redraws it. */
export function startDoneControl(root: HTMLElement, source: () => DoneSource): (() => void) | undefined {
  const p = parts(root);
  const lessonId = root.dataset['lesson'];
  if (!p || !lessonId) return undefined;
  const redraw = () => render(p, source().record(lessonId), onClick);
  const toggle = async () => {
    const done = source().record(lessonId)?.done !== true;
    await source().set(lessonId, done);
    redraw();
    p.status.textContent = (done ? root.dataset['saved'] : root.dataset['unsaved']) ?? '';
  };
  const onClick = () => void toggle();
  p.button.addEventListener('click', onClick);
  redraw();
  return redraw;
}

/** A source over records already read (the lessons key). */
export const recordsSource = (lessons: Record<string, LessonRecord>, set: DoneSource['set']): DoneSource => ({
  record: (id) => own(lessons, id),
  set,
});
