/**
 * The page script's own reader (src/progress/model/lean.ts) and the quiz's (src/quiz/model/lean-doc.ts)
 * against the store's: whatever they accept, the store reads the same way with no damage, and what they
 * compute (due count, lesson write, the quiz's attempt number, draft and history) equals the store's figure.
 * The damaged inputs are generated: thousands of random edits of a valid stored document.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as events from '../../src/progress/browser/events.ts';
import { CURRENT_VERSION, emptyDocument, INITIAL_EPOCH, type ProgressDoc } from '../../src/progress/model/document.ts';
import { isProgressId } from '../../src/progress/model/ids.ts';
import { LEAN_VERSION, leanDue, leanId, leanLessonsValue, leanTime, readLean } from '../../src/progress/model/lean.ts';
import { readSplit } from '../../src/progress/model/read.ts';
import { dueCount } from '../../src/progress/model/review-queue.ts';
import { COLLECTION_KEYS, META_KEY } from '../../src/progress/model/stored.ts';
import { serialisePart } from '../../src/progress/model/stored-write.ts';
import { isValidIsoTime } from '../../src/progress/model/time.ts';
import { leanQuizDoc } from '../../src/quiz/model/lean-doc.ts';
import { attemptNumber, quizHistory, resumableDraft } from '../../src/quiz/model/session.ts';
import { mutate as randomEdit, random, type Random } from './random-edits.ts';

const root = join(import.meta.dirname, '../..');

const card = (quiz: string, question: string, due: string, extra: Record<string, unknown> = {}) => ({
  quiz,
  question,
  at: '2026-11-20T08:00:00.000Z',
  due,
  stability: 3.2,
  difficulty: 5.1,
  elapsed_days: 2,
  scheduled_days: 3,
  learning_steps: 0,
  reps: 2,
  lapses: 0,
  state: 2,
  last_review: '2026-11-20T08:00:00.000Z',
  ...extra,
});

function validDoc(): ProgressDoc {
  return {
    ...emptyDocument({ id: 'e-2026-11-01', at: '2026-11-01T00:00:00.000Z' }),
    lessons: {
      'role/a': { done: true, at: '2026-11-20T08:00:00.000Z' },
      'role/b': { done: false, at: '2026-11-21T08:00:00+08:00' },
    },
    review: {
      'q1:a': card('q1', 'a', '2026-11-25T08:00:00.000Z'),
      'q1:b': card('q1', 'b', '2026-12-25T08:00:00.000Z', { missed: true }),
      'q2:c': card('q2', 'c', '2026-12-05T08:00:00.000Z', { last_review: '2027-01-01T00:00:00.000Z' }),
    },
    attempts: {
      a1: {
        id: 'a1',
        quiz: 'q1',
        at: '2026-11-20T08:00:00.000Z',
        answers: { a: 'x' },
        scores: { a: 1 },
        skills: {},
        score: 0.5,
      },
      a2: {
        id: 'a2',
        quiz: 'q1',
        at: '2026-11-22T08:00:00.000Z',
        answers: { a: 'y' },
        scores: { a: 1 },
        skills: {},
        score: 0.75,
      },
    },
    quizDrafts: { q1: { at: '2026-11-23T08:00:00.000Z', answers: { a: 'x', b: ['p', 'q'] }, confidence: { a: 2 } } },
    settings: { askConfidence: true, seed: 'seed-1' },
  };
}

const PARTS = { meta: META_KEY, lessons: COLLECTION_KEYS.lessons, review: COLLECTION_KEYS.review } as const;
const entriesOf = (doc: ProgressDoc) =>
  new Map<string, string>([
    [META_KEY, serialisePart(doc, 'meta')],
    [COLLECTION_KEYS.lessons, serialisePart(doc, 'lessons')],
    [COLLECTION_KEYS.review, serialisePart(doc, 'review')],
    [COLLECTION_KEYS.attempts, serialisePart(doc, 'attempts')],
    [COLLECTION_KEYS.quizDrafts, serialisePart(doc, 'quizDrafts')],
  ]);

const VALUES: unknown[] = [
  null,
  true,
  false,
  0,
  -1,
  1.5,
  3,
  4,
  1e7,
  '',
  'x',
  'toString',
  'a b',
  '2026-11-31T08:00:00.000Z',
  '2026-11-30T24:00:00.000Z',
  '2026-02-29T08:00:00.000Z',
  '2028-02-29T08:00:00.000Z',
  '2026-11-30T08:00:00+24:00',
  '2026-11-30T08:00:00.000Z',
  '2027-06-01T08:00:00Z',
  [],
  ['a'],
  {},
  { id: 'x', at: '2026-11-01T00:00:00.000Z' },
  { done: true, at: '2026-11-20T08:00:00.000Z' },
];
const KEYS = ['x', 'toString', 'constructor', 'prototype', 'hasOwnProperty', 'a b', 'role/new', 'done', 'missed'];

/** One random edit somewhere inside `value` (a parsed stored part). */
const mutate = (value: unknown, r: Random) =>
  randomEdit(value, r, KEYS, VALUES, { maxDepth: 4, replace: 0.25, add: 0.15, remove: 0.15 });

describe('the lean reader agrees with the store', () => {
  it('is written in the store’s version, with the store’s event names', () => {
    expect(LEAN_VERSION).toBe(CURRENT_VERSION);
    const page = readFileSync(join(root, 'src/progress/ui/page.ts'), 'utf8');
    for (const name of [events.LIGHT_WROTE, events.STORE_CHANGED, events.STORE_UNUSUAL, events.UNUSUAL_MARK])
      expect(page).toContain(`'${name}'`);
    expect(INITIAL_EPOCH).toEqual({ id: 'initial', at: '1970-01-01T00:00:00.000Z' });
  });

  it('checks times and ids exactly as the store does', () => {
    const times = [
      ...VALUES.filter((v): v is string => typeof v === 'string'),
      '2026-12-01T58:05:00Z',
      '2026-13-01T00:00:00Z',
      '2026-04-31T00:00:00Z',
      '2026-04-30T00:00:00Z',
      '1900-02-29T00:00:00Z',
      '2000-02-29T00:00:00Z',
      '2026-11-30T23:59:60Z',
      '2026-11-30T23:59:59.123456789Z',
      '2026-11-30T23:59:59.1234567890Z',
      '2026-11-30T23:59:59-23:59',
      '2026-11-30T23:59:59-23:60',
      '2026-11-30 23:59:59Z',
      '2026-00-10T00:00:00Z',
      '2026-11-00T00:00:00Z',
    ];
    for (const t of times) expect(leanTime(t), t).toBe(isValidIsoTime(t));
    const ids = ['a', 'role/a', 'q1:a', 'a.b_c-d', '', 'a b', '中文', 'toString', '__proto__', 'prototype', 'valueOf'];
    ids.push('x'.repeat(200), 'x'.repeat(201));
    for (const id of ids) expect(leanId(id), id).toBe(isProgressId(id));
  });

  it('reads a valid document as the store does: lessons, review cards, due count at any time', () => {
    const data = entriesOf(validDoc());
    const lean = readLean((k) => data.get(k) ?? null)!;
    expect(lean).toBeDefined();
    expect(lean.lessons).toEqual(validDoc().lessons);
    expect(lean.review).toEqual(validDoc().review);
    for (const now of ['2026-11-01T00:00:00Z', '2026-11-26T00:00:00Z', '2026-12-06T00:00:00Z', '2027-02-01T00:00:00Z'])
      expect(leanDue(lean.review, new Date(now)), now).toBe(dueCount(validDoc(), new Date(now)));
  });

  it('an empty storage reads as a new learner, and the first write is one the store reads', () => {
    const data = new Map<string, string>();
    const lean = readLean((k) => data.get(k) ?? null)!;
    expect(lean).toMatchObject({ epoch: INITIAL_EPOCH, lessons: {}, review: {} });
    data.set(COLLECTION_KEYS.lessons, leanLessonsValue(lean, 'role/a', true, new Date('2026-11-30T08:00:00Z')));
    const read = readSplit({ lessons: data.get(COLLECTION_KEYS.lessons)! });
    expect(read.kind).toBe('ok');
    expect(read.doc.lessons).toEqual({ 'role/a': { done: true, at: '2026-11-30T08:00:00.000Z' } });
  });

  it('on 4,000 random edits: what it accepts, the store reads the same with no damage to lessons or review', () => {
    const r = random(20261202);
    let accepted = 0;
    let refused = 0;
    for (let i = 0; i < 4000; i++) {
      const data = entriesOf(validDoc());
      const part = r.pick(Object.values(PARTS));
      const parsed = JSON.parse(data.get(part)!) as unknown;
      const edited = r.next() < 0.05 ? '{"version":3,' : JSON.stringify(mutate(parsed, r));
      data.set(part, edited);
      const lean = readLean((k) => data.get(k) ?? null);
      const store = readSplit({
        meta: data.get(META_KEY) ?? null,
        lessons: data.get(COLLECTION_KEYS.lessons) ?? null,
        review: data.get(COLLECTION_KEYS.review) ?? null,
      });
      if (!lean) {
        refused++;
        continue;
      }
      accepted++;
      const context = `edit ${i} of ${part}: ${edited.slice(0, 300)}`;
      expect(store.kind, context).not.toBe('newer');
      if (store.kind === 'corrupt') expect(store.damaged, context).toEqual(['meta']);
      expect(lean.lessons, context).toEqual(store.doc.lessons);
      expect(lean.review, context).toEqual(store.doc.review);
      expect(lean.epoch, context).toEqual(store.doc.epoch);
      const now = new Date('2026-12-01T00:00:00Z');
      expect(leanDue(lean.review, now), context).toBe(dueCount(store.doc, now));
    }
    // Both sides of the line are exercised.
    expect(accepted).toBeGreaterThan(200);
    expect(refused).toBeGreaterThan(400);
  });

  it('torn writes (two epochs), a newer version and the old single key are left to the store', () => {
    const base = entriesOf(validDoc());
    const other = { ...validDoc(), epoch: { id: 'e-later', at: '2026-11-30T00:00:00.000Z' } };
    const torn = new Map(base).set(COLLECTION_KEYS.lessons, serialisePart(other, 'lessons'));
    expect(readLean((k) => torn.get(k) ?? null)).toBeUndefined();
    const newer = new Map(base).set(
      META_KEY,
      JSON.stringify({ version: CURRENT_VERSION + 1, epoch: validDoc().epoch, settings: {} }),
    );
    expect(readLean((k) => newer.get(k) ?? null)).toBeUndefined();
    const legacy = new Map(base).set('performance-coach:progress', '{}');
    expect(readLean((k) => legacy.get(k) ?? null)).toBeUndefined();
    expect(
      readLean(() => {
        throw new DOMException('blocked', 'SecurityError');
      }),
    ).toBeUndefined();
  });
});

describe('the quiz’s lean read (quiz/model/lean-doc.ts)', () => {
  const questions = [{ id: 'a' }, { id: 'b' }] as never;

  it('gives the quiz what the store’s document gives it', () => {
    const data = entriesOf(validDoc());
    const lean = leanQuizDoc((k) => data.get(k) ?? null, 'q1')!;
    expect(lean).toBeDefined();
    expect(lean.settings).toEqual({ askConfidence: true, seed: 'seed-1' });
    expect(attemptNumber(lean, 'q1')).toBe(attemptNumber(validDoc(), 'q1'));
    expect(quizHistory(lean, 'q1')).toEqual({ attempts: 2, best: 0.75, last: 0.75 });
    expect(resumableDraft(lean, 'q1', questions)).toEqual(resumableDraft(validDoc(), 'q1', questions));
    expect(lean.lessons).toEqual(validDoc().lessons);
    const other = leanQuizDoc((k) => data.get(k) ?? null, 'q9')!;
    expect(attemptNumber(other, 'q9')).toBe(0);
    expect(quizHistory(other, 'q9')).toBeUndefined();
  });

  it.each([
    [
      'an attempt of this quiz with an impossible time',
      { attempts: { a1: { quiz: 'q1', at: '2026-11-31T00:00:00Z', score: 1 } } },
    ],
    [
      'an attempt of this quiz with a score above 1',
      { attempts: { a1: { quiz: 'q1', at: '2026-11-30T00:00:00Z', score: 2 } } },
    ],
    ['a draft whose answer is a number', { quizDrafts: { q1: { at: '2026-11-30T00:00:00Z', answers: { a: 3 } } } }],
    [
      'a draft with a confidence of 4',
      { quizDrafts: { q1: { at: '2026-11-30T00:00:00Z', answers: {}, confidence: { a: 4 } } } },
    ],
    ['no confidence setting', { settings: { seed: 'x' } }],
    ['a seed that is not an id', { settings: { askConfidence: true, seed: 'a b' } }],
  ])('leaves %s to the store', (_name, change) => {
    const doc = { ...validDoc(), ...change } as unknown as ProgressDoc;
    const data = entriesOf(doc);
    expect(leanQuizDoc((k) => data.get(k) ?? null, 'q1')).toBeUndefined();
  });

  it('a new learner: no seed yet, nothing attempted', () => {
    const lean = leanQuizDoc(() => null, 'q1')!;
    expect(lean.settings).toEqual({ askConfidence: true });
    expect(attemptNumber(lean, 'q1')).toBe(0);
  });
});
