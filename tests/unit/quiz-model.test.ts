import { describe, expect, it } from 'vitest';
import type { Question } from '../../src/course/model/schemas.ts';
import { emptyDocument, type Attempt, type ProgressDoc } from '../../src/progress/model/document.ts';
import { scoreQuiz } from '../../src/question/model/scoring.ts';
import { attemptId, buildAttempt } from '../../src/quiz/model/attempt.ts';
import { retryMode } from '../../src/quiz/model/after-attempt.ts';
import { questionsInPlay } from '../../src/quiz/model/retry.ts';
import { formatPoints, summaryOf, verdictCounts } from '../../src/quiz/model/summary.ts';

const single = (id: string): Question => ({
  id,
  type: 'single',
  skill: 'dual-role',
  prompt: `題目 ${id}`,
  explanation: '解析',
  options: [
    { id: 'a', text: '對的', correct: true, feedback: '對。' },
    { id: 'b', text: '錯的', feedback: '錯。' },
  ],
});
const multiple: Question = {
  id: 'm',
  type: 'multiple',
  skill: 'stock',
  prompt: '複選',
  explanation: '解析',
  options: [
    { id: 'a', text: '庫存', correct: true, feedback: '對。' },
    { id: 'b', text: '資金', correct: true, feedback: '對。' },
    { id: 'c', text: '星座', feedback: '錯。' },
  ],
};
const quiz = { title: '測驗', questions: [single('q1'), single('q2'), single('q3'), multiple] };
const ids = quiz.questions.map((q) => q.id);

const attempt = (at: string, quizId = 'quiz'): Attempt => ({
  id: `${quizId}-${at}`,
  quiz: quizId,
  at,
  answers: {},
  scores: {},
  skills: {},
  score: 0,
});
const withAttempts = (...attempts: Attempt[]): ProgressDoc => ({
  ...emptyDocument(),
  attempts: Object.fromEntries(attempts.map((a) => [a.id, a])),
});

describe('the attempt record', () => {
  const now = new Date('2026-12-01T10:00:00.000Z');

  it('has an id of the quiz, the time in base 36 and a random tail', () => {
    expect(attemptId('role-basics', now, 0)).toBe(`role-basics-${now.getTime().toString(36)}-0`);
    expect(attemptId('role-basics', now, 0.5)).not.toBe(attemptId('role-basics', now, 0.25));
    expect(attemptId('role-basics', now, 0.999999)).toMatch(/^role-basics-[0-9a-z]+-[0-9a-z]{1,4}$/);
  });

  it('keeps only the answers and certainty of the questions in play', () => {
    const score = scoreQuiz({ ...quiz, questions: [single('q2'), multiple] }, { q2: 'a', m: ['a'] });
    const record = buildAttempt({
      id: 'x',
      quizId: 'quiz',
      now,
      inPlay: ['q2', 'm'],
      answers: { q1: 'a', q2: 'a', m: ['a'] },
      confidence: { q1: 3, m: 1 },
      score,
    });
    expect(record).toEqual({
      id: 'x',
      quiz: 'quiz',
      at: '2026-12-01T10:00:00.000Z',
      answers: { q2: 'a', m: ['a'] },
      scores: { q2: 1, m: 0.5 },
      skills: { 'dual-role': { earned: 1, possible: 1 }, stock: { earned: 0.5, possible: 1 } },
      score: 0.75,
      confidence: { m: 1 },
    });
  });

  it('carries no confidence field when no certainty was given for the questions in play', () => {
    const score = scoreQuiz(quiz, {});
    const record = buildAttempt({ id: 'x', quizId: 'quiz', now, inPlay: ids, answers: {}, confidence: {}, score });
    expect(record).not.toHaveProperty('confidence');
    expect(record.answers).toEqual({});
  });
});

describe('「只重做答錯的」 across a reload', () => {
  const doc = withAttempts(attempt('2026-12-01T09:00:00.000Z'), attempt('2026-12-01T09:30:00.000Z'));

  it('is kept with the time of the latest attempt, and redoes only those questions', () => {
    const mode = retryMode(doc, 'quiz', ['q2', 'm']);
    expect(mode).toEqual({ only: ['q2', 'm'], after: '2026-12-01T09:30:00.000Z' });
    expect(questionsInPlay(doc, 'quiz', ids, mode)).toEqual({ ids: ['q2', 'm'], retrying: true });
  });

  it('keeps the quiz order and drops questions the quiz no longer has', () => {
    const mode = { only: ['m', 'gone', 'q1'], after: '2026-12-01T09:30:00.000Z' };
    expect(questionsInPlay(doc, 'quiz', ids, mode).ids).toEqual(['q1', 'm']);
  });

  it('ends once a newer attempt is recorded (the retry was submitted, here or in another tab)', () => {
    const mode = retryMode(doc, 'quiz', ['q2']);
    const later = withAttempts(...Object.values(doc.attempts), attempt('2026-12-01T09:45:00.000Z'));
    expect(questionsInPlay(later, 'quiz', ids, mode)).toEqual({ ids, retrying: false });
  });

  it('shows every question when nothing, or something unreadable, is kept', () => {
    for (const kept of [
      undefined,
      null,
      'q1',
      42,
      { only: 'q1', after: '2026-12-01T09:30:00.000Z' },
      { only: ['q1'] },
    ]) {
      expect(questionsInPlay(doc, 'quiz', ids, kept)).toEqual({ ids, retrying: false });
    }
    // A kept list holding none, or all, of the questions is not a retry of some.
    expect(questionsInPlay(doc, 'quiz', ids, { only: ['gone'], after: '2026-12-01T09:30:00.000Z' }).retrying).toBe(
      false,
    );
    expect(questionsInPlay(doc, 'quiz', ids, { only: ids, after: '2026-12-01T09:30:00.000Z' }).retrying).toBe(false);
  });

  it('is not kept for a quiz that has no attempt yet', () => {
    expect(retryMode(emptyDocument(), 'quiz', ['q1'])).toBeUndefined();
  });
});

describe('the summary', () => {
  it('states points with at most one decimal, whole points without one', () => {
    expect(formatPoints(3)).toBe('3');
    expect(formatPoints(2.5)).toBe('2.5');
    expect(formatPoints(2 + 1 / 3)).toBe('2.3');
    expect(formatPoints(2.96)).toBe('3');
    expect(formatPoints(0)).toBe('0');
  });

  it('counts whole questions per verdict, so partial credit is never 「答對 2.5 題」', () => {
    // q1 right, q2 wrong, q3 blank, m half right: 2.5 / 4 points, but only one question right.
    const score = scoreQuiz(quiz, { q1: 'a', q2: 'b', m: ['a'] });
    expect(score.earned).toBe(1.5);
    const summary = summaryOf(score);
    expect(summary).toEqual({
      earned: '1.5',
      possible: 4,
      counts: [
        { verdict: 'correct', n: 1 },
        { verdict: 'partial', n: 1 },
        { verdict: 'wrong', n: 1 },
        { verdict: 'unanswered', n: 1 },
      ],
    });
    for (const c of summary.counts) expect(Number.isInteger(c.n)).toBe(true);
  });

  it('leaves out verdicts no question got', () => {
    const all = scoreQuiz(quiz, { q1: 'a', q2: 'a', q3: 'a', m: ['a', 'b'] });
    expect(verdictCounts(all.results)).toEqual([{ verdict: 'correct', n: 4 }]);
  });
});
