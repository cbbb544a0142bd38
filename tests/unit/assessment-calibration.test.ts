import { describe, expect, it } from 'vitest';
import {
  calibrateSkill,
  CALIBRATION_RULE,
  collectEvidence,
  evidenceLessons,
  latestAttempts,
  levelToPercent,
  shareToLevel,
  type SkillEvidence,
} from '../../src/assessment/model/calibration.ts';
import type { LessonInfo } from '../../src/assessment/model/model.ts';
import type { Attempt } from '../../src/progress/model/document.ts';

const range = { min: 1, max: 5 };
const attempt = (
  id: string,
  quiz: string,
  at: string,
  skills: Attempt['skills'],
  confidence?: Attempt['confidence'],
): Attempt => ({
  id,
  quiz,
  at,
  answers: {},
  scores: {},
  skills,
  score: 0,
  ...(confidence ? { confidence } : {}),
});
const questionSkills = {
  q1: { a: 'alpha', b: 'alpha', c: 'beta' },
  q2: { x: 'alpha', y: 'beta' },
};
const evidence = (share: number, questions: number): SkillEvidence => ({
  earned: share * questions,
  possible: questions,
  questions,
  share,
  confidence: undefined,
  confidenceCount: 0,
  quizzes: ['q1'],
});

describe('evidence from quiz attempts', () => {
  const attempts = [
    attempt('old', 'q1', '2026-11-01T00:00:00.000Z', {
      alpha: { earned: 0, possible: 2 },
      beta: { earned: 0, possible: 1 },
    }),
    attempt(
      'new',
      'q1',
      '2026-11-05T00:00:00.000Z',
      { alpha: { earned: 1.5, possible: 2 }, beta: { earned: 1, possible: 1 } },
      { a: 3, b: 2, c: 1 },
    ),
    attempt('other', 'q2', '2026-11-02T00:00:00.000Z', { alpha: { earned: 0.5, possible: 1 } }, { x: 1, zz: 3 }),
  ];

  it('uses the latest attempt of each quiz, whatever the input order', () => {
    expect(latestAttempts(attempts).map((a) => a.id)).toEqual(['new', 'other']);
    expect(latestAttempts([...attempts].reverse()).map((a) => a.id)).toEqual(['new', 'other']);
  });

  it('breaks a tie in time by id, so every tab picks the same attempt', () => {
    const at = '2026-11-01T00:00:00.000Z';
    expect(latestAttempts([attempt('b', 'q', at, {}), attempt('a', 'q', at, {})]).map((a) => a.id)).toEqual(['b']);
  });

  it('sums earned over possible per skill across quizzes, with mean confidence of that skill’s questions', () => {
    const e = collectEvidence(attempts, questionSkills);
    expect(e.alpha).toMatchObject({ earned: 2, possible: 3, questions: 3, quizzes: ['q1', 'q2'] });
    expect(e.alpha!.share).toBeCloseTo(2 / 3);
    // alpha: a=3, b=2 from q1 and x=1 from q2; the unknown question zz is ignored.
    expect(e.alpha!.confidence).toBeCloseTo(2);
    expect(e.alpha!.confidenceCount).toBe(3);
    expect(e.beta).toMatchObject({ share: 1, questions: 1, confidence: 1 });
  });

  it('has no entry for a skill no quiz asked about, and none for zero possible credit', () => {
    const e = collectEvidence(
      [attempt('z', 'q1', '2026-11-01T00:00:00.000Z', { gamma: { earned: 0, possible: 0 } })],
      {},
    );
    expect(e).toEqual({});
  });
});

describe('self-rating as a percentage', () => {
  it.each([
    [1, 0],
    [2, 25],
    [3, 50],
    [4.5, 88],
    [5, 100],
  ])('level %d is %i %%', (level, pct) => {
    expect(levelToPercent(level, range)).toBe(pct);
  });
  it.each([
    [0, 1],
    [0.5, 3],
    [1, 5],
  ])('share %d is level %d', (share, level) => {
    expect(shareToLevel(share, range)).toBe(level);
  });
});

describe('calibration flags', () => {
  it('uses the documented rule', () => {
    expect(CALIBRATION_RULE).toEqual({ threshold: 30, minQuestions: 5 });
  });

  it.each([
    { name: 'rated 5, 60 % correct: over by 40', level: 5, e: evidence(0.6, 5), verdict: 'over', diff: 40 },
    { name: 'exactly 30 points above is over', level: 4, e: evidence(0.45, 6), verdict: 'over', diff: 30 },
    { name: '29 points above agrees', level: 4, e: evidence(0.46, 6), verdict: 'agree', diff: 29 },
    { name: 'rated 2, 55 % correct: under by 30', level: 2, e: evidence(0.55, 8), verdict: 'under', diff: -30 },
    { name: 'rated 1, all correct: under', level: 1, e: evidence(1, 5), verdict: 'under', diff: -100 },
    { name: 'a large gap on four questions is not judged', level: 5, e: evidence(0.25, 4), verdict: 'few', diff: 75 },
    { name: 'no evidence', level: 3, e: undefined, verdict: 'none', diff: undefined },
    { name: 'evidence but no self-rating', level: undefined, e: evidence(0.5, 5), verdict: 'unrated', diff: undefined },
    // 3.5 is 62.5 %, shown as 63; 63 − 33 = 30 is flagged although the unrounded gap is 29.5:
    // the flag follows the numbers the learner reads.
    { name: 'compares the rounded percentages shown', level: 3.5, e: evidence(0.33, 10), verdict: 'over', diff: 30 },
  ])('$name', ({ level, e, verdict, diff }) => {
    const c = calibrateSkill(level, e, range);
    expect(c.verdict).toBe(verdict);
    expect(c.diff).toBe(diff);
  });
});

describe('lessons that would give evidence', () => {
  const lesson = (id: string, skills: string[], quiz?: string): LessonInfo => ({
    id,
    title: id,
    href: `/lessons/${id}/`,
    minutes: 5,
    skills,
    ...(quiz ? { quiz } : {}),
  });
  const lessons = [
    lesson('m/one', ['beta'], 'q1'),
    lesson('m/two', ['alpha'], 'q2'),
    lesson('m/three', ['alpha']),
    lesson('m/four', ['gamma'], 'q9'),
  ];
  it.each([
    // q1 asks about alpha although m/one does not teach it: it still gives evidence, after the lesson that teaches it.
    ['alpha', ['m/two', 'm/one']],
    ['beta', ['m/one', 'm/two']],
    ['gamma', []],
  ])('%s → %o', (skill, ids) => {
    expect(evidenceLessons(skill, lessons, questionSkills).map((l) => l.id)).toEqual(ids);
  });
});
