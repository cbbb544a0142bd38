import { describe, expect, it } from 'vitest';
import { readCoachFields } from '../../src/progress/model/coach.ts';
import { buildExport } from '../../src/progress/model/export.ts';
import { emptyDocument } from '../../src/progress/model/document.ts';
import { parseImport } from '../../src/progress/model/import.ts';
import { readStored } from '../../src/progress/model/read.ts';

describe('readCoachFields', () => {
  it.each([
    ['  北區  小陳 ', ' north-1 ', { ok: true, displayName: '北區 小陳', teamCode: 'NORTH-1' }],
    ['', '', { ok: true, displayName: undefined, teamCode: undefined }],
    ['   ', '  ', { ok: true, displayName: undefined, teamCode: undefined }],
    ['Chen', 'A', { ok: true, displayName: 'Chen', teamCode: 'A' }],
    ['甲'.repeat(40), 'X'.repeat(20), { ok: true, displayName: '甲'.repeat(40), teamCode: 'X'.repeat(20) }],
  ])('keeps %j / %j as %j', (name, code, expected) => {
    expect(readCoachFields(name, code)).toEqual(expected);
  });

  it.each([
    ['甲'.repeat(41), '', 'displayName', 'too-long'],
    ['<b>小陳</b>', '', 'displayName', 'characters'],
    ['小\u0007陳', '', 'displayName', 'characters'],
    ['小陳', 'NORTH 1', 'teamCode', 'characters'],
    ['小陳', '-north', 'teamCode', 'characters'],
    ['小陳', '北區', 'teamCode', 'characters'],
    ['小陳', 'X'.repeat(21), 'teamCode', 'too-long'],
  ])('refuses %j / %j: %s is %s', (name, code, field, problem) => {
    expect(readCoachFields(name, code)).toEqual({ ok: false, field, problem });
  });
});

describe('the coach fields in the progress document', () => {
  const withCoach = () => {
    const doc = emptyDocument();
    doc.settings = { ...doc.settings, displayName: '北區 小陳', teamCode: 'NORTH-1', at: '2026-11-30T08:00:00.000Z' };
    return doc;
  };

  it('are carried by the export file and read back by the import', () => {
    const text = JSON.stringify(buildExport(withCoach(), new Date('2026-12-01T00:00:00.000Z')));
    const result = parseImport(text);
    expect(result.ok && result.doc.settings).toMatchObject({ displayName: '北區 小陳', teamCode: 'NORTH-1' });
  });

  it('are optional: a file without them imports as before', () => {
    const result = parseImport(JSON.stringify(buildExport(emptyDocument())));
    expect(result.ok && result.doc.settings).toEqual({ askConfidence: true });
  });

  it('refuse a file whose team code is not a code, naming the field', () => {
    const doc = withCoach();
    doc.settings.teamCode = 'no spaces allowed';
    const result = parseImport(JSON.stringify(buildExport(doc)));
    expect(result).toMatchObject({ ok: false, code: 'invalid' });
    expect(!result.ok && result.message).toContain('欄位「settings.teamCode」的值不對');
  });

  it('survive storage: the stored document keeps them', () => {
    const read = readStored(JSON.stringify(withCoach()));
    expect(read.kind === 'ok' && read.doc.settings.displayName).toBe('北區 小陳');
  });
});

describe('the coach fields in storage', () => {
  it('are kept by the full store across a restart (split keys)', async () => {
    const { memoryEngine } = await import('../../src/progress/browser/engine.ts');
    const store = await import('../../src/progress/store.ts');
    const engine = memoryEngine();
    store.startProgress(engine);
    store.updateSettings({ displayName: '北區 小陳', teamCode: 'NORTH-1' });
    store.stopProgress();
    store.startProgress(engine);
    expect(store.$progress.get().settings).toMatchObject({ displayName: '北區 小陳', teamCode: 'NORTH-1' });
    // Another change to the settings keeps them.
    store.updateSettings({ askConfidence: false });
    store.stopProgress();
    store.startProgress(engine);
    expect(store.$progress.get().settings).toMatchObject({ displayName: '北區 小陳', askConfidence: false });
    store.stopProgress();
  });

  it('a stored name that is not valid is left out, the other settings kept', async () => {
    const { readSplit } = await import('../../src/progress/model/read.ts');
    const meta = JSON.stringify({
      version: 3,
      epoch: { id: 'initial', at: '1970-01-01T00:00:00.000Z' },
      settings: { askConfidence: false, displayName: '<b>x</b>' },
    });
    const read = readSplit({ meta });
    expect(read.doc.settings).toEqual({ askConfidence: false });
  });
});
