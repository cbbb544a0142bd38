import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { formatDelta } from '../../src/assessment/model/format.ts';
import { firstOpenGroup, groupItems } from '../../src/assessment/model/form.ts';
import { assessmentHistory, factorChanges } from '../../src/assessment/model/history.ts';
import type { FrameworkInfo, Instrument } from '../../src/assessment/model/model.ts';
import {
  factorLevels,
  mapSkillGaps,
  reverseValue,
  scaleRange,
  scoreSkills,
  skillGaps,
  skillLevels,
  sortByGap,
  validAnswers,
} from '../../src/assessment/model/scoring.ts';
import { describeFinding } from '../../src/assessment/model/text.ts';
import { translator } from '../../src/i18n/format.ts';
import { zhHant } from '../../src/i18n/zh-Hant.ts';
import type { AssessmentResult } from '../../src/progress/model/document.ts';

const likert = [1, 2, 3, 4, 5].map((value) => ({ value, label: `L${value}` }));
const instrument: Instrument = {
  id: 'test',
  title: '測試',
  scale: likert,
  items: [
    { id: 'a1', skill: 'alpha', statement: 'A1' },
    { id: 'a2', skill: 'alpha', statement: 'A2', reverse: true },
    { id: 'a3', skill: 'alpha', statement: 'A3' },
    { id: 'b1', skill: 'beta', statement: 'B1' },
    { id: 'b2', skill: 'beta', statement: 'B2', reverse: true },
    { id: 'c1', skill: 'gamma', statement: 'C1' },
  ],
};
const framework: FrameworkInfo = {
  // Listed out of the fixed order on purpose: charts must still read 能力 · 心態 · 市場.
  factors: [
    { id: 'market', title: '市場' },
    { id: 'ability', title: '能力' },
    { id: 'mindset', title: '心態' },
  ],
  skills: [
    { id: 'alpha', factor: 'ability', title: '甲', target: 4 },
    { id: 'beta', factor: 'mindset', title: '乙', target: 3 },
    { id: 'gamma', factor: 'market', title: '丙', target: 5 },
  ],
};
const tr = translator(zhHant);

describe('reverseValue: min + max − value', () => {
  it.each([
    [1, { min: 1, max: 5 }, 5],
    [2, { min: 1, max: 5 }, 4],
    [3, { min: 1, max: 5 }, 3],
    [5, { min: 1, max: 5 }, 1],
    [0, { min: 0, max: 4 }, 4],
    [2, { min: 1, max: 7 }, 6],
  ])('%i on %o becomes %i', (value, range, expected) => {
    expect(reverseValue(value, range)).toBe(expected);
  });

  it('reads the range from the scale whatever its order', () => {
    expect(
      scaleRange([
        { value: 5, label: '' },
        { value: 1, label: '' },
        { value: 3, label: '' },
      ]),
    ).toEqual({
      min: 1,
      max: 5,
    });
  });
});

type Levels = Record<string, number>;

describe('scoreSkills', () => {
  it.each<{ name: string; answers: Levels; expected: Levels }>([
    {
      name: 'reverse-worded items are turned round before the mean',
      answers: { a1: 4, a2: 2, a3: 5, b1: 3, b2: 1, c1: 2 },
      expected: { alpha: 13 / 3, beta: 4, gamma: 2 },
    },
    {
      name: 'an unanswered item is left out of the mean, not counted as zero',
      answers: { a1: 4, b1: 2 },
      expected: { alpha: 4, beta: 2 },
    },
    {
      name: 'a skill with no answers has no level',
      answers: { a1: 1, a2: 1, a3: 1 },
      expected: { alpha: 7 / 3 },
    },
    {
      name: 'values off the scale and unknown items count as unanswered',
      answers: { a1: -1, a2: 6, a3: 2.5, b1: 5, zz: 3 },
      expected: { beta: 5 },
    },
    { name: 'no answers: no levels', answers: {}, expected: {} },
  ])('$name', ({ answers, expected }) => {
    const scores = scoreSkills(instrument, answers);
    const levels = skillLevels(scores);
    expect(Object.keys(levels).sort()).toEqual(Object.keys(expected).sort());
    for (const [skill, level] of Object.entries(expected)) expect(levels[skill]).toBeCloseTo(level, 10);
  });

  it.each<[Levels, Levels]>([
    [{}, {}],
    [
      { a1: 3, b1: 4 },
      { a1: 3, b1: 4 },
    ],
    [{ a1: 3, a2: -1, a3: 3.5, nope: 4 }, { a1: 3 }],
    [
      { a1: 0, b1: 0, c1: 6 },
      { a1: 0, b1: 0 },
    ],
  ])('keeps only answers on the scale (or 不適用, 0) to known items: %o → %o', (answers, valid) => {
    expect(validAnswers(instrument, answers)).toEqual(valid);
  });

  it('reports answered and total items per skill', () => {
    expect(scoreSkills(instrument, { a1: 4, a2: 9 })).toEqual({
      alpha: { level: 4, answered: 1, notApplicable: 0, items: 3 },
      beta: { level: undefined, answered: 0, notApplicable: 0, items: 2 },
      gamma: { level: undefined, answered: 0, notApplicable: 0, items: 1 },
    });
  });
});

describe('gaps to target', () => {
  it.each<{ levels: Levels; gaps: Record<string, number | undefined> }>([
    { levels: { alpha: 2.5, beta: 3, gamma: 1 }, gaps: { alpha: 1.5, beta: 0, gamma: 4 } },
    { levels: { alpha: 5 }, gaps: { alpha: -1, beta: undefined, gamma: undefined } },
  ])('gap = target − level for $levels', ({ levels, gaps }) => {
    const result = Object.fromEntries(skillGaps(levels, framework.skills).map((g) => [g.skill.id, g.gap]));
    expect(result).toEqual(gaps);
  });

  it('sorts the largest gap first, unrated last, ties in framework order', () => {
    const items = [
      { id: 'a', gap: 1 },
      { id: 'b', gap: undefined },
      { id: 'c', gap: 2 },
      { id: 'd', gap: 1 },
      { id: 'e', gap: -1 },
    ];
    expect(sortByGap(items).map((i) => i.id)).toEqual(['c', 'a', 'd', 'e', 'b']);
  });

  it('gives factors in the fixed order with the mean of their rated skills', () => {
    const factors = factorLevels({ alpha: 2, beta: 4 }, framework);
    expect(factors.map((f) => [f.factor.id, f.level, f.target, f.gap, f.rated])).toEqual([
      ['ability', 2, 4, 2, 1],
      ['mindset', 4, 3, -1, 1],
      ['market', undefined, undefined, undefined, 0],
    ]);
  });

  it('maps groups by factor gap and names the largest gap', () => {
    const map = mapSkillGaps({ alpha: 3, beta: 3, gamma: 1 }, framework);
    expect(map.groups.map((g) => g.factor.factor.id)).toEqual(['market', 'ability', 'mindset']);
    expect(map.largest?.skill.id).toBe('gamma');
    expect(map.largestFactor?.factor.id).toBe('market');
    expect(describeFinding(map, tr)).toBe(
      '三個因素中差距最大的是「市場」（平均差距 4.0）；單項差距最大的是「丙」：自評 1.0，目標 5。',
    );
  });

  it.each<{ levels: Levels; finding: string }>([
    { levels: { alpha: 5, beta: 5, gamma: 5 }, finding: zhHant['assess.finding.none'] },
    { levels: {}, finding: zhHant['assess.finding.unrated'] },
  ])('says so plainly when there is no gap ($levels)', ({ levels, finding }) => {
    expect(describeFinding(mapSkillGaps(levels, framework), tr)).toBe(finding);
  });
});

describe('questionnaire steps', () => {
  const groups = groupItems(instrument, framework);
  it('groups items by skill, factors in fixed order, numbering items as shown', () => {
    expect(groups.map((g) => [g.key, g.factor.title, g.items.map((i) => `${i.number}:${i.id}`)])).toEqual([
      ['alpha', '能力', ['1:a1', '2:a2', '3:a3']],
      ['beta', '心態', ['4:b1', '5:b2']],
      ['gamma', '市場', ['6:c1']],
    ]);
  });
  it.each([
    [{}, 0],
    [{ a1: 1, a2: 1, a3: 1 }, 1],
    [{ a1: 1, a2: 1, a3: 1, b1: 2, b2: 2 }, 2],
    [{ a1: 1, a2: 1, a3: 1, b1: 2, b2: 2, c1: 3 }, 0],
    [{ a1: 1, a2: 1, a3: 1, c1: 3 }, 1],
  ])('resumes %o at group %i', (answers, index) => {
    expect(firstOpenGroup(groups, answers)).toBe(index);
  });
});

describe('history', () => {
  const result = (id: string, at: string, levels: Record<string, number>, instrumentId = 'test'): AssessmentResult => ({
    id,
    instrument: instrumentId,
    at,
    answers: {},
    levels,
  });
  it('keeps every result of the instrument, oldest first', () => {
    const all = {
      b: result('b', '2026-11-02T00:00:00.000Z', {}),
      a: result('a', '2026-11-01T00:00:00.000Z', {}),
      x: result('x', '2026-11-03T00:00:00.000Z', {}, 'other'),
    };
    expect(assessmentHistory(all, 'test').map((r) => r.id)).toEqual(['a', 'b']);
  });
  it('gives the change per factor since the previous result', () => {
    const changes = factorChanges(
      result('a', '2026-11-01T00:00:00.000Z', { alpha: 2, beta: 4 }),
      result('b', '2026-11-02T00:00:00.000Z', { alpha: 3.5, beta: 3.7, gamma: 2 }),
      framework,
    );
    expect(changes.map((c) => [c.factor.id, c.delta === undefined ? undefined : formatDelta(c.delta)])).toEqual([
      ['ability', '+1.5'],
      ['mindset', '\u22120.3'],
      ['market', undefined],
    ]);
  });
});

describe('the real questionnaire', () => {
  const yaml = (path: string) => parse(readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8'));
  const real = yaml('content/assessments/self-assessment.yaml') as Omit<Instrument, 'id'>;
  const fw = yaml('content/framework.yaml') as FrameworkInfo;
  const market = new Set(fw.skills.filter((s) => s.factor === 'market').map((s) => s.id));
  const instr: Instrument = { ...real, id: 'self-assessment' };

  it('the end-to-end answer pattern (low on market, high elsewhere) finds market as the largest gap', () => {
    // Agreeing fully with a reverse-worded item is the low answer, so the pattern flips for those.
    const answers = Object.fromEntries(
      instr.items.map((i) => [i.id, market.has(i.skill) !== (i.reverse === true) ? 1 : 5]),
    );
    const levels = skillLevels(scoreSkills(instr, answers));
    expect(Object.keys(levels)).toHaveLength(fw.skills.length);
    for (const skill of fw.skills) expect(levels[skill.id]).toBe(market.has(skill.id) ? 1 : 5);
    const map = mapSkillGaps(levels, fw);
    expect(map.largestFactor?.factor.id).toBe('market');
    expect(market.has(map.largest!.skill.id)).toBe(true);
  });
});
