/**
 * Review scheduling with FSRS (ts-fsrs, default parameters). Pure: the clock is passed in.
 * A card per question (`<quiz>/<question>`); a wrong answer keeps the question in the
 * queue until it is answered right, and every card comes back when FSRS says it is due.
 */
import { createEmptyCard, fsrs, Rating, type Card, type Grade } from 'ts-fsrs';
import type { ProgressDoc, ReviewCard } from '../../progress/model/document.ts';
import { cardKey } from './card-key.ts';
import { pendingAnswers } from './pending.ts';
import { nextStamp, repairCard } from '../../progress/model/review-repair.ts';

const scheduler = fsrs();

export { cardKey } from './card-key.ts';

/**
 * The FSRS grade for an answer: credit from correctness, tempered by certainty.
 * Wrong → Again; partly right → Hard; right but guessed → Hard; right → Good; right and sure → Easy.
 */
export function gradeFor(credit: number, confidence?: 1 | 2 | 3): Grade {
  if (credit < 0.5) return Rating.Again;
  if (credit < 1) return Rating.Hard;
  if (confidence === 1) return Rating.Hard;
  if (confidence === 3) return Rating.Easy;
  return Rating.Good;
}

function toCard(card: ReviewCard): Card {
  return {
    due: new Date(card.due),
    stability: card.stability,
    difficulty: card.difficulty,
    elapsed_days: card.elapsed_days,
    scheduled_days: card.scheduled_days,
    learning_steps: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
    state: card.state,
    ...(card.last_review ? { last_review: new Date(card.last_review) } : {}),
  };
}

const round = (x: number) => Math.round(x * 1e6) / 1e6;

/** The FSRS step; a card it still refuses after repair starts over as new rather than staying stuck. */
function nextCard(previous: ReviewCard | undefined, now: Date, grade: Grade): Card {
  if (previous) {
    try {
      return scheduler.next(toCard(repairCard(previous, now)), now, grade).card;
    } catch {
      // Fall through: a fresh card, so the answer is still recorded and the question comes back.
    }
  }
  return scheduler.next(createEmptyCard(now), now, grade).card;
}

/** The card after an answer given at `now`. Never throws for a card the schema accepts. */
export function scheduleAnswer(
  previous: ReviewCard | undefined,
  ids: { quiz: string; question: string },
  credit: number,
  confidence: 1 | 2 | 3 | undefined,
  now: Date,
): ReviewCard {
  const grade = gradeFor(credit, confidence);
  const next = nextCard(previous, now, grade);
  const out: ReviewCard = {
    quiz: ids.quiz,
    question: ids.question,
    at: nextStamp(previous, now),
    due: next.due.toISOString(),
    stability: round(next.stability),
    difficulty: round(next.difficulty),
    elapsed_days: next.elapsed_days,
    scheduled_days: next.scheduled_days,
    learning_steps: next.learning_steps,
    reps: next.reps,
    lapses: next.lapses,
    state: next.state,
    ...(next.last_review ? { last_review: next.last_review.toISOString() } : {}),
  };
  if (grade === Rating.Again) out.missed = true;
  return out;
}

/**
 * Cards for every quiz answer not yet in the review schedule (the scheduler could not load when the quiz was
 * submitted), each scheduled as of `now`. Empty when nothing is pending.
 */
export function schedulePending(doc: ProgressDoc, now: Date): Record<string, ReviewCard> {
  const cards: Record<string, ReviewCard> = {};
  for (const p of pendingAnswers(doc)) {
    const previous = Object.hasOwn(doc.review, p.key) ? doc.review[p.key] : undefined;
    cards[p.key] = scheduleAnswer(previous, { quiz: p.quiz, question: p.question }, p.credit, p.confidence, now);
  }
  return cards;
}

/**
 * The cards for one submitted quiz attempt: every question in play, scheduled on its own credit and the
 * learner's certainty, from the card stored for it (if any), as of `now`.
 */
export function scheduleAttempt(
  review: Readonly<Record<string, ReviewCard>>,
  quiz: string,
  questions: readonly string[],
  credits: Readonly<Record<string, number>>,
  confidence: Readonly<Record<string, 1 | 2 | 3>>,
  now: Date,
): Record<string, ReviewCard> {
  const cards: Record<string, ReviewCard> = {};
  for (const question of questions) {
    const key = cardKey(quiz, question);
    cards[key] = scheduleAnswer(
      Object.hasOwn(review, key) ? review[key] : undefined,
      { quiz, question },
      Object.hasOwn(credits, question) ? (credits[question] ?? 0) : 0,
      Object.hasOwn(confidence, question) ? confidence[question] : undefined,
      now,
    );
  }
  return cards;
}
