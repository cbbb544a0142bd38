import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  CURRENT_VERSION,
  emptyDocument,
  type LessonRecord,
  type ProgressDoc,
} from '../../src/progress/model/document.ts';
import type { DurabilityAdapter } from '../../src/progress/browser/durability.ts';
import { memoryEngine } from '../../src/progress/browser/engine.ts';
import { buildBackupExport, buildExport } from '../../src/progress/model/export.ts';
import { parseImport } from '../../src/progress/model/import.ts';
import { importProgress } from '../../src/progress/store.ts';
import {
  $backups,
  $durability,
  $progress,
  $progressStatus,
  $undo,
  BACKUP_LIMIT,
  BACKUP_PREFIX,
  eraseProgress,
  listBackups,
  COLLECTION_KEYS,
  LEGACY_KEY,
  META_KEY,
  readBackup,
  recordExport,
  resumeProgress,
  setLessonDone,
  startProgress,
  stopProgress,
  UNDO_KEY,
} from '../../src/progress/store.ts';
import { rawParts, storedDoc } from './progress-storage.ts';
import { readSplit } from '../../src/progress/model/read.ts';

const at = (day: number) => new Date(Date.UTC(2026, 10, day, 8));
const done = (d: Date): LessonRecord => ({ done: true, at: d.toISOString() });
const doc = (lessons: Record<string, LessonRecord>): ProgressDoc => ({ ...emptyDocument(), lessons });
const stored = storedDoc;
/** A valid document with one record under a key that breaks the id rule. */
const badKey = (day: number) =>
  JSON.stringify({
    ...doc({ 'role/a': done(at(day)) }),
    lessons: { 'role/a': done(at(day)), 'role/客戶': done(at(day)) },
  });

afterEach(() => stopProgress());

describe('backups', () => {
  it('keeps at most three, newest first', () => {
    const engine = memoryEngine();
    for (let day = 1; day <= 5; day++) {
      engine.data.set(LEGACY_KEY, `{damaged ${day}`);
      startProgress(engine, at(day));
    }
    const keys = listBackups().map((b) => b.key);
    expect(keys).toHaveLength(BACKUP_LIMIT);
    expect(keys).toEqual([5, 4, 3].map((d) => `${BACKUP_PREFIX}${at(d).toISOString()}`));
    expect([...engine.data.keys()].filter((k) => k.startsWith(BACKUP_PREFIX))).toHaveLength(3);
    expect($backups.get().map((b) => b.key)).toEqual(keys);
  });

  it('repairs a bad key once: the next page load finds nothing to repair and adds no backup', () => {
    const engine = memoryEngine({ [LEGACY_KEY]: badKey(1) });
    startProgress(engine, at(1));
    expect($progressStatus.get().recovered).toMatchObject({ kept: 1, dropped: 1 });
    expect(listBackups()).toHaveLength(1);
    for (let day = 2; day <= 4; day++) {
      startProgress(engine, at(day));
      expect($progressStatus.get()).toEqual({ mode: 'saved' });
    }
    expect(listBackups()).toHaveLength(1);
    expect(engine.data.has(LEGACY_KEY)).toBe(false);
    expect(readSplit(rawParts(engine)).kind).toBe('ok');
  });

  it('keeps one backup of the same damage even when it is found twice', () => {
    const engine = memoryEngine({ [LEGACY_KEY]: '{"version":2,"less' });
    startProgress(engine, at(1));
    engine.data.set(LEGACY_KEY, '{"version":2,"less');
    startProgress(engine, at(2));
    expect(listBackups()).toHaveLength(1);
  });

  it('downloads a backup as a file that the import of the site reads back', () => {
    const engine = memoryEngine({ [LEGACY_KEY]: badKey(1) });
    startProgress(engine, at(1));
    const [first] = listBackups();
    const file = JSON.stringify(buildBackupExport(readBackup(first!.key) ?? '', first!.at, at(2)));
    const result = parseImport(file);
    expect(result).toMatchObject({ ok: true, salvaged: { kept: 1, dropped: 1 } });
    if (!result.ok) throw new Error('refused');
    expect(Object.keys(result.doc.lessons)).toEqual(['role/a']);
  });

  it('reads back a backup of an older version through the import', () => {
    const v1 = JSON.stringify({ version: 1, lessons: { 'role/a': done(at(1)) } });
    const result = parseImport(JSON.stringify(buildBackupExport(v1, at(1).toISOString())));
    expect(result).toMatchObject({ ok: true, fromVersion: 1 });
    expect(Object.hasOwn(result, 'salvaged')).toBe(false);
  });

  it('refuses a backup with nothing readable, with a Chinese reason', () => {
    const result = parseImport(JSON.stringify(buildBackupExport('{"version":2,"less', at(1).toISOString())));
    expect(result).toMatchObject({ ok: false, code: 'invalid' });
    expect(result.ok ? '' : result.message).toContain('沒有讀得出來的記錄');
  });
});

describe('undo and erase', () => {
  it('keeps the undo point in memory only', () => {
    const engine = memoryEngine();
    startProgress(engine, at(1));
    setLessonDone('role/a', true, at(1));
    importProgress(doc({ 'role/b': done(at(2)) }), 'merge', at(2));
    expect($undo.get()?.label).toBe('import');
    expect(engine.data.has(UNDO_KEY)).toBe(false);
  });

  it('removes an undo copy an older version left in storage', () => {
    const engine = memoryEngine({
      [UNDO_KEY]: JSON.stringify({ label: 'erase', doc: doc({ 'role/a': done(at(1)) }) }),
    });
    startProgress(engine, at(1));
    expect(engine.data.has(UNDO_KEY)).toBe(false);
  });

  it('erase removes the records, the backups and any undo copy; settings stay', () => {
    const engine = memoryEngine({ [LEGACY_KEY]: badKey(1) });
    startProgress(engine, at(1));
    setLessonDone('role/b', true, at(2));
    recordExport(at(2));
    engine.data.set(UNDO_KEY, 'left by an older version');
    eraseProgress(at(3));
    const left = [...engine.data.keys()];
    expect(left.sort()).toEqual([COLLECTION_KEYS.lessons, META_KEY].sort());
    expect(stored(engine)).toMatchObject({ lessons: {}, attempts: {}, drafts: {}, review: {} });
    expect(stored(engine).settings.lastExportAt).toBe(at(2).toISOString());
    expect(JSON.stringify(stored(engine))).not.toContain('role/');
    expect($backups.get()).toEqual([]);
  });
});

describe('two tabs on one storage engine', () => {
  it('an old tab never overwrites a document of a newer version written by another tab', async () => {
    const engine = memoryEngine();
    vi.resetModules();
    const tabA = await import('../../src/progress/store.ts');
    vi.resetModules();
    const tabB = await import('../../src/progress/store.ts');
    tabA.startProgress(engine, at(1));
    tabB.startProgress(engine, at(1));
    tabA.setLessonDone('role/a', true, at(1));
    tabB.setLessonDone('role/b', true, at(2));
    expect(Object.keys(stored(engine).lessons)).toEqual(['role/a', 'role/b']);
    // A newer deploy opened in a third tab writes the next version; no storage event reaches tab A.
    const lessons = engine.data.get(COLLECTION_KEYS.lessons);
    const v3 = JSON.stringify({ ...stored(engine), version: CURRENT_VERSION + 1, onlyInNext: {} });
    engine.data.set(META_KEY, v3);
    tabA.setLessonDone('role/d', true, at(4));
    expect(engine.data.get(META_KEY)).toBe(v3);
    expect(engine.data.get(COLLECTION_KEYS.lessons)).toBe(lessons);
    expect(tabA.$progressStatus.get()).toMatchObject({
      mode: 'memory',
      reason: 'newer',
      newerVersion: CURRENT_VERSION + 1,
    });
    // Tab B hears about it through the storage event and stops writing too.
    engine.emit(META_KEY, v3);
    tabB.setLessonDone('role/e', true, at(5));
    expect(engine.data.get(META_KEY)).toBe(v3);
    expect(engine.data.get(COLLECTION_KEYS.lessons)).toBe(lessons);
    expect(tabB.$progressStatus.get()).toMatchObject({ mode: 'memory', reason: 'newer' });
    tabA.stopProgress();
    tabB.stopProgress();
  });

  it('a page restored from the back/forward cache stops writing when a newer version wrote meanwhile', () => {
    const engine = memoryEngine();
    startProgress(engine, at(1));
    setLessonDone('role/a', true, at(1));
    const v3 = JSON.stringify({ ...stored(engine), version: CURRENT_VERSION + 1 });
    engine.data.set(META_KEY, v3);
    resumeProgress();
    expect($progressStatus.get()).toMatchObject({ mode: 'memory', reason: 'newer', newerVersion: CURRENT_VERSION + 1 });
    setLessonDone('role/b', true, at(2));
    expect(engine.data.get(META_KEY)).toBe(v3);
    expect(Object.keys(stored(engine).lessons)).toEqual(['role/a']);
  });

  it('backs up damage another tab left before writing over it', () => {
    const engine = memoryEngine();
    startProgress(engine, at(1));
    setLessonDone('role/a', true, at(1));
    engine.data.set(COLLECTION_KEYS.lessons, '{"torn write');
    setLessonDone('role/b', true, at(2));
    const backups = listBackups().map((b) => JSON.parse(readBackup(b.key) ?? 'null'));
    expect(backups.map((b) => b.keys[COLLECTION_KEYS.lessons])).toEqual(['{"torn write']);
    expect(Object.keys(stored(engine).lessons)).toEqual(['role/a', 'role/b']);
  });
});

describe('memory mode', () => {
  it('says so from the start of a page when storage cannot be written', () => {
    const engine = memoryEngine({ [LEGACY_KEY]: JSON.stringify(doc({ 'role/a': done(at(1)) })) });
    engine.failWrites = new Error('QuotaExceededError');
    startProgress(engine, at(2));
    expect($progressStatus.get()).toEqual({ mode: 'memory', reason: 'write-failed' });
    expect(Object.keys($progress.get().lessons)).toEqual(['role/a']);
  });
});

describe('persistent storage', () => {
  const adapter = (granted: boolean, already = false) => {
    const calls = { persist: 0 };
    const value: DurabilityAdapter = {
      persisted: async () => already,
      persist: async () => {
        calls.persist++;
        return granted;
      },
    };
    return { value, calls };
  };

  it('is asked for once, after the first record, not for an empty visit', async () => {
    const engine = memoryEngine();
    const { value, calls } = adapter(true);
    startProgress(engine, at(1), { durability: value });
    await Promise.resolve();
    expect(calls.persist).toBe(0);
    setLessonDone('role/a', true, at(1));
    setLessonDone('role/b', true, at(1));
    await vi.waitFor(() => expect($durability.get()).toEqual({ persisted: true }));
    expect(calls.persist).toBe(1);
  });

  it('is not asked again when the browser already keeps the data', async () => {
    const engine = memoryEngine({ [LEGACY_KEY]: JSON.stringify(doc({ 'role/a': done(at(1)) })) });
    const { value, calls } = adapter(false, true);
    startProgress(engine, at(1), { durability: value });
    await vi.waitFor(() => expect($durability.get()).toEqual({ persisted: true }));
    expect(calls.persist).toBe(0);
  });

  it('reports a refusal', async () => {
    const engine = memoryEngine();
    const { value } = adapter(false);
    startProgress(engine, at(1), { durability: value });
    setLessonDone('role/a', true, at(1));
    await vi.waitFor(() => expect($durability.get()).toEqual({ persisted: false }));
  });
});

describe('last export', () => {
  it('is stored in the settings and survives a merge with an older copy', () => {
    const engine = memoryEngine();
    startProgress(engine, at(1));
    setLessonDone('role/a', true, at(1));
    recordExport(at(2));
    expect(stored(engine).settings.lastExportAt).toBe(at(2).toISOString());
    const file = JSON.stringify(buildExport(doc({ 'role/z': done(at(1)) })));
    const parsed = parseImport(file);
    if (!parsed.ok) throw new Error(parsed.message);
    importProgress(parsed.doc, 'merge', at(3));
    expect(stored(engine).settings.lastExportAt).toBe(at(2).toISOString());
  });
});
