/**
 * The quiz's steps once its answers are in: record the attempt, schedule its review cards, start another
 * attempt. Part of the results chunk (results.ts), fetched with the store on the first answer, so the quiz
 * that comes on screen carries none of it.
 */
import type { Question } from '../../course/model/schemas.ts';
import type { Answer, ProgressDoc } from '../../progress/model/document.ts';
import type { QuizData } from '../../question/model/quiz-data.ts';
import { scoreQuiz, type QuizScore } from '../../question/model/scoring.ts';
import { keepRetryMode } from '../browser/keep-retry-mode.ts';
import { attemptId, buildAttempt } from '../model/attempt.ts';
import { missedQuestionIds, retryMode } from '../model/after-attempt.ts';
import { attemptNumber } from '../model/session.ts';
import { once } from './once.ts';

type Link = typeof import('./progress-link.ts');
type Confidence = Record<string, 1 | 2 | 3>;

/** The review scheduler, fetched once; a failed fetch (offline) is tried again on the next call. */
const loadScheduler = once(() => import('../../review/model/schedule.ts'));

/** Schedules the answers an earlier visit could not (its scheduler did not load); fetches the scheduler meanwhile. */
export function scheduleLeftovers(link: Link): void {
  loadScheduler()
    .then((s) => {
      const pending = s.schedulePending(link.$progress.get(), new Date());
      if (Object.keys(pending).length > 0) link.saveReviewCards(pending);
    })
    .catch(() => undefined);
}

/**
 * The review cards of an attempt: true once saved, false when the scheduler could not be fetched (the
 * attempt is stored; its answers are then scheduled by the next page that can load the scheduler).
 */
export async function scheduleCards(
  link: Link,
  quizId: string,
  inPlay: readonly Question[],
  score: QuizScore,
  confidence: Confidence,
  now: Date,
): Promise<boolean> {
  try {
    const { scheduleAttempt } = await loadScheduler();
    const credits = Object.fromEntries(Object.entries(score.results).map(([id, r]) => [id, r.credit]));
    const ids = inPlay.map((q) => q.id);
    link.saveReviewCards(scheduleAttempt(link.$progress.get().review, quizId, ids, credits, confidence, now));
    return true;
  } catch {
    return false;
  }
}

/** Scores the questions in play, records the attempt and forgets a 「只重做答錯的」 mode. */
export function submitAttempt(
  link: Link,
  quiz: QuizData,
  inPlay: readonly Question[],
  answers: Record<string, Answer>,
  confidence: Confidence,
): { score: QuizScore; now: Date } {
  const score = scoreQuiz({ ...quiz, questions: [...inPlay] }, answers);
  const now = new Date();
  const quizId = quiz.id;
  link.recordAttempt(
    buildAttempt({
      id: attemptId(quizId, now, Math.random()),
      quizId,
      now,
      inPlay: inPlay.map((q) => q.id),
      answers,
      confidence,
      score,
    }),
  );
  keepRetryMode(quizId, undefined);
  return { score, now };
}

/**
 * Another attempt: the questions missed in `score` (when `onlyMissed` and there are any) or all of them. The
 * mode is kept for a reload and the draft dropped. Returns the new session.
 */
export function startRetry(
  link: Link,
  doc: ProgressDoc,
  quiz: QuizData,
  inPlay: readonly Question[],
  score: QuizScore,
  onlyMissed: boolean,
): { attempt: number; active: string[] } {
  const missed = missedQuestionIds(inPlay, score.results);
  const all = quiz.questions.map((q) => q.id);
  const active = onlyMissed && missed.length > 0 ? missed : all;
  keepRetryMode(quiz.id, active.length < all.length ? retryMode(doc, quiz.id, active) : undefined);
  link.clearQuizDraft(quiz.id);
  return { attempt: attemptNumber(doc, quiz.id), active };
}
