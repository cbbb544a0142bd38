import { describe, expect, it } from 'vitest';
import { Rating } from 'ts-fsrs';
import { emptyDocument, type ReviewCard } from '../../src/progress/model/document.ts';
import { dueCards, dueCount, nextDue } from '../../src/progress/model/review-queue.ts';
import { cardKey, gradeFor, scheduleAnswer } from '../../src/review/model/schedule.ts';

const now = new Date('2026-11-27T08:00:00.000Z');
const ids = { quiz: 'role-win-win', question: 'q1' };
const days = (from: Date, iso: string) => (new Date(iso).getTime() - from.getTime()) / 86_400_000;

describe('grading an answer for FSRS', () => {
  it.each([
    [0, undefined, Rating.Again],
    [0.4, 3, Rating.Again],
    [0.5, undefined, Rating.Hard],
    [1, 1, Rating.Hard],
    [1, undefined, Rating.Good],
    [1, 2, Rating.Good],
    [1, 3, Rating.Easy],
  ] as const)('credit %d with confidence %s → grade %d', (credit, confidence, grade) => {
    expect(gradeFor(credit, confidence)).toBe(grade);
  });
});

describe('scheduling with a fixed clock', () => {
  it('keeps a wrong answer in the queue now, marked missed', () => {
    const card = scheduleAnswer(undefined, ids, 0, undefined, now);
    expect(card.missed).toBe(true);
    expect(days(now, card.due)).toBeLessThan(1 / 24);
    expect(dueCards({ ...emptyDocument(), review: { [cardKey(ids.quiz, ids.question)]: card } }, now)).toHaveLength(1);
  });
  it('sends a right answer days away, and further each time it is right again', () => {
    const first = scheduleAnswer(undefined, ids, 1, undefined, now);
    expect(first.missed).toBeUndefined();
    const secondAt = new Date(first.due);
    const second = scheduleAnswer(first, ids, 1, undefined, secondAt);
    const thirdAt = new Date(second.due);
    const third = scheduleAnswer(second, ids, 1, undefined, thirdAt);
    expect(days(secondAt, second.due)).toBeGreaterThan(days(now, first.due));
    expect(days(thirdAt, third.due)).toBeGreaterThan(days(secondAt, second.due));
    expect(third.reps).toBe(3);
  });
  it('is deterministic for the same inputs', () => {
    expect(scheduleAnswer(undefined, ids, 1, 2, now)).toEqual(scheduleAnswer(undefined, ids, 1, 2, now));
  });
  it('clears "missed" once a missed question is answered right', () => {
    const missed = scheduleAnswer(undefined, ids, 0, undefined, now);
    const later = new Date(now.getTime() + 600_000);
    const fixed = scheduleAnswer(missed, ids, 1, undefined, later);
    expect(fixed.missed).toBeUndefined();
    expect(new Date(fixed.due).getTime()).toBeGreaterThan(later.getTime());
    expect(fixed.lapses).toBe(0);
  });
  it('sure and right schedules further than guessed and right', () => {
    const sure = scheduleAnswer(undefined, ids, 1, 3, now);
    const guessed = scheduleAnswer(undefined, ids, 1, 1, now);
    expect(new Date(sure.due).getTime()).toBeGreaterThan(new Date(guessed.due).getTime());
  });
});

describe('the review queue', () => {
  const card = (question: string, due: string, missed?: true): ReviewCard => ({
    quiz: 'q',
    question,
    at: '2026-11-20T00:00:00.000Z',
    due,
    stability: 1,
    difficulty: 5,
    elapsed_days: 0,
    scheduled_days: 1,
    learning_steps: 0,
    reps: 1,
    lapses: 0,
    state: 2,
    ...(missed ? { missed } : {}),
  });
  const doc = {
    ...emptyDocument(),
    review: {
      'q/later': card('later', '2026-12-10T00:00:00.000Z'),
      'q/due': card('due', '2026-11-26T00:00:00.000Z'),
      'q/missed': card('missed', '2026-11-27T08:05:00.000Z', true),
    },
  };
  it('lists missed questions first, then due ones, and leaves the rest for later', () => {
    expect(dueCards(doc, now).map((c) => c.question)).toEqual(['missed', 'due']);
    expect(dueCount(doc, now)).toBe(2);
  });
  it('tells when the next card falls due', () => {
    expect(nextDue(doc, now)).toBe('2026-11-27T08:05:00.000Z');
  });
});
