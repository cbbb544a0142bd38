import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { analyseProgress, type AssessmentData } from '../../src/assessment/model/analysis.ts';
import { calibrateSkill, calibrateSkills, type SkillEvidence } from '../../src/assessment/model/calibration.ts';
import type { FrameworkInfo, LessonInfo, SkillInfo } from '../../src/assessment/model/model.ts';
import { buildStudyPlan, prioritiseSkills, selectPlan } from '../../src/assessment/model/plan.ts';
import { describeReason } from '../../src/assessment/model/text.ts';
import { translator } from '../../src/i18n/format.ts';
import { zhHant } from '../../src/i18n/zh-Hant.ts';
import { courseOrder } from '../../src/lessons/model/order.ts';
import { emptyDocument, type Attempt, type ProgressDoc } from '../../src/progress/model/document.ts';

const range = { min: 1, max: 5 };
const tr = translator(zhHant);
const skill = (id: string, target: number, factor: SkillInfo['factor'] = 'ability'): SkillInfo => ({
  id,
  factor,
  title: id,
  target,
});
const skills = [skill('a', 4), skill('b', 4), skill('c', 3), skill('d', 5), skill('e', 4)];
const evidence = (share: number, questions: number): SkillEvidence => ({
  earned: share * questions,
  possible: questions,
  questions,
  share,
  confidence: undefined,
  confidenceCount: 0,
  quizzes: ['q'],
});
const lesson = (id: string, teaches: string[]): LessonInfo => ({
  id,
  title: id,
  href: `/lessons/${id}/`,
  minutes: 6,
  skills: teaches,
});

describe('prioritiseSkills', () => {
  it.each<{
    name: string;
    levels: Record<string, number>;
    ev: Record<string, SkillEvidence>;
    expected: [string, number, string][];
  }>([
    {
      name: 'ranks skills below target by gap and leaves out those at or above it',
      levels: { a: 3, b: 1, c: 3, d: 4.5, e: 5 },
      ev: {},
      expected: [
        ['b', 3, 'self'],
        ['a', 1, 'self'],
        ['d', 0.5, 'self'],
      ],
    },
    {
      name: 'an over-rating is ranked by the evidence',
      // a: self 4 (75 %), quiz 25 % on 8 questions → evidence level 2, gap 2.
      levels: { a: 4, b: 3 },
      ev: { a: evidence(0.25, 8) },
      expected: [
        ['a', 2, 'evidence'],
        ['b', 1, 'self'],
      ],
    },
    {
      name: 'an over-rating stays in the plan even when the evidence reaches target',
      // c: self 5 (100 %), quiz 60 % → level 3.4, above target 3, but flagged.
      levels: { c: 5, b: 3 },
      ev: { c: evidence(0.6, 5) },
      expected: [
        ['b', 1, 'self'],
        ['c', -0.4, 'evidence'],
      ],
    },
    {
      name: 'an under-rating is ranked by the evidence too, which lowers it',
      // b: self 1 (0 %), quiz 75 % → level 4: at target, so it leaves the plan.
      levels: { a: 3, b: 1 },
      ev: { b: evidence(0.75, 6) },
      expected: [['a', 1, 'self']],
    },
    {
      name: 'too few questions: the self-rating decides',
      levels: { a: 4, b: 3 },
      ev: { a: evidence(0, 4) },
      expected: [['b', 1, 'self']],
    },
    {
      name: 'a skill left unrated counts only with enough evidence',
      levels: { b: 3 },
      ev: { a: evidence(0.25, 5), c: evidence(0, 2) },
      expected: [
        ['a', 2, 'evidence'],
        ['b', 1, 'self'],
      ],
    },
    {
      name: 'equal gaps: the over-rated skill first, then framework order',
      // a: evidence 50 % → level 3, gap 1, flagged; e and b: self gap 1.
      levels: { a: 5, b: 3, e: 3 },
      ev: { a: evidence(0.5, 10) },
      expected: [
        ['a', 1, 'evidence'],
        ['b', 1, 'self'],
        ['e', 1, 'self'],
      ],
    },
  ])('$name', ({ levels, ev, expected }) => {
    const calibrations = calibrateSkills(levels, skills, ev, range);
    const result = prioritiseSkills(levels, skills, calibrations, range).map((p) => [
      p.skill.id,
      Math.round(p.priority * 100) / 100,
      p.basis,
    ]);
    expect(result).toEqual(expected);
  });
});

describe('buildStudyPlan', () => {
  const levels = { a: 3, b: 1, d: 4 };
  const priorities = prioritiseSkills(levels, skills, calibrateSkills(levels, skills, {}, range), range);
  const lessons = [
    lesson('one', ['a']),
    lesson('two', ['d', 'b']),
    lesson('three', ['b']),
    lesson('four', ['c']),
    lesson('five', ['a', 'b']),
  ];

  it.each([
    {
      name: 'lessons of the largest gap first; for one skill, lessons about it before lessons touching it',
      done: [],
      order: ['three', 'two', 'five', 'one'],
    },
    {
      name: 'finished lessons move behind unfinished ones',
      done: ['three', 'one'],
      order: ['two', 'five', 'three', 'one'],
    },
    {
      name: 'all finished: the same lessons, all marked done',
      done: ['one', 'two', 'three', 'five'],
      order: ['three', 'two', 'five', 'one'],
    },
  ])('$name', ({ done, order }) => {
    const plan = buildStudyPlan(priorities, lessons, new Set(done));
    expect(plan.map((i) => i.lesson.id)).toEqual(order);
    expect(
      plan
        .filter((i) => i.done)
        .map((i) => i.lesson.id)
        .sort(),
    ).toEqual([...done].sort());
  });

  it('lists a lesson once, with every plan skill it teaches, most urgent first', () => {
    const plan = buildStudyPlan(priorities, lessons, new Set());
    expect(plan.find((i) => i.lesson.id === 'two')!.skills.map((p) => p.skill.id)).toEqual(['b', 'd']);
    expect(plan.some((i) => i.lesson.id === 'four')).toBe(false);
  });

  it('gives a one-line reason with the numbers', () => {
    const plan = buildStudyPlan(priorities, lessons, new Set());
    expect(describeReason(plan[0]!, tr)).toBe('補強「b」：自評 1.0，目標 4，差距 3.0');
    expect(describeReason(plan[1]!, tr)).toBe('補強「b」：自評 1.0，目標 4，差距 3.0；也練到「d」');
    const over = prioritiseSkills({ a: 4 }, skills, { a: calibrateSkill(4, evidence(0.25, 8), range) }, range);
    expect(describeReason(buildStudyPlan(over, lessons, new Set())[0]!, tr)).toBe(
      '「a」自評 4.0，但測驗只答對 25%（8 題）',
    );
  });
});

describe('selectPlan', () => {
  // b: gap 3 by self-rating; a: rated 5 but 50 % on 10 questions → over-rated, evidence gap 1.
  const levels = { a: 5, b: 1 };
  const calibrations = calibrateSkills(levels, skills, { a: evidence(0.5, 10) }, range);
  const priorities = prioritiseSkills(levels, skills, calibrations, range);
  const lessons = [
    lesson('b1', ['b']),
    lesson('b2', ['b']),
    lesson('b3', ['b']),
    lesson('a1', ['a']),
    lesson('a2', ['a']),
  ];

  it.each([
    { size: 2, done: [], shown: ['b1', 'b2', 'a1'] },
    { size: 4, done: [], shown: ['b1', 'b2', 'b3', 'a1'] },
    { size: 2, done: ['a1'], shown: ['b1', 'b2', 'a2'] },
    { size: 5, done: [], shown: ['b1', 'b2', 'b3', 'a1', 'a2'] },
  ])('size $size, done $done: an over-rated skill is never cut → $shown', ({ size, done, shown }) => {
    const plan = buildStudyPlan(priorities, lessons, new Set(done));
    expect(selectPlan(plan, size).map((i) => i.lesson.id)).toEqual(shown);
  });

  it('adds nothing when no skill is over-rated', () => {
    const plain = prioritiseSkills({ b: 1 }, skills, calibrateSkills({ b: 1 }, skills, {}, range), range);
    expect(selectPlan(buildStudyPlan(plain, lessons, new Set()), 1).map((i) => i.lesson.id)).toEqual(['b1']);
  });
});

describe('the real course', () => {
  const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');
  const framework = parse(read('content/framework.yaml')) as FrameworkInfo;
  const modules = parse(read('content/modules.yaml')) as { id: string; order: number }[];
  const lessons = courseOrder(
    modules,
    readdirSync(new URL('../../content/lessons/', import.meta.url), { recursive: true })
      .map(String)
      .filter((f) => f.endsWith('.mdx'))
      .map((f) => {
        const meta = parse(read(`content/lessons/${f}`).split('---')[1]!) as {
          title: string;
          module: string;
          order: number;
          minutes: number;
          skills: string[];
          quiz?: string;
        };
        const id = f
          .replace(/\.mdx$/, '')
          .split('\\')
          .join('/');
        return { ...meta, id, href: `/lessons/${id}/` };
      }),
  );
  const market = new Set(framework.skills.filter((s) => s.factor === 'market').map((s) => s.id));
  const data: AssessmentData = {
    instrument: { id: 'self-assessment', title: '自評', items: 87, range, itemSkills: {} },
    framework,
    lessons,
    questionSkills: {},
  };
  const levels = Object.fromEntries(framework.skills.map((s) => [s.id, market.has(s.id) ? 1 : 5]));
  const doc = (extra: Partial<ProgressDoc> = {}): ProgressDoc => ({
    ...emptyDocument(),
    assessments: {
      r: { id: 'r', instrument: 'self-assessment', at: '2026-11-01T00:00:00.000Z', answers: {}, levels },
    },
    ...extra,
  });

  it('low market self-ratings put lessons that teach market skills first', () => {
    const plan = analyseProgress(doc(), data)!.plan;
    expect(plan.length).toBeGreaterThan(3);
    for (const item of plan.slice(0, 4)) expect(item.lesson.skills.some((s) => market.has(s))).toBe(true);
    // The largest gap leads: with every market skill rated 1, that is the market skill with the highest target.
    const marketTargets = framework.skills.filter((s) => market.has(s.id)).map((s) => s.target);
    const first = plan[0]!.skills[0]!.skill;
    expect(market.has(first.id)).toBe(true);
    expect(first.target).toBe(Math.max(...marketTargets));
  });

  it('a finished lesson drops behind, and a quiz that shows over-rating brings its skill in', () => {
    const attempt: Attempt = {
      id: 'x',
      quiz: 'knowledge-product-knowledge',
      at: '2026-11-02T00:00:00.000Z',
      answers: {},
      scores: {},
      skills: { 'product-knowledge': { earned: 1, possible: 6 } },
      score: 1 / 6,
    };
    const first = analyseProgress(doc(), data)!.plan[0]!.lesson.id;
    const later = analyseProgress(
      doc({ lessons: { [first]: { done: true, at: '2026-11-02T00:00:00.000Z' } }, attempts: { x: attempt } }),
      data,
    )!;
    expect(later.plan[0]!.lesson.id).not.toBe(first);
    expect(later.plan.at(-1)!.lesson.id).toBe(first);
    expect(later.calibrations['product-knowledge']!.verdict).toBe('over');
    expect(later.priorities.some((p) => p.skill.id === 'product-knowledge' && p.basis === 'evidence')).toBe(true);
  });
});
