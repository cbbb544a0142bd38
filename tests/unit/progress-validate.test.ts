/**
 * The hand-written validators against the zod schema they replaced (the oracle, kept in
 * progress-zod-oracle.ts): the same documents accepted, the same rejected, the same first
 * problem reported, and so the same Chinese message on import.
 */
import * as z from 'zod/v4/mini';
import { describe, expect, it } from 'vitest';
import { CURRENT_VERSION, emptyDocument, type ProgressDoc } from '../../src/progress/model/document.ts';
import { describeIssue } from '../../src/progress/model/import.ts';
import { isValidDocument } from '../../src/progress/model/read.ts';
import { progressDocument, recordChecks, type Problem } from '../../src/progress/model/validate.ts';
import { heavyDocument } from '../../bench/heavy-year.ts';
import {
  assessmentResultSchema,
  attemptSchema,
  draftSchema,
  lessonRecordSchema,
  outboxEntrySchema,
  progressSchema,
  quizDraftSchema,
  reviewCardSchema,
} from './progress-zod-oracle.ts';

const T = '2026-11-02T08:00:00.000Z';
const attempt = {
  id: 'a1',
  quiz: 'role-win-win',
  at: T,
  answers: { q1: 'a', q2: ['a', 'b'], q3: { p1: 'x', p2: 'y' } },
  confidence: { q1: 1, q2: 3 },
  scores: { q1: 1, q2: 0.5, q3: 0 },
  skills: { 'dual-role': { earned: 1.5, possible: 2 } },
  score: 0.5,
};
const assessment = {
  id: 'self/1',
  instrument: 'self',
  at: T,
  answers: { i1: 3, i2: 0 },
  levels: { s1: 2.5, s2: 10 },
};
const card = {
  quiz: 'role-win-win',
  question: 'q1',
  at: T,
  due: '2026-11-09T08:00:00+08:00',
  stability: 3.1,
  difficulty: 5,
  elapsed_days: 0,
  scheduled_days: 7,
  learning_steps: 0,
  reps: 1,
  lapses: 0,
  state: 2,
  last_review: T,
  missed: true,
};
const quizDraft = { at: T, answers: { q1: 'b' }, confidence: { q1: 2 } };
const outboxEntry = {
  at: T,
  statements: [
    { id: '2ed6657d-e927-568b-95e1-2665a8aea6a2', verb: { id: 'http://adlnet.gov/expapi/verbs/completed' } },
  ],
  count: 1,
};
const base = (): Record<string, unknown> =>
  structuredClone({
    ...emptyDocument(),
    lessons: { 'role/a': { done: true, at: T } },
    attempts: { a1: attempt },
    assessments: { 'self/1': assessment },
    drafts: { self: { at: T, answers: { i1: 2 } } },
    review: { 'role-win-win/q1': card },
    quizDrafts: { 'role-win-win': quizDraft },
    outbox: {
      'attempt:a1': outboxEntry,
      'lesson:role/a:2026-11-02T08:00:00.000Z': { ...outboxEntry, statements: [], sent: T },
    },
    settings: { askConfidence: false, at: T, seed: 'abc-123', lastExportAt: T },
  });

/** `base()` with the value at `path` replaced (or removed, for `undefined`). */
function withValue(path: string[], value: unknown): Record<string, unknown> {
  const doc = base();
  let cur = doc as Record<string, unknown>;
  for (const part of path.slice(0, -1)) cur = cur[part] as Record<string, unknown>;
  const last = path.at(-1)!;
  if (value === undefined) delete cur[last];
  else cur[last] = value;
  return doc;
}

const cases: [string, string[], unknown][] = [
  ['version 2', ['version'], 2],
  ['version as text', ['version'], '3'],
  ['no epoch', ['epoch'], undefined],
  ['epoch id with a space', ['epoch', 'id'], 'a b'],
  ['epoch time impossible', ['epoch', 'at'], '2026-02-30T00:00:00.000Z'],
  ['lessons as an array', ['lessons'], []],
  ['lesson done as text', ['lessons', 'role/a', 'done'], 'yes'],
  ['lesson time without zone', ['lessons', 'role/a', 'at'], '2026-11-02T08:00:00'],
  ['lesson time hour 24', ['lessons', 'role/a', 'at'], '2026-11-02T24:00:00Z'],
  ['lesson time as a number', ['lessons', 'role/a', 'at'], 1],
  ['lesson key in Chinese', ['lessons', '第一課'], { done: true, at: T }],
  ['lesson key toString', ['lessons', 'toString'], { done: true, at: T }],
  ['lesson key too long', ['lessons', 'x'.repeat(201)], { done: true, at: T }],
  ['lesson key empty', ['lessons', ''], { done: true, at: T }],
  ['lesson record null', ['lessons', 'role/a'], null],
  ['attempt without answers', ['attempts', 'a1', 'answers'], undefined],
  ['attempt answer a number', ['attempts', 'a1', 'answers', 'q1'], 3],
  ['attempt answer id with space', ['attempts', 'a1', 'answers', 'q1'], 'a b'],
  ['attempt answer array too long', ['attempts', 'a1', 'answers', 'q2'], Array.from({ length: 51 }, (_, i) => `o${i}`)],
  ['attempt answer array of 50', ['attempts', 'a1', 'answers', 'q2'], Array.from({ length: 50 }, (_, i) => `o${i}`)],
  ['attempt answer array with a number', ['attempts', 'a1', 'answers', 'q2'], ['a', 1]],
  [
    'attempt answer pairs too many',
    ['attempts', 'a1', 'answers', 'q3'],
    Object.fromEntries(Array.from({ length: 51 }, (_, i) => [`p${i}`, 'x'])),
  ],
  ['attempt answer pair value bad', ['attempts', 'a1', 'answers', 'q3'], { p1: 'x y' }],
  ['attempt answer null', ['attempts', 'a1', 'answers', 'q1'], null],
  ['attempt answer empty array', ['attempts', 'a1', 'answers', 'q2'], []],
  ['attempt confidence 4', ['attempts', 'a1', 'confidence', 'q1'], 4],
  ['attempt confidence "1"', ['attempts', 'a1', 'confidence', 'q1'], '1'],
  ['attempt without confidence', ['attempts', 'a1', 'confidence'], undefined],
  ['attempt score above 1', ['attempts', 'a1', 'score'], 1.01],
  ['attempt score below 0', ['attempts', 'a1', 'score'], -0.01],
  ['attempt score exactly 1', ['attempts', 'a1', 'score'], 1],
  ['attempt question score 2', ['attempts', 'a1', 'scores', 'q1'], 2],
  ['attempt skill earned negative', ['attempts', 'a1', 'skills', 'dual-role', 'earned'], -1],
  ['attempt skill without possible', ['attempts', 'a1', 'skills', 'dual-role', 'possible'], undefined],
  ['attempt skill as a number', ['attempts', 'a1', 'skills', 'dual-role'], 1],
  ['attempt quiz id bad', ['attempts', 'a1', 'quiz'], 'quiz one'],
  ['attempt unknown field', ['attempts', 'a1', 'extra'], { anything: true }],
  ['assessment answer 1.5', ['assessments', 'self/1', 'answers', 'i1'], 1.5],
  ['assessment answer negative', ['assessments', 'self/1', 'answers', 'i1'], -1],
  ['assessment answer a million', ['assessments', 'self/1', 'answers', 'i1'], 1_000_000],
  ['assessment answer above a million', ['assessments', 'self/1', 'answers', 'i1'], 1_000_001],
  ['assessment level 11', ['assessments', 'self/1', 'levels', 's1'], 11],
  ['assessment level 0', ['assessments', 'self/1', 'levels', 's1'], 0],
  ['draft answer text', ['drafts', 'self', 'answers', 'i1'], 'two'],
  ['draft time bad', ['drafts', 'self', 'at'], 'soon'],
  ['card state 4', ['review', 'role-win-win/q1', 'state'], 4],
  ['card state 1.5', ['review', 'role-win-win/q1', 'state'], 1.5],
  ['card missed false', ['review', 'role-win-win/q1', 'missed'], false],
  ['card without missed', ['review', 'role-win-win/q1', 'missed'], undefined],
  ['card without last review', ['review', 'role-win-win/q1', 'last_review'], undefined],
  ['card last review bad', ['review', 'role-win-win/q1', 'last_review'], '2026-13-01T00:00:00Z'],
  ['card due with offset 24h', ['review', 'role-win-win/q1', 'due'], '2026-11-09T08:00:00+24:00'],
  ['card stability negative', ['review', 'role-win-win/q1', 'stability'], -0.1],
  ['card reps as text', ['review', 'role-win-win/q1', 'reps'], '1'],
  ['card without due', ['review', 'role-win-win/q1', 'due'], undefined],
  ['quiz draft answer bad', ['quizDrafts', 'role-win-win', 'answers', 'q1'], false],
  ['quiz draft confidence 0', ['quizDrafts', 'role-win-win', 'confidence', 'q1'], 0],
  ['outbox statement id with a space', ['outbox', 'attempt:a1', 'statements', '0', 'id'], 'a 1'],
  ['outbox statement without id', ['outbox', 'attempt:a1', 'statements', '0', 'id'], undefined],
  ['outbox statement as text', ['outbox', 'attempt:a1', 'statements', '0'], 'statement'],
  ['outbox statements as an object', ['outbox', 'attempt:a1', 'statements'], {}],
  ['outbox count negative', ['outbox', 'attempt:a1', 'count'], -1],
  ['outbox sent impossible', ['outbox', 'attempt:a1', 'sent'], '2026-02-30T00:00:00Z'],
  ['outbox without at', ['outbox', 'attempt:a1', 'at'], undefined],
  ['settings without askConfidence', ['settings', 'askConfidence'], undefined],
  ['settings seed bad', ['settings', 'seed'], 'a seed'],
  ['settings last export impossible', ['settings', 'lastExportAt'], '2026-04-31T00:00:00Z'],
  ['settings as null', ['settings'], null],
  ['unknown top-level field', ['somethingNew'], 1],
];

const current = progressDocument(CURRENT_VERSION);
/** The oracle's verdict and first problem, in the shape the hand validator reports it. */
function oracle(doc: unknown): Problem | undefined {
  const result = z.safeParse(progressSchema, doc);
  if (result.success) return undefined;
  const issue = result.error.issues[0]!;
  return {
    path: issue.path.map((p) => p as string | number),
    ...(issue.code === 'custom' && issue.message === '時間格式不對或不存在' && { time: true as const }),
  };
}

describe('the progress validator equals the zod schema it replaced', () => {
  it('accepts the base document, as zod does', () => {
    expect(oracle(base())).toBeUndefined();
    expect(current(base())).toBeUndefined();
  });

  it.each(cases)('%s: same verdict and same first problem', (_name, path, value) => {
    const expected = oracle(withValue(path, value));
    const actual = current(withValue(path, value));
    expect(actual).toEqual(expected);
    // And so the same message a learner reads when an import is refused.
    expect(describeIssue(actual, withValue(path, value))).toBe(describeIssue(expected, withValue(path, value)));
  });

  it('removes unknown fields as zod did, and the result equals zod’s output', () => {
    const doc = withValue(['attempts', 'a1', 'extra'], 1);
    (doc['settings'] as Record<string, unknown>)['theme'] = 'dark';
    doc['somethingNew'] = {};
    const zodOut = z.parse(progressSchema, structuredClone(doc));
    expect(isValidDocument(doc)).toBe(true);
    expect(doc).toEqual(zodOut);
  });

  it('caps each collection at 20,000 records, as zod did', () => {
    const many = (n: number) => {
      const doc = base();
      doc['lessons'] = Object.fromEntries(Array.from({ length: n }, (_, i) => [`l${i}`, { done: true, at: T }]));
      return doc;
    };
    expect(current(many(20_000))).toEqual(oracle(many(20_000)));
    expect(current(many(20_001))).toEqual(oracle(many(20_001)));
    expect(current(many(20_001))).toEqual({ path: ['lessons'] });
  });

  it('agrees on every record of a heavy year', () => {
    const doc = heavyDocument() as ProgressDoc;
    expect(oracle(structuredClone(doc))).toBeUndefined();
    expect(current(structuredClone(doc))).toBeUndefined();
  });

  it.each([
    ['lessons', lessonRecordSchema, { done: true, at: T }],
    ['attempts', attemptSchema, attempt],
    ['assessments', assessmentResultSchema, assessment],
    ['drafts', draftSchema, { at: T, answers: { i1: 2 } }],
    ['review', reviewCardSchema, card],
    ['quizDrafts', quizDraftSchema, quizDraft],
    ['outbox', outboxEntrySchema, outboxEntry],
  ] as const)('checks one %s record as zod did, field by field', (name, schema, record) => {
    const check = recordChecks[name];
    expect(check(structuredClone(record))).toBeUndefined();
    for (const field of Object.keys(record)) {
      for (const bad of [undefined, null, 'x y', -1, 2, 1.5, [], {}, true, '2026-02-30T00:00:00Z']) {
        const mutant: Record<string, unknown> = structuredClone(record);
        if (bad === undefined) delete mutant[field];
        else mutant[field] = bad;
        const expected = z.safeParse(schema as z.ZodMiniType, structuredClone(mutant)).success;
        expect(check(mutant) === undefined, `${name}.${field} = ${JSON.stringify(bad)}`).toBe(expected);
      }
    }
  });
});
