import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  completedLessons,
  CURRENT_VERSION,
  emptyDocument,
  type Attempt,
  type LessonRecord,
  type ProgressDoc,
} from '../../src/progress/model/document.ts';
import { memoryEngine } from '../../src/progress/browser/engine.ts';
import { mergeDocuments } from '../../src/progress/model/merge.ts';
import { importProgress } from '../../src/progress/store.ts';
import { migrate } from '../../src/progress/model/migrate.ts';
import { readStored } from '../../src/progress/model/read.ts';
import {
  $progress,
  $progressStatus,
  $undo,
  BACKUP_PREFIX,
  eraseProgress,
  LEGACY_KEY,
  recordAttempt,
  setLessonDone,
  startProgress,
  stopProgress,
  resumeProgress,
  undoLastChange,
} from '../../src/progress/store.ts';
import { emitDoc, putDoc, storedDoc } from './progress-storage.ts';

const t0 = new Date('2026-11-01T08:00:00.000Z');
const t1 = new Date('2026-11-02T08:00:00.000Z');
const t2 = new Date('2026-11-03T08:00:00.000Z');
const done = (at: Date): LessonRecord => ({ done: true, at: at.toISOString() });
/** A current-version document with just these lessons. */
const doc = (
  lessons: Record<string, LessonRecord>,
  epoch: ProgressDoc['epoch'] = emptyDocument().epoch,
): ProgressDoc => ({
  ...emptyDocument(epoch),
  lessons,
});
const fixture = (name: string) => readFileSync(join(import.meta.dirname, '../fixtures/progress', name), 'utf8');
const stored = storedDoc;
const attempt = (id: string, at: Date): Attempt => ({
  id,
  quiz: 'role-win-win',
  at: at.toISOString(),
  answers: { q1: 'a' },
  scores: { q1: 1 },
  skills: { 'dual-role': { earned: 1, possible: 1 } },
  score: 1,
});

afterEach(() => stopProgress());

describe('reading stored progress', () => {
  it.each([
    ['nothing stored', null, 'empty'],
    ['an empty string', '', 'empty'],
    ['a valid document', JSON.stringify(doc({ 'role/a': done(t0) })), 'ok'],
    ['text that is not JSON', '{"version":2,"less', 'corrupt'],
    ['JSON of the wrong shape', '[1,2,3]', 'corrupt'],
    ['a document without a version', JSON.stringify({ lessons: {} }), 'corrupt'],
    ['a record with a bad time', JSON.stringify(doc({ 'role/a': { done: true, at: 'yesterday' } })), 'corrupt'],
    ['a document from a newer site', JSON.stringify({ version: 99, lessons: {} }), 'newer'],
  ])('%s → %s', (_name, raw, kind) => {
    expect(readStored(raw).kind).toBe(kind);
  });

  it('keeps the valid records of a partly damaged document', () => {
    const raw = JSON.stringify({
      ...doc({ 'role/a': done(t0), 'role/c': done(t1) }),
      lessons: { 'role/a': done(t0), 'role/b': { done: 'yes', at: t0.toISOString() }, 'role/c': done(t1) },
      attempts: { ok: attempt('ok', t0), bad: { ...attempt('bad', t0), score: -3 } },
    });
    const result = readStored(raw);
    expect(result).toMatchObject({ kind: 'corrupt', reason: 'invalid', kept: 3, dropped: 2 });
    expect([...completedLessons(result.doc)]).toEqual(['role/a', 'role/c']);
    expect(Object.keys(result.doc.attempts)).toEqual(['ok']);
  });

  it('treats __proto__ keys as data, never as the prototype', () => {
    const raw = JSON.stringify(doc({ 'role/a': done(t0) })).replace(
      '"lessons":{',
      `"lessons":{"__proto__":{"done":true,"at":"${t0.toISOString()}"},`,
    );
    const result = readStored(raw);
    expect(Object.getPrototypeOf(result.doc.lessons)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>)['done']).toBeUndefined();
    expect(Object.keys(result.doc.lessons)).toEqual(['role/a']);
  });
});

describe('migrations', () => {
  it.each([
    ['v1.json', 1],
    ['v2.json', 2],
    ['v3.json', 3],
  ])('brings the %s fixture to the current version', (name, from) => {
    const result = readStored(fixture(name));
    expect(result.kind).toBe('ok');
    expect(result.doc.version).toBe(CURRENT_VERSION);
    if (result.kind === 'ok') expect(result.migratedFrom).toBe(from === CURRENT_VERSION ? undefined : from);
  });

  it('keeps every lesson of a first-version document', () => {
    const result = readStored(fixture('v1.json'));
    expect(result.doc.lessons).toEqual(JSON.parse(fixture('v1.json')).lessons);
    expect(result.doc.attempts).toEqual({});
    expect(result.doc.settings).toEqual({ askConfidence: true });
  });

  it('refuses to migrate a newer or unversioned document', () => {
    expect(migrate({ version: 99 })).toEqual({ ok: false, reason: 'newer' });
    expect(migrate({ lessons: {} })).toEqual({ ok: false, reason: 'no-version' });
  });
});

describe('merging two copies', () => {
  const a = doc({ 'role/a': done(t0), 'role/b': done(t1) });
  const b = doc({ 'role/b': { done: false, at: t2.toISOString() }, 'role/c': done(t0) });

  it('keeps every lesson from both and the later change of each', () => {
    const merged = mergeDocuments(a, b);
    expect(merged.lessons).toEqual({ 'role/a': done(t0), 'role/b': b.lessons['role/b'], 'role/c': done(t0) });
  });
  it('keeps concurrent attempts from both', () => {
    const merged = mergeDocuments(
      { ...a, attempts: { x: attempt('x', t1) } },
      { ...b, attempts: { y: attempt('y', t1) } },
    );
    expect(Object.keys(merged.attempts)).toEqual(['x', 'y']);
  });
  it('is commutative and idempotent', () => {
    expect(JSON.stringify(mergeDocuments(a, b))).toBe(JSON.stringify(mergeDocuments(b, a)));
    const once = mergeDocuments(a, b);
    expect(mergeDocuments(once, once)).toEqual(once);
  });
  it('lets an erase win over a copy from before it', () => {
    const erased = doc({}, { id: 'later', at: t1.toISOString() });
    expect(mergeDocuments(a, erased).lessons).toEqual({});
    expect(mergeDocuments(erased, a).lessons).toEqual({});
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
    expect(stored(engine).lessons['role/a']).toEqual(done(t0));
    startProgress(engine, t1);
    expect(completedLessons($progress.get())).toEqual(new Set(['role/a']));
    expect($progressStatus.get().mode).toBe('saved');
  });

  it('upgrades a first-version document in place and keeps the original as a backup', () => {
    engine.data.set(LEGACY_KEY, fixture('v1.json'));
    startProgress(engine, t0);
    expect(stored(engine).version).toBe(CURRENT_VERSION);
    expect(engine.data.get(`${BACKUP_PREFIX}${t0.toISOString()}`)).toBe(fixture('v1.json'));
    expect($progressStatus.get()).toMatchObject({ mode: 'saved', migratedFrom: 1 });
  });

  it('merges into what another tab wrote instead of overwriting it', () => {
    startProgress(engine, t0);
    // Another tab writes without this tab hearing about it yet.
    putDoc(engine, doc({ 'role/x': done(t0) }));
    setLessonDone('role/a', true, t1);
    expect(Object.keys(stored(engine).lessons)).toEqual(['role/a', 'role/x']);
  });

  it('keeps both of two attempts recorded at the same time in two tabs', () => {
    startProgress(engine, t0);
    putDoc(engine, { ...doc({}), attempts: { other: attempt('other', t1) } });
    recordAttempt(attempt('mine', t1));
    expect(Object.keys(stored(engine).attempts)).toEqual(['mine', 'other']);
  });

  it('listens for other tabs and keeps its own records', () => {
    startProgress(engine, t0);
    setLessonDone('role/a', true, t0);
    emitDoc(engine, doc({ 'role/b': done(t1) }));
    expect(completedLessons($progress.get())).toEqual(new Set(['role/a', 'role/b']));
    expect(Object.keys(stored(engine).lessons)).toEqual(['role/a', 'role/b']);
  });

  it('follows an erase made in another tab instead of merging old records back', () => {
    startProgress(engine, t0);
    setLessonDone('role/a', true, t0);
    emitDoc(engine, doc({}, { id: 'erased', at: t1.toISOString() }));
    expect($progress.get().lessons).toEqual({});
    expect(stored(engine).lessons).toEqual({});
  });

  it('catches up on a page restored from the back/forward cache', () => {
    startProgress(engine, t0);
    setLessonDone('role/a', true, t0);
    // Another tab wrote while this page was frozen, and no storage event reached it.
    putDoc(engine, doc({ 'role/a': done(t0), 'role/b': done(t1) }));
    resumeProgress();
    expect(completedLessons($progress.get())).toEqual(new Set(['role/a', 'role/b']));
  });

  it('erases, and undoes the erase', () => {
    startProgress(engine, t0);
    setLessonDone('role/a', true, t0);
    eraseProgress(t1);
    expect(stored(engine).lessons).toEqual({});
    expect($undo.get()?.label).toBe('erase');
    expect(undoLastChange(t2)).toBe(true);
    expect(stored(engine).lessons).toEqual({ 'role/a': done(t0) });
  });

  it('imports by merge or replace, and undoes the import', () => {
    startProgress(engine, t0);
    setLessonDone('role/a', true, t0);
    importProgress(doc({ 'role/b': done(t1) }), 'merge', t1);
    expect(Object.keys(stored(engine).lessons)).toEqual(['role/a', 'role/b']);
    importProgress(doc({ 'role/c': done(t1) }), 'replace', t2);
    expect(Object.keys(stored(engine).lessons)).toEqual(['role/c']);
    undoLastChange(t2);
    expect(Object.keys(stored(engine).lessons)).toEqual(['role/a', 'role/b']);
  });

  it('backs up damaged data before recovering, and tells why', () => {
    engine.data.set(LEGACY_KEY, '{not json');
    startProgress(engine, t0);
    const key = `${BACKUP_PREFIX}${t0.toISOString()}`;
    expect(engine.data.get(key)).toBe('{not json');
    expect($progressStatus.get()).toMatchObject({ mode: 'saved', recovered: { backupKey: key, reason: 'not-json' } });
    expect(stored(engine)).toEqual(emptyDocument());
  });

  it('never overwrites damaged data it could not back up', () => {
    engine.data.set(LEGACY_KEY, '{not json');
    engine.failWrites = new Error('QuotaExceededError');
    startProgress(engine, t0);
    setLessonDone('role/a', true, t0);
    expect(engine.data.get(LEGACY_KEY)).toBe('{not json');
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
    engine.data.set(LEGACY_KEY, newer);
    startProgress(engine, t0);
    setLessonDone('role/a', true, t0);
    expect(engine.data.get(LEGACY_KEY)).toBe(newer);
    expect($progressStatus.get()).toMatchObject({ mode: 'memory', reason: 'newer', newerVersion: 99 });
  });
});
