import { describe, expect, it } from 'vitest';
import { emptyDocument, type Attempt, type ProgressDoc, type ReviewCard } from '../../src/progress/model/document.ts';
import { mergeDocuments } from '../../src/progress/model/merge.ts';
import { pendingAnswers } from '../../src/review/model/pending.ts';
import { MIN_STABILITY, needsRepair, nextStamp, repairCard } from '../../src/progress/model/review-repair.ts';
import { scheduleAnswer, schedulePending } from '../../src/review/model/schedule.ts';

const now = new Date('2026-11-27T08:00:00.000Z');
const ids = { quiz: 'role-win-win', question: 'q1' };
const day = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString();
const good = scheduleAnswer(
  scheduleAnswer(undefined, ids, 1, undefined, new Date(now.getTime() - 10 * day)),
  ids,
  1,
  undefined,
  new Date(now.getTime() - 5 * day),
);

describe('cards the scheduler would refuse', () => {
  it.each<[string, Partial<ReviewCard>]>([
    ['difficulty 0', { difficulty: 0 }],
    ['difficulty -0', { difficulty: -0 }],
    ['difficulty above 10', { difficulty: 11 }],
    ['stability 0', { stability: 0 }],
    ['stability 1e-300', { stability: 1e-300 }],
    [
      'a review 30 days in the future (clock was ahead)',
      {
        last_review: iso(now.getTime() + 30 * day),
        due: iso(now.getTime() + 33 * day),
        at: iso(now.getTime() + 30 * day),
      },
    ],
    ['an impossible last_review', { last_review: '2026-11-01T58:05:00.000Z' }],
  ])('%s: repaired, then scheduled without throwing', (_, change) => {
    const bad: ReviewCard = { ...good, ...change };
    expect(needsRepair(bad, now)).toBe(true);
    const fixed = repairCard(bad, now);
    expect(needsRepair(fixed, now)).toBe(false);
    for (const credit of [0, 0.5, 1]) {
      const next = scheduleAnswer(bad, ids, credit, undefined, now);
      expect(Date.parse(next.due)).toBeGreaterThanOrEqual(now.getTime());
      expect(next.reps).toBeGreaterThan(0);
      // The saved card must supersede the stored one in a merge, even if that one was stamped in the future.
      expect(next.at > bad.at).toBe(true);
    }
  });
  it('leaves a healthy card untouched (the same object)', () => {
    expect(needsRepair(good, now)).toBe(false);
    expect(repairCard(good, now)).toBe(good);
  });
  it('makes a card reviewed while the clock was ahead due now, keeping its memory state', () => {
    const shift = 30 * day;
    const bad = { ...good, last_review: iso(now.getTime() + shift), due: iso(now.getTime() + shift + 3 * day) };
    const fixed = repairCard(bad, now);
    expect(fixed.last_review).toBe(now.toISOString());
    expect(fixed.due).toBe(now.toISOString());
    expect([fixed.stability, fixed.difficulty, fixed.reps]).toEqual([bad.stability, bad.difficulty, bad.reps]);
  });
  it('clamps the memory state into the range FSRS accepts', () => {
    const fixed = repairCard({ ...good, difficulty: 0, stability: 0 }, now);
    expect(fixed.difficulty).toBe(1);
    expect(fixed.stability).toBe(MIN_STABILITY);
  });
  it('an answer on a repaired future card wins the merge against the stored copy', () => {
    const future: ReviewCard = {
      ...good,
      at: iso(now.getTime() + 30 * day),
      last_review: iso(now.getTime() + 30 * day),
    };
    const answered = scheduleAnswer(future, ids, 1, undefined, now);
    const stored: ProgressDoc = { ...emptyDocument(), review: { 'role-win-win/q1': future } };
    const mine: ProgressDoc = { ...emptyDocument(), review: { 'role-win-win/q1': answered } };
    expect(mergeDocuments(stored, mine).review['role-win-win/q1']).toEqual(answered);
    expect(nextStamp(undefined, now)).toBe(now.toISOString());
  });
});

describe('answers waiting for the scheduler', () => {
  const attempt = (id: string, at: string, scores: Record<string, number>): Attempt => ({
    id,
    quiz: 'role-win-win',
    at,
    answers: {},
    scores,
    skills: {},
    score: 0,
    confidence: { q1: 3 },
  });
  const a1 = attempt('a1', '2026-11-27T07:00:00.000Z', { q1: 0, q2: 1 });
  const a2 = attempt('a2', '2026-11-27T07:30:00.000Z', { q1: 1 });
  it('finds each question whose latest answer has no card, or an older one', () => {
    const doc: ProgressDoc = {
      ...emptyDocument(),
      attempts: { a1, a2 },
      review: { 'role-win-win/q2': { ...good, quiz: 'role-win-win', question: 'q2', at: a1.at } },
    };
    expect(pendingAnswers(doc)).toEqual([
      { key: 'role-win-win/q1', quiz: 'role-win-win', question: 'q1', credit: 1, confidence: 3, at: a2.at },
    ]);
  });
  it('schedules them, after which nothing is pending', () => {
    const doc: ProgressDoc = { ...emptyDocument(), attempts: { a1, a2 } };
    const cards = schedulePending(doc, now);
    expect(Object.keys(cards).sort()).toEqual(['role-win-win/q1', 'role-win-win/q2']);
    expect(cards['role-win-win/q1']?.missed).toBeUndefined();
    expect(pendingAnswers({ ...doc, review: cards })).toEqual([]);
  });
  it('is empty when every answer was scheduled', () => {
    expect(pendingAnswers(emptyDocument())).toEqual([]);
  });
});

describe('the queue reads repaired due times', () => {
  it('brings back at once a card reviewed while the clock was 30 days ahead', async () => {
    const { dueCards, nextDue } = await import('../../src/progress/model/review-queue.ts');
    const ahead = now.getTime() + 30 * day;
    const card: ReviewCard = { ...good, at: iso(ahead), last_review: iso(ahead), due: iso(ahead + day) };
    const doc: ProgressDoc = { ...emptyDocument(), review: { 'role-win-win/q1': card } };
    expect(dueCards(doc, now)).toHaveLength(1);
    expect(nextDue(doc, now)).toBeUndefined();
    // Once answered, it follows its new schedule like any other card.
    const answered = scheduleAnswer(card, ids, 1, undefined, now);
    expect(dueCards({ ...doc, review: { 'role-win-win/q1': answered } }, now)).toHaveLength(0);
  });
});
