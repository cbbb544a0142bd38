import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { analyseProgress, type AssessmentData } from '../../src/assessment/model/analysis.ts';
import { groupItems } from '../../src/assessment/model/form.ts';
import {
  estimateMinutes,
  formInstrumentId,
  formOf,
  NOT_APPLICABLE,
  shortForm,
} from '../../src/assessment/model/forms.ts';
import type { FrameworkInfo, Instrument } from '../../src/assessment/model/model.ts';
import {
  mapSkillGaps,
  notApplicableSkills,
  scaleRange,
  scoreSkills,
  skillLevels,
  validAnswers,
} from '../../src/assessment/model/scoring.ts';
import { assessmentSchema } from '../../src/course/model/schemas.ts';
import { emptyDocument, type ProgressDoc } from '../../src/progress/model/document.ts';
import { isValidDocument } from '../../src/progress/model/read.ts';

const NA = NOT_APPLICABLE;
const fixture = assessmentSchema.parse(
  parse(readFileSync(new URL('../fixtures/assessment/short-form.yaml', import.meta.url), 'utf8')),
);
const instrument: Instrument = { id: 'test', ...fixture };
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
const itemSkills = Object.fromEntries(instrument.items.map((i) => [i.id, i.skill]));

describe('不適用 (not applicable)', () => {
  it('is stored as 0, which no scale may use', () => {
    expect(NA).toBe(0);
    expect(instrument.scale.map((p) => p.value)).not.toContain(NA);
  });

  it.each<{ name: string; answers: Record<string, number>; levels: Record<string, number> }>([
    {
      name: 'left out of the mean like a blank, never counted as the lowest value',
      answers: { a1: 4, a2: NA, a3: 2 },
      levels: { alpha: 3 },
    },
    {
      name: 'a reverse-worded item answered 不適用 is not turned round into 6',
      answers: { a1: 4, a2: NA, b1: 2, b2: NA },
      levels: { alpha: 4, beta: 2 },
    },
    {
      name: 'a skill whose items are all 不適用 has no level',
      answers: { a1: 5, b1: NA, b2: NA, c1: NA, c2: NA },
      levels: { alpha: 5 },
    },
    { name: 'everything 不適用: no levels at all', answers: { a1: NA, b2: NA, c1: NA }, levels: {} },
  ])('$name', ({ answers, levels }) => {
    const got = skillLevels(scoreSkills(instrument, answers));
    expect(got).toEqual(levels);
  });

  it('counts 不適用 apart from ratings, per skill', () => {
    expect(scoreSkills(instrument, { a1: 4, a2: NA, b1: NA, b2: NA })).toEqual({
      alpha: { level: 4, answered: 1, notApplicable: 1, items: 3 },
      beta: { level: undefined, answered: 0, notApplicable: 2, items: 2 },
      gamma: { level: undefined, answered: 0, notApplicable: 0, items: 2 },
    });
  });

  it('is an answer: it is kept as valid, so the item does not count as unanswered', () => {
    expect(validAnswers(instrument, { a1: NA, a2: 3, a3: -1, zz: NA })).toEqual({ a1: NA, a2: 3 });
  });

  it.each<[Record<string, number>, string[]]>([
    [{ b1: NA, b2: NA }, ['beta']],
    [{ b1: NA, b2: 4 }, []],
    [{ b1: NA, c1: NA, c2: 3 }, ['beta']],
    [{ a1: 2, c1: 3 }, []],
    [{ unknown: NA, constructor: NA }, []],
  ])('names the skills with nothing but 不適用: %o → %o', (answers, skills) => {
    expect(notApplicableSkills(answers, itemSkills)).toEqual(skills);
  });

  it('never reads an inherited name as an answer or an item', () => {
    const answers = JSON.parse('{"__proto__": 3, "a1": 2}') as Record<string, number>;
    expect(
      validAnswers(
        { ...instrument, items: [...instrument.items, { id: 'toString', skill: 'alpha', statement: 'x' }] },
        answers,
      ),
    ).toEqual({ a1: 2 });
  });

  it('is allowed by the stored progress schema in drafts and results', () => {
    const doc: ProgressDoc = {
      ...emptyDocument(),
      drafts: { test: { at: '2026-12-01T08:00:00.000Z', answers: { a1: NA } } },
      assessments: {
        r: {
          id: 'r',
          instrument: 'test:short',
          at: '2026-12-01T08:00:00.000Z',
          answers: { a1: NA, b2: 4 },
          levels: { beta: 2 },
        },
      },
    };
    expect(isValidDocument(doc)).toBe(true);
  });
});

describe('the short form', () => {
  const short = shortForm(instrument)!;

  it('is the items marked short, in file order, under its own id', () => {
    expect(short.id).toBe('test:short');
    expect(short.items.map((i) => i.id)).toEqual(['a1', 'b2', 'c1']);
    expect(short.scale).toEqual(instrument.scale);
  });

  it('is not offered when no item is marked', () => {
    expect(shortForm({ ...instrument, items: instrument.items.map(({ short: _s, ...i }) => i) })).toBeUndefined();
  });

  it('is stored under an id the progress id rule accepts, and read back as its form', () => {
    expect(formInstrumentId('self-assessment', 'short')).toBe('self-assessment:short');
    expect(formInstrumentId('self-assessment', 'full')).toBe('self-assessment');
    expect(formOf('self-assessment:short', 'self-assessment')).toBe('short');
    expect(formOf('self-assessment', 'self-assessment')).toBe('full');
    expect(formOf('other:short', 'self-assessment')).toBeUndefined();
  });

  it('is cut into one step per factor, not twenty one-item steps', () => {
    expect(
      groupItems(short, framework, 'factor').map((g) => [g.key, g.title, g.items.map((i) => `${i.number}:${i.id}`)]),
    ).toEqual([
      ['ability', '能力', ['1:a1']],
      ['mindset', '心態', ['2:b2']],
      ['market', '市場', ['3:c1']],
    ]);
  });

  it('scores each skill from its one item, reverse wording included, into the same gap map', () => {
    const levels = skillLevels(scoreSkills(short, { a1: 2, b2: 5, c1: 4 }));
    expect(levels).toEqual({ alpha: 2, beta: 1, gamma: 4 });
    expect(mapSkillGaps(levels, framework).largest?.skill.id).toBe('alpha');
  });

  it.each([
    [20, 4],
    [22, 4],
    [30, 5],
    [60, 10],
    [1, 1],
  ])('%i items take about %i minutes', (items, minutes) => {
    expect(estimateMinutes(items)).toBe(minutes);
  });
});

describe('a result of either form in the analysis', () => {
  const data: AssessmentData = {
    instrument: {
      id: 'test',
      title: '測試自評',
      items: instrument.items.length,
      range: scaleRange(instrument.scale),
      itemSkills,
      short: { id: 'test:short', items: 3 },
    },
    framework,
    lessons: [
      { id: 'm/a', title: '甲課', href: '/lessons/m/a/', minutes: 5, skills: ['alpha'] },
      { id: 'm/b', title: '乙課', href: '/lessons/m/b/', minutes: 5, skills: ['beta'] },
      { id: 'm/c', title: '丙課', href: '/lessons/m/c/', minutes: 5, skills: ['gamma'] },
    ],
    questionSkills: {},
  };
  const record = (id: string, form: 'test' | 'test:short', at: string, answers: Record<string, number>) => {
    const source = form === 'test' ? instrument : shortForm(instrument)!;
    return { id, instrument: form, at, answers, levels: skillLevels(scoreSkills(source, answers)) };
  };
  const doc = (...results: ReturnType<typeof record>[]): ProgressDoc => ({
    ...emptyDocument(),
    assessments: Object.fromEntries(results.map((r) => [r.id, r])),
  });

  it('the latest short result is the one shown, marked short, with the full one as history', () => {
    const a = analyseProgress(
      doc(
        record('full', 'test', '2026-11-01T08:00:00.000Z', { a1: 5, a2: 1, a3: 5, b1: 3, b2: 3, c1: 5, c2: 5 }),
        record('short', 'test:short', '2026-11-20T08:00:00.000Z', { a1: 2, b2: 3, c1: 5 }),
      ),
      data,
    )!;
    expect(a.latest.id).toBe('short');
    expect(a.latestForm).toBe('short');
    expect(a.history.map((h) => h.id)).toEqual(['full', 'short']);
    expect(a.changes?.find((c) => c.factor.id === 'ability')?.delta).toBe(-3);
    expect(a.plan[0]?.lesson.id).toBe('m/a');
  });

  it('each form page shows its own latest result: the short page after a full round, the full page after a short one', () => {
    const full = record('full', 'test', '2026-11-01T08:00:00.000Z', {
      a1: 5,
      a2: 1,
      a3: 5,
      b1: 3,
      b2: 3,
      c1: 5,
      c2: 5,
    });
    const short = record('short', 'test:short', '2026-11-20T08:00:00.000Z', { a1: 2, b2: 3, c1: 5 });
    const later = record('full2', 'test', '2026-11-25T08:00:00.000Z', {
      a1: 4,
      a2: 2,
      a3: 4,
      b1: 3,
      b2: 3,
      c1: 4,
      c2: 4,
    });
    // The full page, newest result a short one: the full page keeps its own.
    const onFull = analyseProgress(doc(full, short), data, 'full')!;
    expect([onFull.latest.id, onFull.latestForm, onFull.previous]).toEqual(['full', 'full', undefined]);
    // The short page, newest result a full one: the short page keeps its own.
    const onShort = analyseProgress(doc(full, short, later), data, 'short')!;
    expect([onShort.latest.id, onShort.latestForm, onShort.previous?.id]).toEqual(['short', 'short', 'full']);
    expect(onShort.history.map((h) => h.id)).toEqual(['full', 'short', 'full2']);
  });

  it('a form page with no result of its own shows the other form’s, and says which form it is', () => {
    const full = record('full', 'test', '2026-11-01T08:00:00.000Z', {
      a1: 5,
      a2: 1,
      a3: 5,
      b1: 3,
      b2: 3,
      c1: 5,
      c2: 5,
    });
    const onShort = analyseProgress(doc(full), data, 'short')!;
    expect([onShort.latest.id, onShort.latestForm]).toEqual(['full', 'full']);
    const short = record('short', 'test:short', '2026-11-20T08:00:00.000Z', { a1: 2, b2: 3, c1: 5 });
    expect(analyseProgress(doc(short), data, 'full')?.latestForm).toBe('short');
  });

  it('a skill answered 不適用 throughout is named, has no level, and gets no lesson without quiz evidence', () => {
    const a = analyseProgress(
      doc(record('r', 'test', '2026-11-01T08:00:00.000Z', { a1: 2, a2: 4, a3: 2, b1: NA, b2: NA, c1: 5, c2: 5 })),
      data,
    )!;
    expect(a.latestForm).toBe('full');
    expect(a.notApplicable).toEqual(['beta']);
    expect(a.map.factors.find((f) => f.factor.id === 'mindset')?.level).toBeUndefined();
    expect(a.plan.map((p) => p.lesson.id)).toEqual(['m/a']);
  });

  it('a blank skill is not called 不適用', () => {
    const a = analyseProgress(doc(record('r', 'test', '2026-11-01T08:00:00.000Z', { a1: 2 })), data)!;
    expect(a.notApplicable).toEqual([]);
  });
});
