/** Where a module's 「開始學習」 button leads. Pure. */

/** The lesson the button opens and how the button reads. */
export interface ModuleStart<L> {
  lesson: L;
  /** `start`: nothing done yet · `continue`: some done · `again`: all done. */
  state: 'start' | 'continue' | 'again';
}

/** The first unfinished lesson in module order; the first lesson when none or all are done. */
export function moduleStart<L extends { id: string }>(
  lessons: readonly L[],
  done: ReadonlySet<string>,
): ModuleStart<L> | undefined {
  const first = lessons[0];
  if (!first) return undefined;
  const open = lessons.find((l) => !done.has(l.id));
  if (!open) return { lesson: first, state: 'again' };
  const started = lessons.some((l) => done.has(l.id));
  return { lesson: open, state: started ? 'continue' : 'start' };
}
