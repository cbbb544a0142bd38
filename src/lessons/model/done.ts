/** Which lessons the learner has marked done, and other work on a lesson. Pure. */

/** A lesson's stored record, as far as these rules need it. */
export interface DoneRecord {
  done: boolean;
  at: string;
}

/**
 * Lessons currently marked done, each with the time it was marked, in stored order. With
 * `among`, only those lessons (a module's). Unmarked lessons keep their record with
 * `done: false`, so a record alone never means done.
 */
export function doneLessons(
  records: Readonly<Record<string, DoneRecord>> | undefined,
  among?: readonly string[],
): Map<string, string> {
  const only = among && new Set(among);
  const out = new Map<string, string>();
  for (const [id, r] of Object.entries(records ?? {})) if (r.done && (!only || only.has(id))) out.set(id, r.at);
  return out;
}

/** The latest quiz submission per lesson (lesson id → time), from attempts at the lessons' quizzes. */
export function quizActivity(
  lessons: readonly { id: string; quiz?: string | undefined }[],
  attempts: Iterable<{ quiz: string; at: string }>,
): Map<string, string> {
  const lessonOfQuiz = new Map(lessons.flatMap((l) => (l.quiz ? [[l.quiz, l.id] as const] : [])));
  const activity = new Map<string, string>();
  for (const attempt of attempts) {
    const lesson = lessonOfQuiz.get(attempt.quiz);
    if (lesson && attempt.at > (activity.get(lesson) ?? '')) activity.set(lesson, attempt.at);
  }
  return activity;
}

/** How many of a module's `lessons` are done, out of how many. */
export function moduleCompletion(lessons: readonly string[], done: ReadonlyMap<string, string>) {
  return { count: lessons.filter((id) => done.has(id)).length, total: lessons.length };
}
