import { describe, expect, it } from 'vitest';
import { emptyDocument, type Attempt, type ProgressDoc } from '../../src/progress/model/document.ts';
import { lastActivity, progressStats, quizScores } from '../../src/progress/model/stats.ts';
import { dueCount } from '../../src/progress/model/review-queue.ts';

const attempt = (id: string, quiz: string, at: string, score: number): Attempt => ({
  id,
  quiz,
  at,
  answers: {},
  scores: {},
  skills: {},
  score,
});
const course = {
  modules: [
    {
      id: 'role',
      title: '雙重角色',
      href: '/modules/role/',
      lessons: [
        { id: 'role/a', title: 'A', href: '/lessons/role/a/' },
        { id: 'role/b', title: 'B', href: '/lessons/role/b/' },
      ],
    },
  ],
  quizzes: [
    { id: 'quiz-a', title: '測驗 A', href: '/lessons/role/a/#quiz' },
    { id: 'quiz-b', title: '測驗 B', href: '/lessons/role/b/#quiz' },
  ],
};
const doc: ProgressDoc = {
  ...emptyDocument(),
  lessons: {
    'role/a': { done: true, at: '2026-11-01T00:00:00.000Z' },
    'role/b': { done: false, at: '2026-11-02T00:00:00.000Z' },
  },
  attempts: {
    x: attempt('x', 'quiz-a', '2026-11-03T00:00:00.000Z', 0.9),
    y: attempt('y', 'quiz-a', '2026-11-04T00:00:00.000Z', 0.5),
  },
};

describe('progress statistics', () => {
  it('gives best and last score per quiz, by time not by insertion order', () => {
    expect(quizScores(doc, 'quiz-a')).toEqual({
      attempts: 2,
      best: 0.9,
      last: 0.5,
      lastAt: '2026-11-04T00:00:00.000Z',
    });
    expect(quizScores(doc, 'quiz-b')).toBeUndefined();
  });
  it('counts completion per module and overall', () => {
    const stats = progressStats(doc, course, dueCount(doc, new Date('2026-11-05T00:00:00.000Z')));
    expect(stats).toMatchObject({ total: 2, completed: 1, attemptCount: 2, isEmpty: false });
    expect(stats.averageScore).toBeCloseTo(0.7);
    expect(stats.quizzes.map((q) => q.id)).toEqual(['quiz-a']);
  });
  it('reports a new learner as empty', () => {
    expect(progressStats(emptyDocument(), course, 0).isEmpty).toBe(true);
  });
  it('finds the latest activity across records', () => {
    expect(lastActivity(doc)).toBe('2026-11-04T00:00:00.000Z');
    expect(lastActivity(emptyDocument())).toBeUndefined();
  });
  it.each([
    ['2026-11-01T00:00:00.000Z', 0],
    ['2026-11-10T00:00:00.000Z', 1],
  ])('counts review cards due at %s', (now, due) => {
    const card = {
      quiz: 'quiz-a',
      question: 'q1',
      at: '2026-11-03T00:00:00.000Z',
      due: '2026-11-05T00:00:00.000Z',
      stability: 1,
      difficulty: 5,
      elapsed_days: 0,
      scheduled_days: 2,
      learning_steps: 0,
      reps: 1,
      lapses: 0,
      state: 2,
    };
    expect(dueCount({ ...doc, review: { 'quiz-a/q1': card } }, new Date(now))).toBe(due);
  });
});
