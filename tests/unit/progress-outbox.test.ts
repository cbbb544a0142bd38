import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { COLLECTIONS, emptyDocument, type OutboxEntry, type ProgressDoc } from '../../src/progress/model/document.ts';
import { parseImport } from '../../src/progress/model/import.ts';
import { memoryEngine } from '../../src/progress/browser/engine.ts';
import { mergeDocuments } from '../../src/progress/model/merge.ts';
import { migrate } from '../../src/progress/model/migrate.ts';
import { isValidDocument, readStored } from '../../src/progress/model/read.ts';
import { $progress, eraseProgress, startProgress, stopProgress, updateProgress } from '../../src/progress/store.ts';
import { withQueued, withSent, type Outbox } from '../../src/xapi/model/outbox.ts';

/** What the xAPI delivery does to the document (src/xapi/ui/start.ts). */
const queueOutbox = (entries: Outbox) => updateProgress((doc) => withQueued(doc, entries));
const markOutboxSent = (entries: Outbox) => updateProgress((doc) => withSent(doc, entries));
import { emitDoc, storedDoc } from './progress-storage.ts';

const statement = (id: string) => ({ id, verb: { id: 'http://adlnet.gov/expapi/verbs/completed' } });
const waiting = (at: string, ...ids: string[]): OutboxEntry => ({
  at,
  statements: ids.map(statement),
  count: ids.length,
});
const sent = (at: string, count: number): OutboxEntry => ({ at, statements: [], count, sent: at });
const ID1 = '2ed6657d-e927-568b-95e1-2665a8aea6a2';
const ID2 = '0f6e9a53-4a4a-5b8e-9e0b-2c3f0f1d2a11';

afterEach(() => stopProgress());

describe('the outbox in the progress document', () => {
  it('is validated: a statement needs an id; an entry its time and count', () => {
    const doc = (outbox: unknown) => ({ ...emptyDocument(), outbox });
    expect(
      isValidDocument(doc({ 'lesson:a/b:2026-11-30T07:00:00.000Z': waiting('2026-12-01T00:00:00.000Z', ID1) })),
    ).toBe(true);
    expect(isValidDocument(doc({ 'attempt:x': sent('2026-12-01T00:00:00.000Z', 7) }))).toBe(true);
    expect(isValidDocument(doc({ 'attempt:x': waiting('2026-12-01T00:00:00.000Z', 'not an id') }))).toBe(false);
    expect(isValidDocument(doc({ 'attempt:x': { at: 'yesterday', statements: [], count: 0 } }))).toBe(false);
    expect(isValidDocument(doc({ 'attempt:x': { at: '2026-12-01T00:00:00.000Z', statements: 'x', count: 0 } }))).toBe(
      false,
    );
    expect(isValidDocument(doc({ 'bad key!': sent('2026-12-01T00:00:00.000Z', 1) }))).toBe(false);
  });

  it('merges entry by entry, the sent state (written later) winning over the waiting one', () => {
    const a: ProgressDoc = { ...emptyDocument(), outbox: { k1: waiting('2026-12-01T00:00:00.000Z', ID1) } };
    const b: ProgressDoc = {
      ...emptyDocument(),
      outbox: { k1: sent('2026-12-01T01:00:00.000Z', 1), k2: waiting('2026-12-01T00:30:00.000Z', ID2) },
    };
    expect(mergeDocuments(a, b).outbox).toEqual(b.outbox);
    expect(mergeDocuments(b, a).outbox).toEqual(b.outbox);
  });

  it('is kept across a reload, and another tab’s sent marks are merged in', () => {
    const engine = memoryEngine();
    startProgress(engine);
    queueOutbox({ k1: waiting('2026-12-01T00:00:00.000Z', ID1), k2: waiting('2026-12-01T00:00:00.000Z', ID2) });
    // Queued again (another tab, a second flush): the entry already there is kept as it is.
    queueOutbox({ k1: waiting('2026-12-01T05:00:00.000Z', ID1) });
    expect(storedDoc(engine).outbox['k1']!.at).toBe('2026-12-01T00:00:00.000Z');
    stopProgress();
    startProgress(engine);
    expect(Object.keys($progress.get().outbox)).toEqual(['k1', 'k2']);
    const other = {
      ...storedDoc(engine),
      outbox: { ...storedDoc(engine).outbox, k2: sent('2026-12-01T02:00:00.000Z', 1) },
    };
    emitDoc(engine, other);
    markOutboxSent({ k1: sent('2026-12-01T03:00:00.000Z', 1) });
    // Marked sent twice (two tabs): the first mark stays.
    markOutboxSent({ k2: sent('2026-12-01T04:00:00.000Z', 1) });
    expect(storedDoc(engine).outbox).toEqual({
      k1: sent('2026-12-01T03:00:00.000Z', 1),
      k2: sent('2026-12-01T02:00:00.000Z', 1),
    });
  });

  it('keeps the statements not yet sent through an erase (they report what was done before it)', () => {
    const engine = memoryEngine();
    startProgress(engine);
    queueOutbox({ k1: waiting('2026-12-01T00:00:00.000Z', ID1) });
    markOutboxSent({ k1: sent('2026-12-01T01:00:00.000Z', 1) });
    queueOutbox({ k2: waiting('2026-12-01T02:00:00.000Z', ID2) });
    eraseProgress(new Date('2026-12-01T03:00:00.000Z'));
    expect(Object.keys(storedDoc(engine).outbox)).toEqual(['k2']);
  });

  it('migration 4 → 5: the v4 fixture comes forward with an empty outbox, every v4 record kept', () => {
    const v4 = JSON.parse(readFileSync(join(import.meta.dirname, '../fixtures/progress/v4.json'), 'utf8'));
    expect(v4.version).toBe(4);
    const migrated = migrate(structuredClone(v4));
    expect(migrated).toMatchObject({ ok: true, from: 4 });
    if (!migrated.ok) return;
    expect(migrated.doc['version']).toBe(5);
    expect(migrated.doc['outbox']).toEqual({});
    for (const name of COLLECTIONS.filter((c) => c !== 'outbox')) expect(migrated.doc[name]).toEqual(v4[name] ?? {});
    const read = readStored(JSON.stringify(v4));
    expect(read).toMatchObject({ kind: 'ok', migratedFrom: 4 });
    expect(read.doc.outbox).toEqual({});
    const imported = parseImport(JSON.stringify({ app: 'performance-coach', version: 4, document: v4 }));
    expect(imported).toMatchObject({ ok: true, fromVersion: 4 });
  });
});
