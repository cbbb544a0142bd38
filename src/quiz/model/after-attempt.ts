/**
 * What follows a submitted attempt: the questions it missed and the 「只重做答錯的」 mode that redoes them.
 * Kept apart from session.ts so the quiz that comes on screen carries none of it (the results chunk does). Pure.
 */
import type { Question } from '../../course/model/schemas.ts';
import type { ProgressDoc } from '../../progress/model/document.ts';
import type { QuestionResult } from '../../question/model/scoring.ts';
import type { RetryMode } from './retry.ts';
import { latestAttemptAt } from './session.ts';

/** The ids of the questions not fully right, in quiz order: the ones to list in the summary and to redo. */
export function missedQuestionIds(
  questions: readonly Question[],
  results: Record<string, QuestionResult | undefined>,
): string[] {
  return questions.filter((q) => Object.hasOwn(results, q.id) && results[q.id]?.verdict !== 'correct').map((q) => q.id);
}

/** The mode to keep when the learner starts redoing `only` right after the quiz's latest attempt. */
export function retryMode(doc: ProgressDoc, quizId: string, only: readonly string[]): RetryMode | undefined {
  const after = latestAttemptAt(doc, quizId);
  return after === undefined ? undefined : { only: [...only], after };
}
