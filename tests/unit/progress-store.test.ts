import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { completedLessons, emptyDocument } from '../../src/progress/document.ts';
import { memoryEngine } from '../../src/progress/engine.ts';
import { mergeDocuments } from '../../src/progress/merge.ts';
import { readStored } from '../../src/progress/read.ts';
import {
  $progress,
  $progressStatus,
  BACKUP_PREFIX,
  PROGRESS_KEY,
  setLessonDone,
  startProgress,
  stopProgress,
} from '../../src/progress/store.ts';

const t0 = new Date('2026-11-01T08:00:00.000Z');
const t1 = new Date('2026-11-02T08:00:00.000Z');
const t2 = new Date('2026-11-03T08:00:00.000Z');
const stored = (engine: ReturnType<typeof memoryEngine>) => JSON.parse(engine.data.get(PROGRESS_KEY) ?? 'null');

afterEach(() => stopProgress());

describe('reading stored progress', () => {
  it.each([
    ['nothing stored', null, 'empty'],
    ['an empty string', '', 'empty'],
    [
      'a valid document',
      JSON.stringify({ version: 1, lessons: { 'role/a': { done: true, at: t0.toISOString() } } }),
      'ok',
    ],
    ['text that is not JSON', '{"version":1,"less', 'corrupt'],
    ['JSON of the wrong shape', '[1,2,3]', 'corrupt'],
    ['a document without a version', JSON.stringify({ lessons: {} }), 'corrupt'],
    [
      'a record with a bad time',
      JSON.stringify({ version: 1, lessons: { 'role/a': { done: true, at: 'yesterday' } } }),
      'corrupt',
    ],
    ['a document from a newer site', JSON.stringify({ version: 99, lessons: {} }), 'newer'],
  ])('%s → %s', (_name, raw, kind) => {
    expect(readStored(raw).kind).toBe(kind);
  });

  it('keeps the valid records of a partly damaged document', () => {
    const raw = JSON.stringify({
      version: 1,
      lessons: {
        'role/a': { done: true, at: t0.toISOString() },
        'role/b': { done: 'yes', at: t0.toISOString() },
        'role/c': { done: true, at: t1.toISOString() },
      },
    });
    const result = readStored(raw);
    expect(result).toMatchObject({ kind: 'corrupt', reason: 'invalid', kept: 2, dropped: 1 });
    expect([...completedLessons(result.doc)]).toEqual(['role/a', 'role/c']);
  });

  it('treats __proto__ keys as data, never as the prototype', () => {
    const raw = `{"version":1,"lessons":{"__proto__":{"done":true,"at":"${t0.toISOString()}"},"role/a":{"done":true,"at":"${t0.toISOString()}"}}}`;
    const result = readStored(raw);
    expect(Object.getPrototypeOf(result.doc.lessons)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>)['done']).toBeUndefined();
    expect(Object.keys(result.doc.lessons)).toEqual(['role/a']);
  });
});

describe('merging two copies', () => {
  const a = {
    version: 1 as const,
    lessons: { 'role/a': { done: true, at: t0.toISOString() }, 'role/b': { done: true, at: t1.toISOString() } },
  };
  const b = {
    version: 1 as const,
    lessons: { 'role/b': { done: false, at: t2.toISOString() }, 'role/c': { done: true, at: t0.toISOString() } },
  };

  it('keeps every lesson from both and the later change of each', () => {
    const merged = mergeDocuments(a, b);
    expect(merged.lessons).toEqual({
      'role/a': a.lessons['role/a'],
      'role/b': b.lessons['role/b'],
      'role/c': b.lessons['role/c'],
    });
  });
  it('is commutative and idempotent', () => {
    expect(JSON.stringify(mergeDocuments(a, b))).toBe(JSON.stringify(mergeDocuments(b, a)));
    const once = mergeDocuments(a, b);
    expect(mergeDocuments(once, once)).toEqual(once);
  });
  it('drops records older than an erase in either copy', () => {
    const erased = { ...emptyDocument(), resetAt: t1.toISOString() };
    expect(Object.keys(mergeDocuments(a, erased).lessons)).toEqual(['role/b']);
  });
});

describe('$progress with an injected engine', () => {
  let engine: ReturnType<typeof memoryEngine>;
  beforeEach(() => {
    engine = memoryEngine();
  });

  it('saves a completed lesson and reads it back after a restart', () => {
    startProgress(engine, t0);
    setLessonDone('role/a', true, t0);
    expect(stored(engine).lessons['role/a']).toEqual({ done: true, at: t0.toISOString() });
    startProgress(engine, t1);
    expect(completedLessons($progress.get())).toEqual(new Set(['role/a']));
    expect($progressStatus.get().mode).toBe('saved');
  });

  it('merges into what another tab wrote instead of overwriting it', () => {
    startProgress(engine, t0);
    // Another tab writes without this tab hearing about it yet.
    engine.data.set(
      PROGRESS_KEY,
      JSON.stringify({ version: 1, lessons: { 'role/x': { done: true, at: t0.toISOString() } } }),
    );
    setLessonDone('role/a', true, t1);
    expect(Object.keys(stored(engine).lessons)).toEqual(['role/a', 'role/x']);
  });

  it('listens for other tabs and keeps its own records', () => {
    startProgress(engine, t0);
    setLessonDone('role/a', true, t0);
    engine.emit(
      PROGRESS_KEY,
      JSON.stringify({ version: 1, lessons: { 'role/b': { done: true, at: t1.toISOString() } } }),
    );
    expect(completedLessons($progress.get())).toEqual(new Set(['role/a', 'role/b']));
    expect(Object.keys(stored(engine).lessons)).toEqual(['role/a', 'role/b']);
  });

  it('backs up damaged data before recovering, and tells why', () => {
    engine.data.set(PROGRESS_KEY, '{not json');
    startProgress(engine, t0);
    const key = `${BACKUP_PREFIX}${t0.toISOString()}`;
    expect(engine.data.get(key)).toBe('{not json');
    expect($progressStatus.get()).toMatchObject({ mode: 'saved', recovered: { backupKey: key, reason: 'not-json' } });
    expect(stored(engine)).toEqual(emptyDocument());
  });

  it('never overwrites damaged data it could not back up', () => {
    engine.data.set(PROGRESS_KEY, '{not json');
    engine.failWrites = new Error('QuotaExceededError');
    startProgress(engine, t0);
    setLessonDone('role/a', true, t0);
    expect(engine.data.get(PROGRESS_KEY)).toBe('{not json');
    expect($progressStatus.get()).toMatchObject({ mode: 'memory', reason: 'write-failed' });
    expect(completedLessons($progress.get())).toEqual(new Set(['role/a']));
  });

  it('keeps working in memory when storage is blocked', () => {
    engine.failReads = new Error('SecurityError');
    startProgress(engine, t0);
    setLessonDone('role/a', true, t0);
    expect($progressStatus.get()).toEqual({ mode: 'memory', reason: 'blocked' });
    expect(completedLessons($progress.get())).toEqual(new Set(['role/a']));
  });

  it('switches to memory and says so when a write fails', () => {
    startProgress(engine, t0);
    engine.failWrites = new Error('QuotaExceededError');
    setLessonDone('role/a', true, t0);
    expect($progressStatus.get()).toMatchObject({ mode: 'memory', reason: 'write-failed' });
    expect(completedLessons($progress.get())).toEqual(new Set(['role/a']));
  });

  it('does not overwrite a document written by a newer version of the site', () => {
    const newer = JSON.stringify({ version: 99, lessons: {}, somethingNew: true });
    engine.data.set(PROGRESS_KEY, newer);
    startProgress(engine, t0);
    setLessonDone('role/a', true, t0);
    expect(engine.data.get(PROGRESS_KEY)).toBe(newer);
    expect($progressStatus.get()).toMatchObject({ mode: 'memory', reason: 'newer', newerVersion: 99 });
  });
});
