import { describe, expect, it } from 'vitest';
import type { Question } from '../../src/course/model/schemas.ts';
import { emptyDocument, type ProgressDoc } from '../../src/progress/model/document.ts';
import { quizDataHref, readQuizData } from '../../src/question/model/quiz-data.ts';
import { cardKey, parseCardKey } from '../../src/review/model/card-key.ts';
import { reviewMinutes } from '../../src/progress/model/review-queue.ts';
import { scheduleAnswer, scheduleAttempt } from '../../src/review/model/schedule.ts';
import {
  checkCard,
  dueKeys,
  findCard,
  quizzesFor,
  roundKeys,
  type ReviewSource,
} from '../../src/review/model/session.ts';

const question = (id: string, type: 'single' | 'order' = 'single'): Question =>
  type === 'order'
    ? {
        id,
        type,
        skill: 'dual-role',
        prompt: `排序 ${id}`,
        explanation: '解析',
        items: ['s1', 's2', 's3'].map((s) => ({ id: s, text: s })),
      }
    : {
        id,
        type,
        skill: 'dual-role',
        prompt: `題目 ${id}`,
        explanation: '解析',
        options: [
          { id: 'a', text: '對的', correct: true, feedback: '對。' },
          { id: 'b', text: '錯的', feedback: '錯。' },
        ],
      };
const source = (quiz: string, ...questions: Question[]): ReviewSource => ({
  quiz,
  lessonTitle: `課 ${quiz}`,
  lessonHref: `/lessons/${quiz}/`,
  questions,
});
const now = new Date('2026-12-01T10:00:00.000Z');

describe('card keys', () => {
  it('parseCardKey is the inverse of cardKey', () => {
    for (const [quiz, q] of [
      ['role-basics', 'q1'],
      ['a.b:c', 'x_1'],
      ['k', 'q'],
    ] as const) {
      expect(parseCardKey(cardKey(quiz, q))).toEqual({ quiz, question: q });
    }
  });

  it('refuses keys that are not a quiz and a question', () => {
    for (const key of ['', 'noslash', '/q1', 'quiz/', '/']) expect(parseCardKey(key)).toBeUndefined();
  });
});

describe('a review round', () => {
  const sources = new Map([
    ['quiz-a', source('quiz-a', question('q1'), question('q2'))],
    ['quiz-b', source('quiz-b', question('q1'))],
  ]);

  it('needs each due card’s quiz once, in queue order', () => {
    expect(quizzesFor(['quiz-b/q1', 'quiz-a/q2', 'quiz-b/q9', 'bad', 'quiz-a/q1'])).toEqual(['quiz-b', 'quiz-a']);
  });

  it('draws the due cards, missed first, from the stored review', () => {
    const missed = scheduleAnswer(undefined, { quiz: 'quiz-a', question: 'q2' }, 0, undefined, now);
    const later = scheduleAnswer(undefined, { quiz: 'quiz-b', question: 'q1' }, 1, 3, now);
    const doc: ProgressDoc = { ...emptyDocument(), review: { 'quiz-a/q2': missed, 'quiz-b/q1': later } };
    expect(dueKeys(doc, now)).toEqual(['quiz-a/q2']);
    expect(dueKeys(doc, new Date(later.due))).toEqual(['quiz-a/q2', 'quiz-b/q1']);
  });

  it('skips cards whose quiz or question left the course, and finds the rest', () => {
    expect(roundKeys(['quiz-a/q2', 'quiz-a/gone', 'quiz-c/q1', 'quiz-b/q1'], sources)).toEqual([
      'quiz-a/q2',
      'quiz-b/q1',
    ]);
    const found = findCard(sources, 'quiz-b/q1');
    expect(found?.source.quiz).toBe('quiz-b');
    expect(found?.question.id).toBe('q1');
    expect(findCard(sources, 'quiz-a/gone')).toBeUndefined();
  });

  it('does not grade a card checked without an answer', () => {
    expect(checkCard(question('q1'), undefined)).toEqual({ missing: true });
    expect(checkCard(question('q1'), '')).toEqual({ missing: true });
    expect(checkCard(question('q1'), [])).toEqual({ missing: true });
    // An order question's starting order is not an answer until moved or confirmed.
    expect(checkCard(question('o', 'order'), undefined)).toEqual({ missing: true });
    expect(checkCard(question('q1'), 'b')).toEqual({ missing: false, result: { credit: 0, verdict: 'wrong' } });
    expect(checkCard(question('q1'), 'a')).toEqual({ missing: false, result: { credit: 1, verdict: 'correct' } });
  });

  it('estimates half a minute a card, at least one minute', () => {
    expect([0, 1, 2, 3, 6, 7].map(reviewMinutes)).toEqual([1, 1, 1, 2, 3, 4]);
  });
});

describe('scheduling a submitted attempt', () => {
  it('schedules every question in play from its stored card, on its own credit and certainty', () => {
    const stored = scheduleAnswer(
      undefined,
      { quiz: 'quiz', question: 'q1' },
      0,
      undefined,
      new Date(now.getTime() - 86_400_000),
    );
    const cards = scheduleAttempt({ 'quiz/q1': stored }, 'quiz', ['q1', 'q2'], { q1: 1, q2: 0.25 }, { q1: 3 }, now);
    expect(Object.keys(cards).sort()).toEqual(['quiz/q1', 'quiz/q2']);
    expect(cards['quiz/q1']).toEqual(scheduleAnswer(stored, { quiz: 'quiz', question: 'q1' }, 1, 3, now));
    expect(cards['quiz/q1']!.reps).toBe(stored.reps + 1);
    expect(cards['quiz/q2']).toEqual(scheduleAnswer(undefined, { quiz: 'quiz', question: 'q2' }, 0.25, undefined, now));
    expect(cards['quiz/q2']!.missed).toBe(true);
  });

  it('does not take a card inherited from Object.prototype for a stored one', () => {
    const cards = scheduleAttempt({}, 'quiz', ['constructor'], {}, {}, now);
    expect(cards['quiz/constructor']!.reps).toBe(1);
  });
});

describe('quiz data files', () => {
  const data = { id: 'role-basics', title: '測驗', questions: [question('q1')], lesson: { title: '課', href: '/x/' } };

  it('are served at a stable URL per quiz', () => {
    expect(quizDataHref('role-basics')).toBe('/quizzes/role-basics.json');
    expect(quizDataHref('a b')).toBe('/quizzes/a%20b.json');
  });

  it('are read back as the quiz asked for', () => {
    expect(readQuizData(JSON.parse(JSON.stringify(data)), 'role-basics')).toEqual(data);
    const { lesson: _lesson, ...unlinked } = data;
    expect(readQuizData(unlinked, 'role-basics')).toEqual(unlinked);
  });

  it('refuse another quiz’s file, an error page or a damaged file', () => {
    for (const value of [
      { ...data, id: 'other' },
      '<!doctype html>',
      null,
      [],
      { ...data, questions: [] },
      { ...data, questions: [{ prompt: 'no id' }] },
      { ...data, title: 3 },
    ]) {
      expect(readQuizData(value, 'role-basics')).toBeUndefined();
    }
  });
});
