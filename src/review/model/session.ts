/** A review round: which cards it holds, which quizzes they need, and checking one card's answer. Pure. */
import type { Question } from '../../course/model/schemas.ts';
import type { Answer, ProgressDoc } from '../../progress/model/document.ts';
import { isAnswered } from '../../question/model/answered.ts';
import { scoreQuestion, type QuestionResult } from '../../question/model/scoring.ts';
import { cardKey, parseCardKey } from './card-key.ts';
import { dueCards } from '../../progress/model/review-queue.ts';

/** The keys of the cards due at `now`, in queue order. */
export function dueKeys(doc: ProgressDoc, now: Date): string[] {
  return dueCards(doc, now).map((c) => cardKey(c.quiz, c.question));
}

/** The quizzes whose questions `keys` need, each once, in first-needed order. */
export function quizzesFor(keys: readonly string[]): string[] {
  return [...new Set(keys.flatMap((k) => parseCardKey(k)?.quiz ?? []))];
}

/** What a round's cards are drawn from: per quiz, its questions and the lesson it links back to. */
export interface ReviewSource {
  quiz: string;
  lessonTitle: string;
  lessonHref: string;
  questions: readonly Question[];
}

/** The source and question of a card, or undefined when the question left the course since it was scheduled. */
export function findCard(
  sources: ReadonlyMap<string, ReviewSource>,
  key: string,
): { source: ReviewSource; question: Question } | undefined {
  const ids = parseCardKey(key);
  const source = ids ? sources.get(ids.quiz) : undefined;
  const question = source?.questions.find((q) => q.id === ids!.question);
  return source && question ? { source, question } : undefined;
}

/** The round's cards: the due ones whose question is still in the course (removed ones are skipped, not shown broken). */
export function roundKeys(keys: readonly string[], sources: ReadonlyMap<string, ReviewSource>): string[] {
  return keys.filter((k) => findCard(sources, k) !== undefined);
}

/**
 * Checking a card: without an answer it is not graded (nothing is scheduled; the learner is asked to answer),
 * otherwise its result.
 */
export function checkCard(
  question: Question,
  answer: Answer | undefined,
): { missing: true } | { missing: false; result: QuestionResult } {
  if (!isAnswered(answer)) return { missing: true };
  return { missing: false, result: scoreQuestion(question, answer) };
}
