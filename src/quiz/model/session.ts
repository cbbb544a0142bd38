/** A quiz session's state read from progress: which attempt this is, a draft to resume, what was missed. Pure. */
import type { Question } from '../../course/model/schemas.ts';
import type { Answer, ProgressDoc, QuizDraft } from '../../progress/model/document.ts';

/** The recorded attempts of a quiz. */
const attemptsOf = (doc: ProgressDoc, quizId: string) => Object.values(doc.attempts).filter((a) => a.quiz === quizId);

/** How many attempts of this quiz are recorded: the number of the attempt about to start (0 = first). */
export function attemptNumber(doc: ProgressDoc, quizId: string): number {
  return attemptsOf(doc, quizId).length;
}

/** The time of the quiz's latest recorded attempt. */
export function latestAttemptAt(doc: ProgressDoc, quizId: string): string | undefined {
  return attemptsOf(doc, quizId)
    .map((a) => a.at)
    .sort()
    .at(-1);
}

export interface Resumable {
  answers: Record<string, Answer>;
  confidence: Record<string, 1 | 2 | 3>;
}

/**
 * The quiz's saved draft, when there is one worth resuming: newer than the last attempt (a draft that came
 * back from another tab after a submit is stale) and holding answers to questions the quiz still has.
 */
export function resumableDraft(
  doc: ProgressDoc,
  quizId: string,
  questions: readonly Question[],
): Resumable | undefined {
  if (!Object.hasOwn(doc.quizDrafts, quizId)) return undefined;
  const draft: QuizDraft | undefined = doc.quizDrafts[quizId];
  if (!draft) return undefined;
  const last = latestAttemptAt(doc, quizId);
  if (last !== undefined && draft.at <= last) return undefined;
  const ids = new Set(questions.map((q) => q.id));
  const keep = <T>(record: Record<string, T> | undefined) =>
    Object.fromEntries(Object.entries(record ?? {}).filter(([id]) => ids.has(id)));
  const answers = keep(draft.answers);
  if (Object.keys(answers).length === 0) return undefined;
  return { answers, confidence: keep(draft.confidence) };
}

/** How the learner did on this quiz before: attempts, best and last score (the latest `at` wins), if any. */
export function quizHistory(
  doc: ProgressDoc,
  quizId: string,
): { attempts: number; best: number; last: number } | undefined {
  const all = attemptsOf(doc, quizId);
  if (all.length === 0) return undefined;
  let latest = all[0]!;
  for (const a of all) if (a.at >= latest.at) latest = a;
  return { attempts: all.length, best: Math.max(...all.map((a) => a.score)), last: latest.score };
}
