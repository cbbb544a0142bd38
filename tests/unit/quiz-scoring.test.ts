import { describe, expect, it } from 'vitest';
import type { Question, Quiz } from '../../src/course/model/schemas.ts';
import { layoutQuestion } from '../../src/question/model/layout.ts';
import { orderCredit, scoreQuestion, scoreQuiz } from '../../src/question/model/scoring.ts';
import { hashString, shuffle, shuffleAway } from '../../src/question/model/shuffle.ts';

const base = { skill: 'dual-role', prompt: '題目', explanation: '解析' };
const opt = (id: string, correct = false) => ({
  id,
  text: id,
  feedback: `${id} 的回饋`,
  ...(correct ? { correct } : {}),
});
const single: Question = { ...base, id: 's', type: 'single', options: [opt('a', true), opt('b'), opt('c')] };
const truefalse: Question = { ...base, id: 't', type: 'truefalse', options: [opt('true'), opt('false', true)] };
const multiple: Question = {
  ...base,
  id: 'm',
  type: 'multiple',
  options: [opt('a', true), opt('b', true), opt('c'), opt('d')],
};
const scenario: Question = {
  ...base,
  id: 'sc',
  type: 'scenario',
  options: [
    { id: 'best', text: '最佳', score: 2, feedback: '好' },
    { id: 'ok', text: '可以', score: 1, feedback: '尚可' },
    { id: 'poor', text: '不佳', score: 0, feedback: '不好' },
  ],
};
const order: Question = {
  ...base,
  id: 'o',
  type: 'order',
  items: ['s1', 's2', 's3', 's4'].map((id) => ({ id, text: id })),
};
const match: Question = {
  ...base,
  id: 'mt',
  type: 'match',
  pairs: ['p1', 'p2', 'p3'].map((id) => ({ id, left: `左${id}`, right: `右${id}` })),
};

describe.each([
  // [name, question, answer, credit, verdict]
  ['single: right', single, 'a', 1, 'correct'],
  ['single: wrong', single, 'b', 0, 'wrong'],
  ['single: unknown option', single, 'zz', 0, 'wrong'],
  ['single: malformed (array)', single, ['a'], 0, 'wrong'],
  ['single: blank', single, undefined, 0, 'unanswered'],
  ['truefalse: right', truefalse, 'false', 1, 'correct'],
  ['truefalse: wrong', truefalse, 'true', 0, 'wrong'],
  ['truefalse: malformed (object)', truefalse, { a: 'b' }, 0, 'wrong'],
  ['multiple: exactly right', multiple, ['a', 'b'], 1, 'correct'],
  ['multiple: one of two', multiple, ['a'], 0.5, 'partial'],
  ['multiple: one right, one wrong', multiple, ['a', 'c'], 0, 'wrong'],
  ['multiple: both right plus a wrong', multiple, ['a', 'b', 'd'], 0.5, 'partial'],
  ['multiple: everything ticked', multiple, ['a', 'b', 'c', 'd'], 0, 'wrong'],
  ['multiple: empty', multiple, [], 0, 'unanswered'],
  ['multiple: malformed (string)', multiple, 'a', 0, 'wrong'],
  ['scenario: best', scenario, 'best', 1, 'correct'],
  ['scenario: acceptable', scenario, 'ok', 0.5, 'partial'],
  ['scenario: poor', scenario, 'poor', 0, 'wrong'],
  ['scenario: malformed (array)', scenario, ['best'], 0, 'wrong'],
  ['scenario: unknown option', scenario, 'zz', 0, 'wrong'],
  ['order: exact', order, ['s1', 's2', 's3', 's4'], 1, 'correct'],
  ['order: one adjacent swap', order, ['s2', 's1', 's3', 's4'], 5 / 6, 'partial'],
  ['order: reversed', order, ['s4', 's3', 's2', 's1'], 0, 'wrong'],
  ['order: missing an item', order, ['s1', 's2', 's3'], 0, 'wrong'],
  ['order: duplicated item', order, ['s1', 's1', 's2', 's3'], 0, 'wrong'],
  ['order: malformed (string)', order, 's1', 0, 'wrong'],
  ['order: unknown item', order, ['s1', 's2', 's3', 'x'], 0, 'wrong'],
  ['match: all pairs', match, { p1: 'p1', p2: 'p2', p3: 'p3' }, 1, 'correct'],
  ['match: one of three', match, { p1: 'p1', p2: 'p3', p3: 'p2' }, 1 / 3, 'partial'],
  ['match: none', match, { p1: 'p2', p2: 'p3', p3: 'p1' }, 0, 'wrong'],
  ['match: half filled', match, { p1: 'p1' }, 1 / 3, 'partial'],
  ['match: malformed (array)', match, ['p1'], 0, 'wrong'],
  ['match: malformed (number values)', match, { p1: 1, p2: 2, p3: 3 }, 0, 'wrong'],
] as const)('%s', (_name, question, answer, credit, verdict) => {
  it(`scores ${credit.toFixed(2)} (${verdict})`, () => {
    const result = scoreQuestion(question as Question, answer as never);
    expect(result.credit).toBeCloseTo(credit, 6);
    expect(result.verdict).toBe(verdict);
  });
});

describe('orderCredit', () => {
  it.each([
    [['a', 'b', 'c'], ['a', 'b', 'c'], 1],
    [['a', 'b', 'c'], ['a', 'c', 'b'], 2 / 3],
    [['a', 'b', 'c'], ['c', 'b', 'a'], 0],
    [['a', 'b', 'c'], ['a', 'b', 'x'], 0],
  ])('%j given %j → %d', (correct, given, credit) => {
    expect(orderCredit(correct, given)).toBeCloseTo(credit, 6);
  });
});

describe('scoreQuiz', () => {
  const quiz: Quiz = { title: '測驗', questions: [single, { ...multiple, skill: 'visit-planning' }, scenario] };
  it('adds credit per question and per skill', () => {
    const score = scoreQuiz(quiz, { s: 'a', m: ['a'], sc: 'ok' });
    expect(score.scores).toEqual({ s: 1, m: 0.5, sc: 0.5 });
    expect(score.skills).toEqual({
      'dual-role': { earned: 1.5, possible: 2 },
      'visit-planning': { earned: 0.5, possible: 1 },
    });
    expect(score.earned).toBe(2);
    expect(score.score).toBeCloseTo(2 / 3, 4);
  });
  it('counts unanswered questions as zero without failing', () => {
    expect(scoreQuiz(quiz, {}).score).toBe(0);
  });
});

describe('deterministic shuffling', () => {
  const items = ['a', 'b', 'c', 'd', 'e', 'f'];
  it('gives the same order for the same seed and a different one for another seed', () => {
    expect(shuffle(items, 'quiz/q1/1')).toEqual(shuffle(items, 'quiz/q1/1'));
    expect(shuffle(items, 'quiz/q1/1')).not.toEqual(shuffle(items, 'quiz/q1/2'));
  });
  it('reproduces a pinned order, so a test can predict a retry', () => {
    expect(shuffle(items, 'role-win-win/q1/1/options')).toEqual(['b', 'd', 'a', 'f', 'e', 'c']);
  });
  it('keeps every item exactly once', () => {
    expect([...shuffle(items, 'x')].sort()).toEqual(items);
  });
  it('never leaves an order question in its answer order', () => {
    for (let i = 0; i < 200; i++) expect(shuffleAway(['a', 'b', 'c'], `seed-${i}`)).not.toEqual(['a', 'b', 'c']);
  });
  it('hashes strings stably', () => {
    expect(hashString('績效教練')).toBe(hashString('績效教練'));
    expect(hashString('a')).not.toBe(hashString('b'));
  });
  it('shuffles options on the first view too, the same way for the same attempt', () => {
    const firsts = ['l1', 'l2', 'l3', 'l4', 'l5'].map((l) => layoutQuestion('quiz', multiple, 0, l).options.join(''));
    expect(firsts.some((o) => o !== 'abcd')).toBe(true);
    expect(layoutQuestion('quiz', multiple, 1).options).toEqual(layoutQuestion('quiz', multiple, 1).options);
    const retries = [1, 2, 3, 4].map((n) => layoutQuestion('quiz', multiple, n).options.join(''));
    expect(retries.some((o) => o !== 'abcd')).toBe(true);
  });
  it('shuffles order steps even on the first view', () => {
    expect(layoutQuestion('quiz', order, 0).items).not.toEqual(['s1', 's2', 's3', 's4']);
  });
});
