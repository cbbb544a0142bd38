/** Figures for the progress page, computed from the document. Pure. */
import { dueCount } from '../review/model/queue.ts';
import type { Attempt, ProgressDoc } from './document.ts';
import { own } from './ids.ts';

export interface CourseOutline {
  modules: { id: string; title: string; href: string; lessons: { id: string; title: string; href: string }[] }[];
  quizzes: { id: string; title: string; href: string }[];
}

export interface QuizStat {
  id: string;
  title: string;
  href: string;
  attempts: number;
  best: number;
  last: number;
  lastAt: string;
}

/** Best and last score of one quiz, or undefined when never attempted. */
export function quizScores(
  doc: ProgressDoc,
  quizId: string,
): { attempts: number; best: number; last: number; lastAt: string } | undefined {
  const attempts = Object.values(doc.attempts)
    .filter((a) => a.quiz === quizId)
    .sort((x, y) => (x.at < y.at ? -1 : 1));
  const last = attempts[attempts.length - 1];
  if (!last) return undefined;
  return {
    attempts: attempts.length,
    best: Math.max(...attempts.map((a) => a.score)),
    last: last.score,
    lastAt: last.at,
  };
}

/** The time of the learner's latest recorded action, if any. */
export function lastActivity(doc: ProgressDoc): string | undefined {
  const times = [
    ...Object.values(doc.lessons).map((r) => r.at),
    ...Object.values(doc.attempts).map((r) => r.at),
    ...Object.values(doc.assessments).map((r) => r.at),
    ...Object.values(doc.drafts).map((r) => r.at),
  ];
  return times.sort().at(-1);
}

/** Everything the progress page shows. */
export function progressStats(doc: ProgressDoc, course: CourseOutline, now: Date) {
  const done = (id: string) => own(doc.lessons, id)?.done === true;
  const modules = course.modules.map((m) => ({
    ...m,
    done: m.lessons.filter((l) => done(l.id)).length,
    total: m.lessons.length,
  }));
  const total = modules.reduce((s, m) => s + m.total, 0);
  const completed = modules.reduce((s, m) => s + m.done, 0);
  const quizzes: QuizStat[] = course.quizzes.flatMap((q) => {
    const s = quizScores(doc, q.id);
    return s ? [{ ...q, ...s }] : [];
  });
  const attempts: Attempt[] = Object.values(doc.attempts);
  return {
    total,
    completed,
    modules,
    doneLessons: modules.flatMap((m) => m.lessons.filter((l) => done(l.id))),
    quizzes,
    attemptCount: attempts.length,
    averageScore: attempts.length ? attempts.reduce((s, a) => s + a.score, 0) / attempts.length : undefined,
    assessments: Object.values(doc.assessments).sort((a, b) => (a.at < b.at ? 1 : -1)),
    due: dueCount(doc, now),
    lastActivity: lastActivity(doc),
    isEmpty: completed === 0 && attempts.length === 0 && Object.keys(doc.assessments).length === 0,
  };
}
