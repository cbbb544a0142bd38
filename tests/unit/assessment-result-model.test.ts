import { describe, expect, it } from 'vitest';
import {
  readAnalysisData,
  readForms,
  readStrings,
  FORM_STRING_PREFIXES,
  RESULT_STRING_PREFIXES,
} from '../../src/assessment/model/files.ts';
import { summariseCalibrations, type Calibration } from '../../src/assessment/model/calibration.ts';
import { changeWordKey, formatDelta, formatLevel, gapText } from '../../src/assessment/model/format.ts';
import type { FrameworkInfo, SkillInfo } from '../../src/assessment/model/model.ts';
import { completedResult, mapSkillGaps } from '../../src/assessment/model/scoring.ts';
import { describeFinding } from '../../src/assessment/model/text.ts';
import { translator } from '../../src/i18n/format.ts';
import { zhHant } from '../../src/i18n/zh-Hant.ts';
import { doneLessons, moduleCompletion, quizActivity } from '../../src/lessons/model/done.ts';

const tr = translator(zhHant);
const framework: FrameworkInfo = {
  factors: [
    { id: 'ability', title: '能力' },
    { id: 'mindset', title: '心態' },
    { id: 'market', title: '市場' },
  ],
  skills: [
    { id: 'alpha', factor: 'ability', title: '甲', target: 4 },
    { id: 'beta', factor: 'mindset', title: '乙', target: 3 },
    { id: 'gamma', factor: 'market', title: '丙', target: 5 },
  ],
};

describe('the finding when factors tie', () => {
  it('names both factors whose gaps read the same, in the order 能力 · 心態 · 市場', () => {
    // 能力 4 − 2 = 2.0, 心態 3 − 1 = 2.0, 市場 5 − 5 = 0.
    const map = mapSkillGaps({ alpha: 2, beta: 1, gamma: 5 }, framework);
    expect(map.largestFactors.map((f) => f.factor.id)).toEqual(['ability', 'mindset']);
    expect(describeFinding(map, tr)).toBe(
      '三個因素中差距最大的有「能力」與「心態」（平均差距同為 2.0）；單項差距最大的是「甲」：自評 2.0，目標 4。',
    );
  });

  it('names all three when every factor has the same gap', () => {
    const map = mapSkillGaps({ alpha: 3, beta: 2, gamma: 4 }, framework);
    expect(describeFinding(map, tr)).toBe(
      '三個因素中差距最大的有「能力」、「心態」與「市場」（平均差距同為 1.0）；單項差距最大的是「甲」：自評 3.0，目標 4。',
    );
  });

  it('gaps that differ only past the shown decimal are a tie; a clear lead is one factor', () => {
    expect(mapSkillGaps({ alpha: 2.01, beta: 1, gamma: 5 }, framework).largestFactors).toHaveLength(2);
    const lead = mapSkillGaps({ alpha: 1, beta: 1, gamma: 5 }, framework);
    expect(lead.largestFactors.map((f) => f.factor.id)).toEqual(['ability']);
    expect(describeFinding(lead, tr)).toBe(
      '三個因素中差距最大的是「能力」（平均差距 3.0）；單項差距最大的是「甲」：自評 1.0，目標 4。',
    );
  });

  it('has no tie list when nothing is rated', () => {
    expect(mapSkillGaps({}, framework).largestFactors).toEqual([]);
  });
});

describe('calibration summary of a result', () => {
  const skills: SkillInfo[] = [
    ...framework.skills,
    { id: 'delta', factor: 'market', title: '丁', target: 4 },
    { id: 'eps', factor: 'ability', title: '戊', target: 4 },
  ];
  const c = (verdict: Calibration['verdict'], diff?: number): Calibration => ({
    verdict,
    selfPct: 50,
    evidencePct: 50,
    diff,
    evidence: undefined,
  });
  it('flags over- and under-rating, widest first; counts evidence; lists the skills still missing it', () => {
    const summary = summariseCalibrations(skills, {
      alpha: c('over', 35),
      beta: c('under', -60),
      gamma: c('agree', 5),
      delta: c('few'),
    });
    expect(summary.flagged.map((f) => [f.skill.id, f.calibration.verdict])).toEqual([
      ['beta', 'under'],
      ['alpha', 'over'],
    ]);
    expect(summary.withEvidence).toBe(3);
    // 「戊」 has no calibration at all: missing too.
    expect(summary.missing.map((s) => s.id)).toEqual(['delta', 'eps']);
  });
  it('keeps framework order on equal gaps and ignores inherited names', () => {
    const calibrations = Object.assign(Object.create({ eps: c('over', 90) }), {
      gamma: c('over', 40),
      alpha: c('under', -40),
    }) as Record<string, Calibration>;
    const summary = summariseCalibrations(skills, calibrations);
    expect(summary.flagged.map((f) => f.skill.id)).toEqual(['alpha', 'gamma']);
    expect(summary.missing.map((s) => s.id)).toEqual(['beta', 'delta', 'eps']);
  });
});

describe('result formatters', () => {
  it.each<[number | undefined, string]>([
    [1.24, '差距 1.2'],
    [0.04, '已達目標'],
    [-0.5, '高於目標 0.5'],
    [undefined, ''],
  ])('gap %s reads %s', (gap, text) => {
    expect(gapText({ gap }, tr)).toBe(text);
  });
  it.each<[number, string]>([
    [0.04, 'assess.change.same'],
    [-0.04, 'assess.change.same'],
    [0.06, 'assess.change.up'],
    [-0.3, 'assess.change.down'],
  ])('a change of %s is %s', (delta, key) => {
    expect(changeWordKey(delta)).toBe(key);
  });
  it('levels keep one decimal and changes their sign', () => {
    expect([formatLevel(4), formatDelta(0.44), formatDelta(-0.26), formatDelta(0.04)]).toEqual([
      '4.0',
      '+0.4',
      '\u22120.3',
      '0.0',
    ]);
  });
});

describe('lessons marked done', () => {
  const records = {
    'role/a': { done: true, at: '2026-11-01T08:00:00.000Z' },
    'role/b': { done: false, at: '2026-11-02T08:00:00.000Z' },
    'sales/c': { done: true, at: '2026-11-03T08:00:00.000Z' },
  };
  it('are the records with done set, with their dates; an unmarked record is not done', () => {
    expect([...doneLessons(records)]).toEqual([
      ['role/a', '2026-11-01T08:00:00.000Z'],
      ['sales/c', '2026-11-03T08:00:00.000Z'],
    ]);
    expect(doneLessons(undefined).size).toBe(0);
  });
  it('can be limited to one module’s lessons, and counted against them', () => {
    const done = doneLessons(records, ['role/a', 'role/b']);
    expect([...done.keys()]).toEqual(['role/a']);
    expect(moduleCompletion(['role/a', 'role/b'], doneLessons(records))).toEqual({ count: 1, total: 2 });
    expect(moduleCompletion([], done)).toEqual({ count: 0, total: 0 });
  });
  it('quiz activity is the latest attempt per lesson of that lesson’s quiz', () => {
    const lessons = [{ id: 'role/a', quiz: 'qa' }, { id: 'role/b', quiz: 'qb' }, { id: 'role/c' }];
    const activity = quizActivity(lessons, [
      { quiz: 'qa', at: '2026-11-01T08:00:00.000Z' },
      { quiz: 'qa', at: '2026-11-05T08:00:00.000Z' },
      { quiz: 'qa', at: '2026-11-03T08:00:00.000Z' },
      { quiz: 'other', at: '2026-11-09T08:00:00.000Z' },
    ]);
    expect([...activity]).toEqual([['role/a', '2026-11-05T08:00:00.000Z']]);
  });
});

describe('assessment data files', () => {
  it('refuses a file that is not what the build writes', () => {
    expect(() => readForms({ full: { id: 'x' } })).toThrow('/data/assessment-forms.json');
    expect(() => readAnalysisData([])).toThrow('/data/assessment-analysis.json');
    expect(() => readStrings({ a: 1 })).toThrow('/data/assessment-strings.json');
  });
  it('accepts the shapes the build writes', () => {
    const full = { id: 'f', title: 'T', scale: [], items: [{ id: 'i', skill: 's', statement: 'x' }] };
    expect(readForms({ full }).full.id).toBe('f');
    expect(readStrings({ 'assess.x': 'y' })).toEqual({ 'assess.x': 'y' });
  });
  it('the form’s strings are a subset of the result’s, and cover every key the finding can use', () => {
    const formKeys = Object.keys(zhHant).filter((k) => FORM_STRING_PREFIXES.some((p) => k.startsWith(p)));
    for (const k of formKeys) expect(RESULT_STRING_PREFIXES.some((p) => k.startsWith(p))).toBe(true);
    for (const k of [
      'assess.finding',
      'assess.finding.tie',
      'assess.finding.and',
      'assess.submitted',
      'assess.loading',
    ])
      expect(formKeys).toContain(k);
  });
});

describe('a completed round', () => {
  it('is stored under the form’s id and its time, with its answers and the levels they score', () => {
    const instrument = {
      id: 'self-assessment:short',
      title: 'T',
      scale: [1, 2, 3, 4, 5].map((value) => ({ value, label: String(value) })),
      items: [
        { id: 'a1', skill: 'alpha', statement: 'A1' },
        { id: 'a2', skill: 'alpha', statement: 'A2', reverse: true },
        { id: 'b1', skill: 'beta', statement: 'B1' },
      ],
    };
    const answers = { a1: 4, a2: 2, b1: 0 };
    const result = completedResult(instrument, answers, '2026-12-01T08:00:00.000Z');
    expect(result).toEqual({
      id: 'self-assessment:short/2026-12-01T08:00:00.000Z',
      instrument: 'self-assessment:short',
      at: '2026-12-01T08:00:00.000Z',
      answers,
      // a2 is reverse-worded: 2 counts as 4; b1 is 不適用, so beta has no level.
      levels: { alpha: 4 },
    });
    expect(result.answers).not.toBe(answers);
  });
});
