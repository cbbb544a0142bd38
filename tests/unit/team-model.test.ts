import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { format } from '../../src/i18n/format.ts';
import { CURRENT_VERSION } from '../../src/progress/model/document.ts';
import { zhHant } from '../../src/i18n/zh-Hant.ts';
import { itemsCsv, membersCsv } from '../../src/team/model/csv.ts';
import { distribute, quantile } from '../../src/team/model/distribution.ts';
import { addTeamFile, noTeamFiles, readTeamFile, type TeamFiles } from '../../src/team/model/files.ts';
import { addResults, newEngineState, viewOf } from '../../src/team/model/engine.ts';
import { filterValue, parseFilterValue } from '../../src/team/model/filter.ts';
import { discriminationOf, ITEM_RULE, itemFlags } from '../../src/team/model/items.ts';
import { buildRollup } from '../../src/team/model/rollup.ts';
import { readSavedRollup, serialiseRollup } from '../../src/team/model/saved.ts';
import { attemptOf, course, exportText, learner } from './team-fixtures.ts';

const tr = (key: string, vars?: Record<string, string | number>) =>
  format((zhHant as Record<string, string>)[key] ?? key, vars);
const T = (day: number) => `2026-11-${String(day).padStart(2, '0')}T08:00:00.000Z`;
const DUP = '同一個檔案已經讀過了';

/** Reads each [name, text] into one set of team files. */
function readAll(files: [string, string][]): TeamFiles {
  return files.reduce((set, [name, text]) => addTeamFile(set, readTeamFile(name, text), DUP), noTeamFiles());
}

describe('reading export files', () => {
  it('reads a learner with their name and team code, and keeps only the latest attempt of each quiz', () => {
    const doc = learner(
      { displayName: '小陳', teamCode: 'NORTH-1', seed: 'seed-1' },
      {
        attempts: {
          old: attemptOf('old', 'qa', T(1), { q1: 0 }),
          new: attemptOf('new', 'qa', T(2), { q1: 1 }),
          k: attemptOf('k', 'qk', T(3), { k1: 1 }),
        },
      },
    );
    const result = readTeamFile('chen.json', exportText(doc));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.member).toMatchObject({
      key: 'seed:seed-1',
      displayName: '小陳',
      teamCode: 'NORTH-1',
      fromVersion: CURRENT_VERSION,
    });
    expect(Object.keys(result.member.doc.attempts).sort()).toEqual(['k', 'new']);
    expect(result.member.exportedAt).toBe('2026-11-30T09:00:00.000Z');
  });

  it('refuses a damaged file with the import’s reason, and the other files still load', () => {
    const good = exportText(learner({ displayName: '小林' }));
    const set = readAll([
      ['good.json', good],
      ['cut.json', good.slice(0, 120)],
      ['other.json', JSON.stringify({ app: 'another-app', document: {} })],
    ]);
    expect(set.members.map((m) => m.displayName)).toEqual(['小林']);
    expect(set.refused).toEqual([
      { name: 'cut.json', message: expect.stringContaining('不是有效的 JSON') },
      { name: 'other.json', message: expect.stringContaining('這不是「績效教練」的進度檔') },
    ]);
  });

  it('reads an export of an older version through the migrations', () => {
    const text = readFileSync(join(import.meta.dirname, '../fixtures/imports/good-v1.json'), 'utf8');
    const result = readTeamFile('v1.json', text);
    expect(result.ok && result.member.fromVersion).toBe(1);
  });

  it('merges two files of one learner (the same seed) and refuses the same file twice', () => {
    const first = learner(
      { seed: 's', displayName: '舊名', at: T(1) },
      { lessons: { 'm1/l1': { done: true, at: T(1) } } },
    );
    const second = learner(
      { seed: 's', displayName: '新名', at: T(5) },
      { lessons: { 'm2/l3': { done: true, at: T(5) } } },
    );
    const set = readAll([
      ['a.json', exportText(first)],
      ['b.json', exportText(second)],
      ['a.json', exportText(first)],
    ]);
    expect(set.members).toHaveLength(1);
    expect(set.members[0]).toMatchObject({ displayName: '新名', files: ['a.json', 'b.json'] });
    expect(Object.keys(set.members[0]!.doc.lessons)).toEqual(['m1/l1', 'm2/l3']);
    expect(set.merged).toEqual([{ name: 'b.json', into: 'a.json' }]);
    expect(set.refused).toEqual([{ name: 'a.json', message: DUP }]);
  });
});

describe('distribute', () => {
  it.each([
    [[1, 2, 3, 4], 0.5, 2.5],
    [[1, 2, 3, 4], 0.25, 1.75],
    [[5], 0.75, 5],
    [[], 0.5, undefined],
  ])('quantile of %j at %d is %s', (values, p, expected) => {
    expect(quantile(values, p)).toBe(expected);
  });

  it('counts learners per scale point and lists who is below target, lowest first', () => {
    const d = distribute(
      [
        { member: 'a', level: 4.5 },
        { member: 'b', level: 2 },
        { member: 'c', level: 3.25 },
        { member: 'd', level: 2 },
      ],
      3.5,
      { min: 1, max: 5 },
    );
    expect(d).toMatchObject({ n: 4, min: 2, max: 4.5, median: 2.625, mean: 2.9375 });
    expect(d.counts).toEqual([0, 2, 1, 0, 1]);
    expect(d.below.map((b) => b.member)).toEqual(['b', 'd', 'c']);
  });
});

describe('item analysis', () => {
  it('discrimination is upper third minus lower third by the rest of the quiz', () => {
    const rs = [
      { credit: 0, rest: 0.2 },
      { credit: 1, rest: 0.9 },
      { credit: 0, rest: 0.5 },
      { credit: 1, rest: 0.8 },
      { credit: 1, rest: 0.1 },
      { credit: 0, rest: 0.4 },
    ];
    // Lower third: rest 0.1 (1), 0.2 (0) → 0.5; upper third: 0.8 (1), 0.9 (1) → 1.
    expect(discriminationOf(rs)).toEqual({ value: 0.5, groupSize: 2 });
    expect(discriminationOf(rs.slice(0, 2))).toEqual({ value: undefined, groupSize: 0 });
    expect(
      discriminationOf([
        { credit: 1, rest: 0.5 },
        { credit: 0, rest: 0.5 },
        { credit: 1, rest: 0.5 },
      ]).value,
    ).toBe(undefined);
  });

  it.each([
    [ITEM_RULE.minAnswers, ITEM_RULE.minAnswers, 0, ['all-right']],
    [ITEM_RULE.minAnswers, 0, undefined, ['all-wrong']],
    [ITEM_RULE.minAnswers - 1, 0, undefined, []],
    [ITEM_RULE.minForReversed, 2, -0.5, ['reversed']],
    [ITEM_RULE.minForReversed - 1, 2, -0.5, []],
    [6, 3, 0.5, []],
  ])('%d answers, %d right, discrimination %s → flags %j', (n, correct, d, flags) => {
    expect(itemFlags(n, correct, d)).toEqual(flags);
  });

  /** Six learners; on q1 the strong ones choose b and the weak ones a (the key is likely wrong). */
  function sixLearners() {
    const strong = { q2: 1, q3: 1, q4: 1, q5: 1 };
    const weak = { q2: 0, q3: 0, q4: 0.5, q5: 0 };
    return [0, 1, 2, 3, 4, 5].map((i) => {
      const isStrong = i < 3;
      const scores = { q1: isStrong ? 0 : 1, ...(isStrong ? strong : weak) };
      const answers = {
        q1: isStrong ? 'b' : 'a',
        q2: isStrong ? ['a', 'b'] : ['a', 'c'],
        q3: isStrong ? ['s1', 's2', 's3'] : ['s2', 's1', 's3'],
        q4: isStrong ? { p1: 'p1', p2: 'p2' } : { p1: 'p2', p2: 'p1' },
        q5: isStrong ? 'true' : 'false',
      };
      const confidence = { q1: 3 as const, q5: (isStrong ? 3 : 1) as 1 | 3 };
      return learner(
        { displayName: `學員${i}`, seed: `seed-${i}` },
        { attempts: { [`a${i}`]: attemptOf(`a${i}`, 'qa', T(i + 1), scores, answers, confidence) } },
      );
    });
  }

  it('flags the question the strong learners get wrong, and names the wrong answers chosen most', () => {
    const set = readAll(sixLearners().map((doc, i) => [`l${i}.json`, exportText(doc)]));
    const rollup = buildRollup(set.members, course, new Date(T(30)));
    const byId = Object.fromEntries(rollup.items.map((i) => [i.question, i]));
    expect(rollup.items.map((i) => i.question)).toEqual(['q1', 'q2', 'q3', 'q4', 'q5']);
    expect(byId['q1']).toMatchObject({
      n: 6,
      correct: 3,
      correctShare: 0.5,
      discrimination: -1,
      groupSize: 2,
      wrong: { kind: 'option', text: '常見的錯', count: 3 },
      flags: ['reversed'],
      confidence: { answered: 6, rightMean: 3, wrongMean: 3, sureWrong: 3 },
    });
    expect(byId['q2']).toMatchObject({ discrimination: 1, flags: [], wrong: { kind: 'option', text: '丙', count: 3 } });
    expect(byId['q3']!.wrong).toEqual({ kind: 'step', text: '中', count: 3 });
    expect(byId['q4']!.wrong).toEqual({ kind: 'pair', left: '左一', right: '右二', count: 3 });
    expect(byId['q5']).toMatchObject({ confidence: { rightMean: 3, wrongMean: 1, sureWrong: 0 } });
    // A quiz nobody took has no rows.
    expect(rollup.items.some((i) => i.quiz === 'qk')).toBe(false);
  });

  it('flags a question everyone got wrong, and one everyone got right', () => {
    const docs = [0, 1, 2].map((i) =>
      learner(
        { seed: `s${i}` },
        {
          attempts: {
            [`k${i}`]: attemptOf(`k${i}`, 'qk', T(1), { k1: 0 }, { k1: 'poor' }),
            [`a${i}`]: attemptOf(`a${i}`, 'qa', T(1), { q1: 1, q2: 1 }),
          },
        },
      ),
    );
    const rollup = buildRollup(readAll(docs.map((d, i) => [`f${i}.json`, exportText(d)])).members, course);
    const k1 = rollup.items.find((i) => i.question === 'k1')!;
    expect(k1).toMatchObject({ n: 3, correct: 0, flags: ['all-wrong'], wrong: { text: '不好', count: 3 } });
    expect(rollup.items.find((i) => i.question === 'q1')!.flags).toEqual(['all-right']);
    // Questions missing from every attempt count no answers and raise no flag.
    expect(rollup.items.find((i) => i.question === 'q3')).toMatchObject({ n: 0, flags: [], correctShare: undefined });
  });
});

describe('the roll-up per learner', () => {
  const assessed = learner(
    { displayName: '小陳', teamCode: 'NORTH-1', seed: 'x' },
    {
      lessons: { 'm1/l1': { done: true, at: T(2) }, 'm1/l2': { done: false, at: T(3) } },
      assessments: {
        r1: {
          id: 'r1',
          instrument: 'self-assessment',
          at: T(4),
          answers: { i1: 5, i2: 2, i3: 2 },
          levels: { know: 5, mind: 2, market: 2 },
        },
      },
      attempts: { a: attemptOf('a', 'qa', T(5), { q1: 0, q2: 0, q3: 0, q4: 1, q5: 0 }) },
    },
  );
  const fresh = learner({ seed: 'y' }, { lessons: { 'm1/l1': { done: true, at: T(6) } } });

  it('shows completion per module, levels, calibration without verdicts, and the lessons to read', () => {
    const set = readAll([
      ['chen.json', exportText(assessed)],
      ['zz.json', exportText(fresh)],
    ]);
    const rollup = buildRollup(set.members, course, new Date(T(30)));
    expect(rollup.teams).toEqual(['NORTH-1']);
    const [chen, unnamed] = rollup.members;
    expect(chen).toMatchObject({
      displayName: '小陳',
      completion: [
        { module: 'm1', done: 1, total: 2 },
        { module: 'm2', done: 0, total: 1 },
      ],
      lessonsDone: 1,
      lessonsTotal: 3,
      assessedAt: T(4),
      factorLevels: { ability: 5, mindset: 2, market: 2 },
      lastActivity: T(5),
    });
    expect(chen!.calibration).toEqual([
      { skill: 'know', selfPct: 100, evidencePct: 20, questions: 5 },
      { skill: 'mind', selfPct: 25, evidencePct: undefined, questions: 0 },
      { skill: 'market', selfPct: 25, evidencePct: undefined, questions: 0 },
    ]);
    // know is over-rated on five questions (evidence decides: 20 % → level 1.8, target 4): first.
    expect(chen!.planBasis).toBe('plan');
    // m1/l1 (know) is done, so the plan goes on with market (gap 2) and mind (gap 1).
    expect(chen!.plan.map((l) => l.id)).toEqual(['m2/l3', 'm1/l2']);
    expect(unnamed).toMatchObject({
      displayName: undefined,
      planBasis: 'next',
      plan: [{ id: 'm1/l2' }, { id: 'm2/l3' }],
    });
  });

  it('spreads levels per skill and factor and lists who is below target', () => {
    const rollup = buildRollup(readAll([['c.json', exportText(assessed)]]).members, course);
    const mind = rollup.skills.find((s) => s.skill === 'mind')!;
    expect(mind.spread).toMatchObject({ n: 1, median: 2, counts: [0, 1, 0, 0, 0], below: [{ level: 2 }] });
    const ability = rollup.factors.find((f) => f.factor === 'ability')!;
    expect(ability).toMatchObject({ target: 4, spread: { n: 1, below: [] } });
  });

  it('exports CSV with a row per learner and per question, formula-looking text defused', () => {
    const named = learner({ displayName: '=HYPERLINK("x")', seed: 'q' });
    const rollup = buildRollup(
      readAll([
        ['chen.json', exportText(assessed)],
        ['odd.json', exportText(named)],
      ]).members,
      course,
    );
    const rows = membersCsv(rollup, tr)
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
    expect(rows[0]).toBe(
      '名字,團隊代碼,進度檔,匯出時間,完成課數,模組「模組一」,模組「模組二」,自評時間,自評：產品知識,自評：成功心態,自評：市場調查,測驗答對率：產品知識,測驗答對率：成功心態,測驗答對率：市場調查,該讀哪一課',
    );
    // Names sort as the collator says: the formula-looking name (Latin) before 小陳.
    expect(rows[1]).toMatch(/^"'=HYPERLINK\(""x""\)",/);
    expect(rows[2]).toBe(
      `小陳,NORTH-1,chen.json,2026-11-30T09:00:00.000Z,1/3,1/2,0/1,${T(4)},5,2,2,20,,,第三課、第二課`,
    );
    const items = itemsCsv(rollup, tr).trimEnd().split('\r\n');
    expect(items).toHaveLength(1 + 5);
    expect(items[1]).toBe('產品測驗,q1,第一題,1,0,,,,,,0,');
  });
});

describe('the saved roll-up', () => {
  it('reads back what was saved, and reports damaged or newer data', () => {
    const rollup = buildRollup([], course, new Date(T(1)));
    expect(readSavedRollup(serialiseRollup(rollup, new Date(T(2))))).toEqual({ kind: 'ok', savedAt: T(2), rollup });
    expect(readSavedRollup(null)).toEqual({ kind: 'none' });
    expect(readSavedRollup('{"app":"performance-coach","kind":"team-rollup"')).toEqual({ kind: 'damaged' });
    expect(readSavedRollup(JSON.stringify({ app: 'performance-coach', kind: 'team-rollup', version: 1 }))).toEqual({
      kind: 'damaged',
    });
    expect(readSavedRollup(JSON.stringify({ app: 'performance-coach', kind: 'team-rollup', version: 9 }))).toEqual({
      kind: 'newer',
    });
  });
});

describe('the engine and its filter', () => {
  const files = (): [string, string][] => [
    ['n1.json', exportText(learner({ seed: 'n1', displayName: '北一', teamCode: 'NORTH-1' }))],
    ['n2.json', exportText(learner({ seed: 'n2', displayName: '北二', teamCode: 'NORTH-1' }))],
    ['s1.json', exportText(learner({ seed: 's1', displayName: '南一', teamCode: 'SOUTH-2' }))],
    ['x.json', exportText(learner({ seed: 'x', displayName: '無隊' }))],
  ];

  it('counts files that loaded and files refused, and views the roll-up of everyone', () => {
    const results = [...files(), ['bad.json', '{'] as [string, string]].map(([n, t]) => readTeamFile(n, t));
    const { state, ok, bad } = addResults({ ...newEngineState(), course }, results, DUP);
    expect({ ok, bad }).toEqual({ ok: 4, bad: 1 });
    const view = viewOf(state);
    expect(view.people).toBe(4);
    expect(view.rollup?.members.map((m) => m.displayName)).toEqual(['北一', '北二', '南一', '無隊']);
    expect(view.choices).toEqual([
      { filter: { kind: 'all' }, count: 4 },
      { filter: { kind: 'team', code: 'NORTH-1' }, count: 2 },
      { filter: { kind: 'team', code: 'SOUTH-2' }, count: 1 },
      { filter: { kind: 'none' }, count: 1 },
    ]);
  });

  it.each([
    [{ kind: 'team', code: 'NORTH-1' } as const, ['北一', '北二']],
    [{ kind: 'none' } as const, ['無隊']],
    [{ kind: 'all' } as const, ['北一', '北二', '南一', '無隊']],
  ])('the filter %j keeps %j, and its select value reads back', (filter, names) => {
    const results = files().map(([n, t]) => readTeamFile(n, t));
    const { state } = addResults({ ...newEngineState(), course }, results, DUP);
    const view = viewOf({ ...state, filter });
    expect(view.rollup?.members.map((m) => m.displayName)).toEqual(names);
    expect(view.people).toBe(4);
    expect(parseFilterValue(filterValue(filter))).toEqual(filter);
  });

  it('has no roll-up before the course arrives or when no file loaded', () => {
    const results = files().map(([n, t]) => readTeamFile(n, t));
    expect(viewOf(addResults(newEngineState(), results, DUP).state).rollup).toBeUndefined();
    expect(viewOf({ ...newEngineState(), course }).rollup).toBeUndefined();
  });
});
