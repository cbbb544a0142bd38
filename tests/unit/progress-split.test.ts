/**
 * The split storage layout: one key per collection plus meta. A change writes only what it
 * touched; one damaged key is salvaged without touching the others; a write torn between keys
 * never brings erased records back; the single key of earlier versions is moved without loss.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { memoryEngine, type StorageEngine } from '../../src/progress/browser/engine.ts';
import { readLight, writeLessonLight } from '../../src/progress/browser/light.ts';
import { emptyDocument, type Attempt, type ProgressDoc } from '../../src/progress/model/document.ts';
import { readStored } from '../../src/progress/model/read.ts';
import { COLLECTION_KEYS, LEGACY_KEY, META_KEY } from '../../src/progress/model/stored.ts';
import { serialisePart } from '../../src/progress/model/stored-write.ts';
import {
  $progress,
  $progressStatus,
  BACKUP_PREFIX,
  eraseProgress,
  listBackups,
  readBackup,
  recordAttempt,
  setLessonDone,
  startProgress,
  stopProgress,
} from '../../src/progress/store.ts';
import { putDoc, splitEntries, storedDoc } from './progress-storage.ts';

const t0 = new Date('2026-11-01T08:00:00.000Z');
const t1 = new Date('2026-11-02T08:00:00.000Z');
const t2 = new Date('2026-11-03T08:00:00.000Z');
const fixture = (name: string) => readFileSync(join(import.meta.dirname, '../fixtures/progress', name), 'utf8');
const attempt = (id: string, at: Date): Attempt => ({
  id,
  quiz: 'role-win-win',
  at: at.toISOString(),
  answers: { q1: 'a' },
  scores: { q1: 1 },
  skills: { 'dual-role': { earned: 1, possible: 1 } },
  score: 1,
});
const rich = (): ProgressDoc => ({
  ...emptyDocument(),
  lessons: { 'role/a': { done: true, at: t0.toISOString() } },
  attempts: { x: attempt('x', t0), y: attempt('y', t1) },
  review: {},
});

/** An engine that records every write. */
function recording(initial: Record<string, string>) {
  const inner = memoryEngine(initial);
  const writes: string[] = [];
  const engine: StorageEngine & { inner: typeof inner } = {
    inner,
    get: (k) => inner.get(k),
    set(k, v) {
      writes.push(k);
      inner.set(k, v);
    },
    remove(k) {
      writes.push(`-${k}`);
      inner.remove(k);
    },
    keys: () => inner.keys(),
    listen: (cb) => inner.listen(cb),
  };
  return { engine, writes };
}

afterEach(() => stopProgress());

describe('writes touch only the collections that changed', () => {
  it('marking a lesson done writes the lessons key alone', () => {
    const { engine, writes } = recording(splitEntries(rich()));
    startProgress(engine, t1);
    writes.length = 0;
    setLessonDone('role/b', true, t1);
    expect(writes.filter((k) => k !== 'performance-coach:probe')).toEqual([COLLECTION_KEYS.lessons]);
    expect(engine.inner.data.get(COLLECTION_KEYS.attempts)).toBe(serialisePart(rich(), 'attempts'));
  });

  it('recording an attempt writes the attempts key alone; settings write meta alone', () => {
    const { engine, writes } = recording(splitEntries(rich()));
    startProgress(engine, t1);
    writes.length = 0;
    recordAttempt(attempt('z', t2));
    expect(writes).toEqual([COLLECTION_KEYS.attempts]);
    expect(Object.keys(storedDoc(engine.inner).attempts)).toEqual(['x', 'y', 'z']);
  });

  it('a new learner stores only what they did, not empty collections', () => {
    const engine = memoryEngine();
    startProgress(engine, t0);
    setLessonDone('role/a', true, t0);
    expect([...engine.data.keys()].sort()).toEqual([COLLECTION_KEYS.lessons, META_KEY].sort());
  });

  it('another tab’s write to one key is merged in without reading the others again', () => {
    const engine = memoryEngine(splitEntries(rich()));
    startProgress(engine, t0);
    const other = { ...rich(), lessons: { ...rich().lessons, 'role/c': { done: true, at: t1.toISOString() } } };
    engine.emit(COLLECTION_KEYS.lessons, serialisePart(other, 'lessons'));
    expect(Object.keys($progress.get().lessons)).toEqual(['role/a', 'role/c']);
    expect(Object.keys($progress.get().attempts)).toEqual(['x', 'y']);
  });
});

describe('one damaged key', () => {
  it('is salvaged and backed up; the other keys are not touched', () => {
    const entries = splitEntries(rich());
    entries[COLLECTION_KEYS.attempts] = entries[COLLECTION_KEYS.attempts]!.replace('"score":1}', '"score":7}');
    const { engine, writes } = recording(entries);
    startProgress(engine, t1);
    expect($progressStatus.get()).toMatchObject({ mode: 'saved', recovered: { reason: 'invalid', kept: 1 } });
    expect(Object.keys($progress.get().attempts)).toEqual(['y']);
    expect($progress.get().lessons).toEqual(rich().lessons);
    const stores = writes.filter((k) => !k.startsWith(BACKUP_PREFIX) && !k.includes('probe'));
    expect(stores).toEqual([COLLECTION_KEYS.attempts]);
    // The backup holds the damaged key byte for byte, and the import reads it back.
    const backup = JSON.parse(readBackup(listBackups()[0]!.key)!);
    expect(backup.keys[COLLECTION_KEYS.attempts]).toBe(entries[COLLECTION_KEYS.attempts]);
    expect(readStored(readBackup(listBackups()[0]!.key))).toMatchObject({ kind: 'corrupt', kept: 1, dropped: 1 });
    // Repaired once: the next page finds nothing to repair.
    startProgress(engine, t2);
    expect($progressStatus.get()).toEqual({ mode: 'saved' });
    expect(listBackups()).toHaveLength(1);
  });

  it('that is not JSON at all loses only that collection', () => {
    const entries = splitEntries(rich());
    entries[COLLECTION_KEYS.lessons] = '{"version":3,"epo';
    startProgress(memoryEngine(entries), t1);
    expect($progressStatus.get()).toMatchObject({ recovered: { reason: 'not-json' } });
    expect($progress.get().lessons).toEqual({});
    expect(Object.keys($progress.get().attempts)).toEqual(['x', 'y']);
  });
});

describe('a write torn between keys', () => {
  it('an erase that reached meta but not the collections does not bring the records back', () => {
    const engine = memoryEngine(splitEntries(rich()));
    const erased = { ...emptyDocument({ id: 'erased', at: t2.toISOString() }), settings: rich().settings };
    engine.data.set(META_KEY, serialisePart(erased, 'meta'));
    startProgress(engine, t2);
    expect($progress.get().epoch.id).toBe('erased');
    expect($progress.get().lessons).toEqual({});
    expect($progress.get().attempts).toEqual({});
    // The stale keys are rewritten in the new epoch.
    expect(JSON.parse(engine.data.get(COLLECTION_KEYS.attempts)!)).toMatchObject({
      epoch: { id: 'erased' },
      records: {},
    });
  });

  it('a replace that reached some collections first: the newer epoch wins, older keys read as empty', () => {
    const engine = memoryEngine(splitEntries(rich()));
    const replaced = {
      ...emptyDocument({ id: 'replaced', at: t2.toISOString() }),
      lessons: { 'role/z': { done: true, at: t2.toISOString() } },
    };
    engine.data.set(COLLECTION_KEYS.lessons, serialisePart(replaced, 'lessons'));
    startProgress(engine, t2);
    expect($progress.get().epoch.id).toBe('replaced');
    expect(Object.keys($progress.get().lessons)).toEqual(['role/z']);
    expect($progress.get().attempts).toEqual({});
  });

  it('erase writes every stored key in the new epoch and the other tab follows it', () => {
    const engine = memoryEngine(splitEntries(rich()));
    startProgress(engine, t0);
    eraseProgress(t2);
    expect(storedDoc(engine)).toMatchObject({ lessons: {}, attempts: {} });
    expect(readStored(null).kind).toBe('empty');
  });
});

describe('the single key of earlier versions', () => {
  it('is moved into the split keys without loss, kept as a backup, then removed', () => {
    const raw = fixture('v3.json');
    const engine = memoryEngine({ [LEGACY_KEY]: raw });
    startProgress(engine, t0);
    const before = readStored(raw);
    if (before.kind !== 'ok') throw new Error('fixture');
    expect(storedDoc(engine)).toEqual(before.doc);
    expect(engine.data.has(LEGACY_KEY)).toBe(false);
    expect(engine.data.get(`${BACKUP_PREFIX}${t0.toISOString()}`)).toBe(raw);
    expect($progressStatus.get()).toMatchObject({ mode: 'saved' });
    // The next page reads the split keys: nothing to move or repair.
    startProgress(engine, t1);
    expect($progressStatus.get()).toEqual({ mode: 'saved' });
    expect($progress.get()).toEqual(before.doc);
  });

  it('written by a tab of an older version after the move is merged in', () => {
    const engine = memoryEngine();
    startProgress(engine, t0);
    setLessonDone('role/a', true, t0);
    const old = { ...emptyDocument(), lessons: { 'role/old': { done: true, at: t1.toISOString() } } };
    engine.emit(LEGACY_KEY, JSON.stringify(old));
    expect(Object.keys(storedDoc(engine).lessons)).toEqual(['role/a', 'role/old']);
    expect(engine.data.has(LEGACY_KEY)).toBe(false);
  });
});

describe('the lesson page’s plain script (browser/light.ts)', () => {
  /** A Web Storage over a memory engine's map. */
  const storage = (data: Map<string, string>, failWrites = false) =>
    ({
      getItem: (k: string) => data.get(k) ?? null,
      setItem(k: string, v: string) {
        if (failWrites) throw new DOMException('full', 'QuotaExceededError');
        data.set(k, v);
      },
      removeItem: (k: string) => void data.delete(k),
    }) as unknown as Storage;

  it('reads lessons and review, and marks a lesson done by rewriting the lessons key only', () => {
    const engine = memoryEngine(splitEntries(rich()));
    const attempts = engine.data.get(COLLECTION_KEYS.attempts);
    const light = readLight(storage(engine.data));
    expect(light).toMatchObject({ kind: 'ok', lessons: rich().lessons });
    expect(writeLessonLight('role/b', true, t2, storage(engine.data))).toBe(true);
    expect(engine.data.get(COLLECTION_KEYS.attempts)).toBe(attempts);
    // The full store reads what the plain script wrote, with no notice.
    startProgress(engine, t2);
    expect($progressStatus.get()).toEqual({ mode: 'saved' });
    expect($progress.get().lessons['role/b']).toEqual({ done: true, at: t2.toISOString() });
  });

  it.each([
    ['the single key still to move', { [LEGACY_KEY]: fixture('v3.json') }],
    ['data of a newer version', { [META_KEY]: JSON.stringify({ version: 99 }) }],
    ['damaged lessons', { [COLLECTION_KEYS.lessons]: '{"version":3,' }],
    [
      'a damaged review card',
      {
        [COLLECTION_KEYS.review]: serialisePart(
          { ...emptyDocument(), review: { x: { quiz: 'q' } as never } },
          'review',
        ),
      },
    ],
  ])('leaves %s to the full store', (_name, entries) => {
    const data = new Map(Object.entries(entries as Record<string, string>));
    expect(readLight(storage(data)).kind).toBe('unusual');
    expect(writeLessonLight('role/a', true, t0, storage(data))).toBe(false);
  });

  it('does not write when storage is full, so the store can say so', () => {
    const data = new Map<string, string>();
    expect(writeLessonLight('role/a', true, t0, storage(data, true))).toBe(false);
    expect(data.size).toBe(0);
  });

  it('keeps another tab’s lessons: it reads the key fresh before writing', () => {
    const data = new Map(Object.entries(splitEntries(rich())));
    readLight(storage(data));
    putDoc(memoryEngineOver(data), {
      ...rich(),
      lessons: { ...rich().lessons, 'role/c': { done: true, at: t1.toISOString() } },
    });
    writeLessonLight('role/b', true, t2, storage(data));
    expect(Object.keys(JSON.parse(data.get(COLLECTION_KEYS.lessons)!).records)).toEqual(['role/a', 'role/b', 'role/c']);
  });
});

/** A memory engine sharing `data` (for putDoc). */
function memoryEngineOver(data: Map<string, string>) {
  const engine = memoryEngine();
  engine.data = data;
  return engine;
}
