/**
 * Review scheduling with FSRS (ts-fsrs, default parameters). Pure: the clock is passed in.
 * A card per question (`<quiz>/<question>`); a wrong answer keeps the question in the
 * queue until it is answered right, and every card comes back when FSRS says it is due.
 */
import { createEmptyCard, fsrs, Rating, type Card, type Grade } from 'ts-fsrs';
import type { ProgressDoc, ReviewCard } from '../progress/model/document.ts';
import { pendingAnswers } from './pending.ts';
import { nextStamp, repairCard } from './repair.ts';

const scheduler = fsrs();

/** The key of a question's card. */
export const cardKey = (quiz: string, question: string) => `${quiz}/${question}`;

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
