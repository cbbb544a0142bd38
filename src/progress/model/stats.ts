/** Figures for the progress page, computed from the document. Pure. */
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

export interface QuizScores {
  attempts: number;
  best: number;
  last: number;
  lastAt: string;
}

/** Per-quiz scores in one pass over the attempts, kept per attempts object (records never change in place). */
const summaries = new WeakMap<ProgressDoc['attempts'], Map<string, QuizScores>>();

/** Attempts, best, last score and time of every attempted quiz. */
export function quizSummaries(doc: ProgressDoc): Map<string, QuizScores> {
  const cached = summaries.get(doc.attempts);
  if (cached) return cached;
  const out = new Map<string, QuizScores>();
  for (const a of Object.values(doc.attempts)) {
    const s = out.get(a.quiz);
    if (!s) out.set(a.quiz, { attempts: 1, best: a.score, last: a.score, lastAt: a.at });
    else {
      s.attempts++;
      if (a.score > s.best) s.best = a.score;
      if (a.at >= s.lastAt) {
        s.last = a.score;
        s.lastAt = a.at;
      }
    }
  }
  summaries.set(doc.attempts, out);
  return out;
}

/** Best and last score of one quiz, or undefined when never attempted. */
export function quizScores(doc: ProgressDoc, quizId: string): QuizScores | undefined {
  const s = quizSummaries(doc).get(quizId);
  return s && { ...s };
}

/** The time of the learner's latest recorded action, if any. */
export function lastActivity(doc: ProgressDoc): string | undefined {
  let latest: string | undefined;
  for (const records of [doc.lessons, doc.attempts, doc.assessments, doc.drafts] as Record<string, { at: string }>[])
    for (const r of Object.values(records)) if (latest === undefined || r.at > latest) latest = r.at;
  return latest;
}

/**
 * Everything the progress page shows. `due` is the number of review cards due now (the
 * review feature's `dueCount`), passed in so progress does not depend on review.
 */
export function progressStats(doc: ProgressDoc, course: CourseOutline, due: number) {
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
  let scoreSum = 0;
  for (const a of attempts) scoreSum += a.score;
  return {
    total,
    completed,
    modules,
    doneLessons: modules.flatMap((m) => m.lessons.filter((l) => done(l.id))),
    quizzes,
    attemptCount: attempts.length,
    averageScore: attempts.length ? scoreSum / attempts.length : undefined,
    assessments: Object.values(doc.assessments).sort((a, b) => (a.at < b.at ? 1 : -1)),
    due,
    lastActivity: lastActivity(doc),
    isEmpty: completed === 0 && attempts.length === 0 && Object.keys(doc.assessments).length === 0,
  };
}
