/**
 * Progress version 4: the field tools' records. The v3 → v4 migration, the new collections stored, merged, salvaged,
 * exported and imported like the others, delete as a tombstone that survives a merge, undo, and the lesson page's
 * light path that never reads them.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { memoryEngine } from '../../src/progress/browser/engine.ts';
import { readLean } from '../../src/progress/model/lean.ts';
import { COLLECTIONS, CURRENT_VERSION, emptyDocument, type ProgressDoc } from '../../src/progress/model/document.ts';
import { buildExport } from '../../src/progress/model/export.ts';
import { applyImport, parseImport, previewImport } from '../../src/progress/model/import.ts';
import { mergeDocuments } from '../../src/progress/model/merge.ts';
import { migrate } from '../../src/progress/model/migrate.ts';
import { readStored } from '../../src/progress/model/read.ts';
import { COLLECTION_KEYS, META_KEY } from '../../src/progress/model/stored.ts';
import type { VisitRecord } from '../../src/progress/model/tool-records/index.ts';
import {
  $progress,
  $progressStatus,
  deleteToolRecord,
  importProgress,
  newToolRecordId,
  restoreToolRecord,
  saveToolRecord,
  startProgress,
  stopProgress,
} from '../../src/progress/store.ts';
import { putDoc, storedDoc } from './progress-storage.ts';

const fixture = (name: string) => readFileSync(join(import.meta.dirname, '../fixtures/progress', name), 'utf8');
const TOOLS = ['visits', 'salesPlans', 'shortages', 'reports', 'guidance'] as const;
const t0 = new Date('2026-11-21T01:00:00.000Z');
const t1 = new Date('2026-11-21T02:00:00.000Z');
const t2 = new Date('2026-11-21T03:00:00.000Z');

const visit = (id: string, retailer = '長興便利店'): VisitRecord => ({
  id,
  at: t0.toISOString(),
  retailer,
  date: '2026-11-21',
  purpose: '談好替代品的陳列位置',
  current: { sales: '', stock: '', display: '', issues: '' },
  desired: '',
  actions: '',
  bring: '',
  outcome: '',
  nextStep: '',
});

afterEach(() => stopProgress());

describe('migration 3 → 4', () => {
  it('adds the five empty tool collections and keeps every v3 record', () => {
    const v3 = JSON.parse(fixture('v3.json'));
    const result = migrate(structuredClone(v3));
    expect(result).toMatchObject({ ok: true, from: 3 });
    if (!result.ok) return;
    expect(result.doc['version']).toBe(CURRENT_VERSION);
    for (const name of TOOLS) expect(result.doc[name]).toEqual({});
    for (const name of ['epoch', 'lessons', 'attempts', 'assessments', 'drafts', 'review', 'quizDrafts', 'settings'])
      expect(result.doc[name]).toEqual(v3[name]);
  });

  it('reads the v3 fixture as a valid current document, noting where it came from', () => {
    const read = readStored(fixture('v3.json'));
    expect(read).toMatchObject({ kind: 'ok', migratedFrom: 3 });
    expect(read.doc.version).toBe(CURRENT_VERSION);
    expect(read.doc.visits).toEqual({});
  });

  it('imports a v3 progress file', () => {
    const result = parseImport(
      JSON.stringify({ app: 'performance-coach', version: 3, document: JSON.parse(fixture('v3.json')) }),
    );
    expect(result).toMatchObject({ ok: true, fromVersion: 3 });
  });
});

describe('the v4 document', () => {
  it('reads the v4 fixture: every tool record kept, tombstone included', () => {
    const read = readStored(fixture('v4.json'));
    expect(read.kind).toBe('ok');
    if (read.kind !== 'ok') return;
    expect(read.migratedFrom).toBe(4);
    const raw = JSON.parse(fixture('v4.json'));
    for (const name of TOOLS) expect(read.doc[name]).toEqual(raw[name]);
    expect(read.doc.visits['visit-mk0-b2']?.deleted).toBe(true);
  });

  it('has each tool collection in COLLECTIONS, so it is merged, previewed and exported like the others', () => {
    for (const name of TOOLS) expect(COLLECTIONS).toContain(name);
    const doc = readStored(fixture('v4.json')).doc;
    const preview = previewImport(emptyDocument(), doc);
    expect(preview.added).toMatchObject({ visits: 2, salesPlans: 1, shortages: 1, reports: 1, guidance: 1 });
    const again = parseImport(JSON.stringify(buildExport(doc)));
    expect(again.ok && again.doc).toEqual(doc);
  });

  it('salvages the good tool records and drops a broken one, counting it', () => {
    const data = JSON.parse(fixture('v4.json'));
    data.shortages['survey-bad'] = { ...data.shortages['survey-mk1-d4'], id: 'survey-bad', available: -1 };
    const read = readStored(JSON.stringify(data));
    expect(read).toMatchObject({ kind: 'corrupt', dropped: 1 });
    expect(Object.keys(read.doc.shortages)).toEqual(['survey-mk1-d4']);
    expect(Object.keys(read.doc.visits)).toHaveLength(2);
  });

  it('refuses an import with a broken tool record, naming the field, and imports nothing', () => {
    const data = JSON.parse(fixture('v4.json'));
    data.visits['visit-mk1-a1'].date = '2026-02-30';
    const result = parseImport(JSON.stringify({ app: 'performance-coach', version: 4, document: data }));
    expect(result).toEqual({
      ok: false,
      code: 'invalid',
      message: '檔案內容有誤：欄位「visits.visit-mk1-a1.date」的值不對。沒有匯入任何資料。',
    });
  });
});

describe('split storage across the version change', () => {
  it('reads keys a v3 site wrote without calling them damaged, then writes them again at v4', () => {
    const engine = memoryEngine();
    const v3 = readStored(fixture('v3.json')).doc;
    putDoc(engine, v3);
    // What the v3 site left: version 3 in every key, and no tool keys.
    for (const key of [...Object.values(COLLECTION_KEYS), META_KEY]) {
      const raw = engine.data.get(key);
      if (raw === undefined) continue;
      if (TOOLS.some((name) => COLLECTION_KEYS[name] === key)) engine.data.delete(key);
      else engine.data.set(key, raw.replace(`"version":${CURRENT_VERSION}`, '"version":3'));
    }
    startProgress(engine, t0);
    expect($progressStatus.get()).toEqual({ mode: 'saved' });
    expect($progress.get().lessons).toEqual(v3.lessons);
    expect($progress.get().attempts).toEqual(v3.attempts);
    expect(JSON.parse(engine.data.get(META_KEY)!).version).toBe(CURRENT_VERSION);
    expect(JSON.parse(engine.data.get(COLLECTION_KEYS.lessons)!).version).toBe(CURRENT_VERSION);
    // No backup: nothing was damaged.
    expect(engine.keys().filter((k) => k.includes('backup'))).toEqual([]);
  });

  it('the lesson page’s light path reads only the lessons, review and meta keys', () => {
    const engine = memoryEngine();
    putDoc(engine, readStored(fixture('v4.json')).doc);
    const asked: string[] = [];
    const lean = readLean((key: string) => {
      asked.push(key);
      return engine.data.get(key) ?? null;
    });
    expect(lean).toBeDefined();
    for (const name of TOOLS) expect(asked).not.toContain(COLLECTION_KEYS[name]);
    expect(asked).toContain(COLLECTION_KEYS.lessons);
  });
});

describe('saving, deleting and restoring tool records', () => {
  it('saves a record under its id, stamped with the time of the change, in its own key', () => {
    const engine = memoryEngine();
    startProgress(engine, t0);
    const result = saveToolRecord('visits', visit('visit-1'), t1);
    expect(result).toMatchObject({ ok: true, record: { id: 'visit-1', at: t1.toISOString() } });
    expect($progress.get().visits['visit-1']?.at).toBe(t1.toISOString());
    expect(JSON.parse(engine.data.get('performance-coach:visits')!).records['visit-1'].retailer).toBe('長興便利店');
    // Only the touched collection and meta are written.
    expect(engine.data.has('performance-coach:salesPlans')).toBe(false);
  });

  it('refuses a record that is not valid, names the field, and changes nothing', () => {
    const engine = memoryEngine();
    startProgress(engine, t0);
    const before = $progress.get();
    const result = saveToolRecord('visits', { ...visit('visit-1'), date: '2026-11-31' }, t1);
    expect(result).toEqual({ ok: false, problem: { path: ['date'] } });
    expect($progress.get()).toBe(before);
    expect(engine.data.has('performance-coach:visits')).toBe(false);
  });

  it('deletes as a tombstone that a tab still holding the record cannot undo, and restores on undo', () => {
    const engine = memoryEngine();
    startProgress(engine, t0);
    saveToolRecord('visits', visit('visit-1'), t0);
    const withRecord = $progress.get();
    expect(deleteToolRecord('visits', 'visit-1', t1)).toBe(true);
    expect($progress.get().visits['visit-1']).toMatchObject({ deleted: true, at: t1.toISOString() });
    // Deleting twice, or what does not exist, changes nothing.
    expect(deleteToolRecord('visits', 'visit-1', t2)).toBe(false);
    expect(deleteToolRecord('visits', 'nothing', t2)).toBe(false);
    // Another copy that still has the record: the later delete wins, both ways round.
    expect(mergeDocuments(withRecord, $progress.get()).visits['visit-1']?.deleted).toBe(true);
    expect(mergeDocuments($progress.get(), withRecord).visits['visit-1']?.deleted).toBe(true);
    // Undo brings it back, and the restore wins over the tombstone.
    const tombstone = $progress.get();
    expect(restoreToolRecord('visits', 'visit-1', t2)).toBe(true);
    expect($progress.get().visits['visit-1']).toEqual({ ...visit('visit-1'), at: t2.toISOString() });
    expect(mergeDocuments(tombstone, $progress.get()).visits['visit-1']?.deleted).toBeUndefined();
    expect(restoreToolRecord('visits', 'visit-1', t2)).toBe(false);
  });

  it('a delete survives importing a file exported before it', () => {
    const engine = memoryEngine();
    startProgress(engine, t0);
    saveToolRecord('visits', visit('visit-1'), t0);
    const exported = parseImport(JSON.stringify(buildExport($progress.get(), t0)));
    deleteToolRecord('visits', 'visit-1', t1);
    expect(exported.ok).toBe(true);
    if (!exported.ok) return;
    importProgress(exported.doc, 'merge', t2);
    expect($progress.get().visits['visit-1']?.deleted).toBe(true);
    expect(storedDoc(engine).visits['visit-1']?.deleted).toBe(true);
  });

  it('an edit made in another tab is not lost by this tab’s save of another record', () => {
    const engine = memoryEngine();
    startProgress(engine, t0);
    saveToolRecord('visits', visit('visit-1'), t0);
    const other: ProgressDoc = {
      ...$progress.get(),
      visits: { ...$progress.get().visits, 'visit-2': { ...visit('visit-2', 'R-0232'), at: t1.toISOString() } },
    };
    putDoc(engine, other);
    saveToolRecord('visits', visit('visit-3', '新民商店'), t2);
    expect(Object.keys(storedDoc(engine).visits)).toEqual(['visit-1', 'visit-2', 'visit-3']);
  });

  it('replace-import of a file without tool records keeps none of this browser’s', () => {
    const here = { ...emptyDocument(), visits: { 'visit-1': visit('visit-1') } };
    const replaced = applyImport(here, emptyDocument(), 'replace', { id: 'e2', at: t1.toISOString() });
    expect(replaced.visits).toEqual({});
  });

  it('makes record ids that are valid and distinct', () => {
    const ids = new Set(Array.from({ length: 50 }, () => newToolRecordId('visit', t0)));
    expect(ids.size).toBe(50);
    for (const id of ids) expect(id).toMatch(/^visit-[a-z0-9]+-[A-Za-z0-9]{1,12}$/);
  });
});
