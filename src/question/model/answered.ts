/** Which questions count as answered. Pure. */
import type { Question } from '../../course/model/schemas.ts';
import type { Answer } from '../../progress/model/document.ts';

/**
 * True when the learner gave an answer: a choice, at least one tick, a match, or an order they moved or
 * confirmed. An order question's starting order is not an answer, so it is stored only once touched.
 */
export function isAnswered(answer: Answer | undefined): boolean {
  if (answer === undefined) return false;
  if (typeof answer === 'string') return answer.length > 0;
  if (Array.isArray(answer)) return answer.length > 0;
  return Object.values(answer).some((v) => v !== '');
}

/** How many of `questions` have an answer in `answers`. */
export function countAnswered(questions: readonly Question[], answers: Record<string, Answer | undefined>): number {
  return questions.filter((q) => Object.hasOwn(answers, q.id) && isAnswered(answers[q.id])).length;
}

/** The questions of `questions` still without an answer, in order. */
export function unansweredQuestions<Q extends Question>(
  questions: readonly Q[],
  answers: Record<string, Answer | undefined>,
): Q[] {
  return questions.filter((q) => !(Object.hasOwn(answers, q.id) && isAnswered(answers[q.id])));
}
