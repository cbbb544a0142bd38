/** The quiz guards on small hand-made quizzes, so every rule is shown to pass and to fail. */
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/content-model/model/problems.ts';
import type { Question } from '../../src/course/model/schemas.ts';
import {
  coverageProblems,
  keyLengthProblems,
  keyLengths,
  kindProblems,
  kinds,
  multipleCounts,
  multipleProblems,
  pickFirst,
  pickLongest,
  skillCoverage,
  strategyProblems,
  strategyScore,
  textLength,
  trueFalseBalance,
  trueFalseProblems,
  type GuardQuiz,
} from '../../src/content-model/model/quiz-guards.ts';

const base = { skill: 's', prompt: '題目', explanation: '解說', kind: 'apply' as const };
const opt = (id: string, text: string, correct = false) => ({
  id,
  text,
  feedback: '說明',
  ...(correct ? { correct } : {}),
});

const single = (id: string, texts: string[], key: number): Question => ({
  ...base,
  id,
  type: 'single',
  options: texts.map((t, i) => opt(String.fromCharCode(97 + i), t, i === key)),
});
const scenario = (id: string, texts: string[], scores: (0 | 1 | 2)[]): Question => ({
  ...base,
  id,
  type: 'scenario',
  options: texts.map((t, i) => ({ id: String.fromCharCode(97 + i), text: t, score: scores[i]!, feedback: '說明' })),
});
const truefalse = (id: string, answer: boolean): Question => ({
  ...base,
  id,
  type: 'truefalse',
  options: [opt('true', '對', answer), opt('false', '錯', !answer)],
});
const multiple = (id: string, texts: string[], right: number[]): Question => ({
  ...base,
  id,
  type: 'multiple',
  options: texts.map((t, i) => opt(String.fromCharCode(97 + i), t, right.includes(i))),
});
const quiz = (id: string, questions: Question[]): GuardQuiz => ({
  id,
  file: `content/quizzes/${id}.yaml`,
  quiz: { title: id, questions },
});

describe('textLength', () => {
  it.each([
    ['先問清原因', 5],
    ['先 問 清\n原因', 5],
    ['18 條', 3],
    ['', 0],
  ])('counts %j as %i characters', (text, n) => {
    expect(textLength(text)).toBe(n);
  });
});

describe('keyLengths', () => {
  const cued = quiz('cued', [
    single('q1', ['一個很長很長很長的正確答案', '短的', '也短'], 0),
    scenario('q2', ['長長長長長長長長長的最佳做法', '普通', '不好'], [2, 1, 0]),
  ]);
  const even = quiz('even', [
    single('q1', ['四個字的', '四個字的', '四字的答'], 2),
    scenario('q2', ['差不多長', '長度相近的', '長度相近'], [1, 2, 0]),
    single('q3', ['短', '比較長的錯誤選項', '另一個長的錯誤選項'], 0),
  ]);

  it('finds the key strictly longest and measures the ratio to the mean distractor', () => {
    const f = keyLengths([cued]);
    expect(f.strictlyLongest).toBe(2);
    expect(f.share).toBe(1);
    expect(f.questions[0]).toMatchObject({ key: 13, longestDistractor: 2, meanDistractor: 2, strictlyLongest: true });
    expect(f.medianRatio).toBeCloseTo((13 / 2 + 14 / 2) / 2);
  });

  it('does not count a tie as strictly longest', () => {
    const f = keyLengths([even]);
    expect(f.questions.map((q) => q.strictlyLongest)).toEqual([false, true, false]);
    expect(f.share).toBeCloseTo(1 / 3);
  });

  it('ignores other question types', () => {
    expect(keyLengths([quiz('tf', [truefalse('q1', true)])]).questions).toEqual([]);
  });

  it('passes a course whose keys do not stand out', () => {
    expect(keyLengthProblems(keyLengths([even]))).toEqual([]);
  });

  it('names the cued questions, the figure and the limit', () => {
    const lines = keyLengthProblems(keyLengths([cued])).map(formatProblem);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toContain('cued › q2（答案 14 字，其他平均 2 字）');
    expect(lines[0]).toContain('目前的值：2/2 = 100%');
    expect(lines[0]).toContain('上限是 35%');
    expect(lines[1]).toContain('中位數超過上限 1.3 倍');
    expect(lines[1]).toContain('6.75 倍');
  });
});

describe('reading-free strategies', () => {
  const allFirst = quiz('first', [
    single('q1', ['對的', '錯的', '錯的'], 0),
    scenario('q2', ['最好', '可以', '不好'], [2, 1, 0]),
    truefalse('q3', true),
    multiple('q4', ['對', '錯', '錯'], [0]),
  ]);

  it('"always pick the first" earns what the quiz scoring gives the first options', () => {
    const f = strategyScore([allFirst], pickFirst);
    expect(f.earned).toBe(4);
    expect(f.share).toBe(1);
    expect(strategyProblems('first', f).map(formatProblem)[0]).toContain(
      '「永遠選第一個選項」就能拿到全課程 100% 的分數，上限是 40%',
    );
  });

  it('"always pick the longest" takes the longest option, and the long ones in a multiple', () => {
    const q = quiz('long', [
      single('q1', ['短', '這是最長的選項', '中等長'], 1),
      scenario('q2', ['很長很長的可接受做法', '最好', '不好'], [1, 2, 0]),
      multiple('q3', ['長長長長的對', '短', '長長長長的錯', '長長長長長對'], [0, 3]),
    ]);
    const f = strategyScore([q], pickLongest);
    // q1 right (1), q2 acceptable (0.5), q3 ticks a, c, d: 2 hits − 1 miss over 2 = 0.5.
    expect(f.earned).toBeCloseTo(2);
    expect(pickLongest('long', q.quiz.questions[2]!)).toEqual(['a', 'c', 'd']);
  });

  it('submits order steps as first shown, never the authored (right) order', () => {
    const order: Question = {
      ...base,
      id: 'q1',
      type: 'order',
      items: ['一', '二', '三', '四'].map((t, i) => ({ id: `s${i + 1}`, text: t })),
    };
    const answer = pickFirst('o', order) as string[];
    expect(answer).toHaveLength(4);
    expect(answer).not.toEqual(['s1', 's2', 's3', 's4']);
    expect(strategyScore([quiz('o', [order])], pickFirst).share).toBeLessThan(1);
  });

  it('pairs each left-hand item with the choice shown in its row, never the authored pairing', () => {
    const match: Question = {
      ...base,
      id: 'q1',
      type: 'match',
      pairs: ['一', '二', '三'].map((t, i) => ({ id: `p${i + 1}`, left: t, right: `${t}的答案` })),
    };
    const answer = pickFirst('m', match) as Record<string, string>;
    expect(Object.keys(answer).sort()).toEqual(['p1', 'p2', 'p3']);
    expect(Object.entries(answer).every(([l, r]) => l === r)).toBe(false);
  });

  it('passes when the keys are spread and the strategy stays at or under 40%', () => {
    const spread = quiz('spread', [
      single('q1', ['錯', '對', '錯'], 1),
      single('q2', ['錯', '錯', '對'], 2),
      truefalse('q3', false),
      single('q4', ['錯', '錯', '錯', '對'], 3),
      single('q5', ['對', '錯', '錯'], 0),
    ]);
    const f = strategyScore([spread], pickFirst);
    expect(f.share).toBeCloseTo(0.2);
    expect(strategyProblems('first', f)).toEqual([]);
  });
});

describe('trueFalseBalance', () => {
  const tf = (answers: boolean[]) =>
    quiz(
      'tf',
      answers.map((a, i) => truefalse(`q${i + 1}`, a)),
    );

  it.each([
    [[true, false], true],
    [[true, true, false, false, false], true],
    [[true, false, false, false], false],
    [[true, true, true, false], false],
  ])('answers %j are balanced: %s', (answers, ok) => {
    expect(trueFalseProblems(trueFalseBalance([tf(answers)])).length === 0).toBe(ok);
  });

  it('lists the questions to rewrite on the side that is over-represented', () => {
    const [line] = trueFalseProblems(trueFalseBalance([tf([true, false, false, false])])).map(formatProblem);
    expect(line).toContain('「對」1 題、「錯」3 題（「對」占 25%）');
    expect(line).toContain('答案是「錯」的題目：tf › q2、tf › q3、tf › q4');
  });
});

describe('multipleCounts', () => {
  const m = (rights: number[][]) =>
    quiz(
      'm',
      rights.map((r, i) => multiple(`q${i + 1}`, ['甲', '乙', '丙', '丁'], r)),
    );

  it('passes with three different numbers of right options', () => {
    expect(multipleProblems(multipleCounts([m([[0], [0, 1], [0, 1, 2]])]))).toEqual([]);
  });

  it('fails when every question has three of four right, and says so', () => {
    const [line] = multipleProblems(
      multipleCounts([
        m([
          [0, 1, 2],
          [1, 2, 3],
          [0, 1, 3],
          [0, 2],
        ]),
      ]),
    ).map(formatProblem);
    expect(line).toContain('2 個正確 1 題、3 個正確 3 題');
    expect(line).toContain('至少要有 3 種');
  });
});

describe('kinds', () => {
  const noKind = { ...single('q3', ['a', 'b'], 0) } as Question & { kind?: string };
  delete noKind.kind;
  const recall = { ...single('q2', ['a', 'b'], 0), kind: 'recall' as const };

  it('reports questions without a kind and quizzes under half apply', () => {
    const f = kinds([
      quiz('a', [single('q1', ['a', 'b'], 0), recall, noKind]),
      quiz('b', [single('q1', ['a', 'b'], 0)]),
    ]);
    expect(f.missing).toEqual(['a › q3']);
    const lines = kindProblems(f).map(formatProblem);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toContain('這些題目沒有寫 kind：a › q3');
    expect(lines[1]).toMatch(/^content\/quizzes\/a\.yaml › kind：.*apply 1\/3 題 = 33%/);
  });

  it('accepts exactly half apply', () => {
    expect(kindProblems(kinds([quiz('a', [single('q1', ['a', 'b'], 0), recall])]))).toEqual([]);
  });
});

describe('skillCoverage', () => {
  const skills = [
    { id: 's', title: '技能甲' },
    { id: 't', title: '技能乙' },
  ];
  const q = quiz(
    'a',
    [1, 2, 3, 4].map((i) => single(`q${i}`, ['a', 'b'], 0)),
  );

  it('needs four questions and three self-assessment items per skill', () => {
    const coverage = skillCoverage(skills, [q], [{ skill: 's' }, { skill: 's' }, { skill: 's' }, { skill: 't' }]);
    expect(coverage).toEqual([
      { skill: 's', title: '技能甲', questions: 4, items: 3 },
      { skill: 't', title: '技能乙', questions: 0, items: 1 },
    ]);
    const lines = coverageProblems(coverage).map(formatProblem);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toContain('技能「技能乙」在全部測驗裡只有 0 題，至少要 4 題');
    expect(lines[1]).toContain('技能「技能乙」的自評題只有 1 題，至少要 3 題');
  });
});
