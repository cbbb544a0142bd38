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
  when: HTMLElement;
  whenText: HTMLElement;
  undo: HTMLButtonElement;
  status: HTMLElement;
}

function parts(root: HTMLElement): Parts | undefined {
  const q = <T extends HTMLElement>(selector: string) => root.querySelector<T>(selector);
  const button = q<HTMLButtonElement>('[data-done-toggle]');
  const label = q('[data-done-label]');
  const when = q('[data-done-when]');
  const whenText = q('[data-done-date]');
  const undo = q<HTMLButtonElement>('[data-done-undo]');
  const status = q('[role="status"]');
  if (!button || !label || !when || !whenText || !undo || !status) return undefined;
  return { root, button, label, when, whenText, undo, status };
}

/** Shows `record` in the control and makes it usable. */
function render(p: Parts, record: LessonRecord | undefined): void {
  const s = p.root.dataset;
  const done = record?.done === true;
  p.button.className = done ? 'button secondary' : 'button';
  p.button.setAttribute('aria-pressed', String(done));
  p.label.textContent = done ? `✓ ${s['state'] ?? ''}` : (s['mark'] ?? '');
  p.button.disabled = false;
  p.when.hidden = !done;
  if (done && record) p.whenText.textContent = format(s['at'], { date: formatDate(record.at, 'short') });
  p.root.dataset['ready'] = 'true';
}

/** Wires the done control in `root` to `source`; returns a function that re-reads and redraws it. */
export function startDoneControl(root: HTMLElement, source: () => DoneSource): (() => void) | undefined {
  const p = parts(root);
  const lessonId = root.dataset['lesson'];
  if (!p || !lessonId) return undefined;
  const redraw = () => render(p, source().record(lessonId));
  const toggle = async () => {
    const done = source().record(lessonId)?.done !== true;
    await source().set(lessonId, done);
    redraw();
    p.status.textContent = (done ? root.dataset['saved'] : root.dataset['unsaved']) ?? '';
  };
  p.button.addEventListener('click', () => void toggle());
  p.undo.addEventListener('click', () => void toggle());
  redraw();
  return redraw;
}

/** A source over records already read (the lessons key). */
export const recordsSource = (lessons: Record<string, LessonRecord>, set: DoneSource['set']): DoneSource => ({
  record: (id) => own(lessons, id),
  set,
});
