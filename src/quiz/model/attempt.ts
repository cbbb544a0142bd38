/** The record a submitted quiz leaves in progress. Pure: the clock and the random part of the id are passed in. */
import type { Answer, Attempt } from '../../progress/model/document.ts';
import type { QuizScore } from '../../question/model/scoring.ts';

/** An attempt id: the quiz, the time in base 36 and a random base-36 tail (`random` in [0, 1)), unique per device. */
export function attemptId(quizId: string, now: Date, random: number): string {
  const tail = Math.floor(random * 36 ** 4).toString(36);
  return `${quizId}-${now.getTime().toString(36)}-${tail}`;
}

/**
 * The attempt: the answers to the questions in play only (a retry of the missed ones leaves the rest out),
 * their scores, and the learner's certainty when any was given.
 */
export function buildAttempt(input: {
  id: string;
  quizId: string;
  now: Date;
  inPlay: readonly string[];
  answers: Readonly<Record<string, Answer>>;
  confidence: Readonly<Record<string, 1 | 2 | 3>>;
  score: QuizScore;
}): Attempt {
  const inPlay = new Set(input.inPlay);
  const keep = <T>(record: Readonly<Record<string, T>>) =>
    Object.fromEntries(Object.entries(record).filter(([id]) => inPlay.has(id)));
  const confidence = keep(input.confidence);
  return {
    id: input.id,
    quiz: input.quizId,
    at: input.now.toISOString(),
    answers: keep(input.answers),
    scores: input.score.scores,
    skills: input.score.skills,
    score: input.score.score,
    ...(Object.keys(confidence).length ? { confidence } : {}),
  };
}
