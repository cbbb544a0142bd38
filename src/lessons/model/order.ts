/** Course order: modules by `order`, lessons by `order` inside their module. Pure. */

export interface LessonRef {
  id: string;
  module: string;
  order: number;
  title: string;
  minutes: number;
}
export interface ModuleRef {
  id: string;
  order: number;
}

/** Every lesson in the order a learner meets them. */
export function courseOrder<L extends LessonRef>(modules: ModuleRef[], lessons: L[]): L[] {
  const rank = new Map([...modules].sort((a, b) => a.order - b.order).map((m, i) => [m.id, i]));
  return [...lessons].sort((a, b) => (rank.get(a.module) ?? 0) - (rank.get(b.module) ?? 0) || a.order - b.order);
}

/** The lessons just before and after `id` in course order. */
export function neighbours<L extends LessonRef>(
  ordered: L[],
  id: string,
): { prev: L | undefined; next: L | undefined } {
  const i = ordered.findIndex((l) => l.id === id);
  return { prev: i > 0 ? ordered[i - 1] : undefined, next: i >= 0 ? ordered[i + 1] : undefined };
}

/**
 * Where to continue. `done` holds completed lessons with the time of completion; `activity` other work on a
 * lesson (a submitted quiz) with its time. The most recent of either decides: a lesson worked on but not done
 * is resumed; otherwise the first lesson not done after it, else the first not done.
 */
export function continueFrom<L extends LessonRef>(
  ordered: L[],
  done: Map<string, string>,
  activity: Map<string, string> = new Map(),
): L | undefined {
  return continueWhere(ordered, done, activity)?.lesson;
}

/** Like `continueFrom`, and says whether the learner is in the middle of that lesson (`resume`). */
export function continueWhere<L extends LessonRef>(
  ordered: L[],
  done: Map<string, string>,
  activity: Map<string, string> = new Map(),
): { lesson: L; resume: boolean } | undefined {
  let lastIndex = -1;
  let lastAt = '';
  ordered.forEach((l, i) => {
    for (const at of [done.get(l.id), activity.get(l.id)]) {
      if (at !== undefined && at > lastAt) {
        lastAt = at;
        lastIndex = i;
      }
    }
  });
  const last = ordered[lastIndex];
  if (last && !done.has(last.id)) return { lesson: last, resume: true };
  const next = ordered.slice(lastIndex + 1).find((l) => !done.has(l.id)) ?? ordered.find((l) => !done.has(l.id));
  return next ? { lesson: next, resume: false } : undefined;
}
