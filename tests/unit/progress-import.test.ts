import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { emptyDocument, type ProgressDoc } from '../../src/progress/model/document.ts';
import { buildExport } from '../../src/progress/model/export.ts';
import { applyImport, MAX_IMPORT_BYTES, parseImport, previewImport } from '../../src/progress/model/import.ts';

const dir = join(import.meta.dirname, '../fixtures/imports');
const read = (name: string) => readFileSync(join(dir, name), 'utf8');
const epoch = { id: 'after-import', at: '2026-11-27T00:00:00.000Z' };

describe('refusing bad progress files', () => {
  it.each([
    ['truncated.json', 'not-json', '這個檔案不是有效的 JSON，可能被截斷或修改過。請重新下載一次進度檔再匯入。'],
    ['empty.json', 'empty', '檔案是空的。請選擇從本網站下載的進度檔。'],
    [
      'wrong-app.json',
      'not-ours',
      '這不是「績效教練」的進度檔（缺少 app 標記或 document 內容）。請選擇從「我的進度」頁面下載的檔案。',
    ],
    [
      'bare-document.json',
      'not-ours',
      '這不是「績效教練」的進度檔（缺少 app 標記或 document 內容）。請選擇從「我的進度」頁面下載的檔案。',
    ],
    [
      'array.json',
      'not-ours',
      '這不是「績效教練」的進度檔（缺少 app 標記或 document 內容）。請選擇從「我的進度」頁面下載的檔案。',
    ],
    ['no-version.json', 'no-version', '檔案缺少有效的版本號，無法判斷格式。請重新下載進度檔。'],
    ['string-version.json', 'no-version', '檔案缺少有效的版本號，無法判斷格式。請重新下載進度檔。'],
    [
      'future-version.json',
      'newer-version',
      '這個檔案來自較新版本的網站（第 99 版，這裡是第 5 版）。請在最新版網站匯入，以免遺失資料。',
    ],
    [
      'proto-pollution.json',
      'forbidden-key',
      '檔案含有不允許的欄位名稱（__proto__、constructor 或 prototype），為了安全沒有匯入。',
    ],
    [
      'constructor-key.json',
      'forbidden-key',
      '檔案含有不允許的欄位名稱（__proto__、constructor 或 prototype），為了安全沒有匯入。',
    ],
    [
      'wrong-types.json',
      'invalid',
      '檔案內容有誤：欄位「lessons.role/company-representative.done」的值不對。沒有匯入任何資料。',
    ],
    ['negative-score.json', 'invalid', '檔案內容有誤：欄位「attempts.a-1.score」的值不對。沒有匯入任何資料。'],
    ['nan-score.json', 'invalid', '檔案內容有誤：欄位「attempts.a-1.score」的值不對。沒有匯入任何資料。'],
    ['score-over-one.json', 'invalid', '檔案內容有誤：欄位「attempts.a-1.scores.q1」的值不對。沒有匯入任何資料。'],
    [
      'html-in-id.json',
      'invalid',
      '檔案內容有誤：欄位「lessons.<img src=x onerror=alert(1)>」的值不對。沒有匯入任何資料。',
    ],
    ['script-in-value.json', 'invalid', '檔案內容有誤：欄位「attempts.a-1.quiz」的值不對。沒有匯入任何資料。'],
    ['huge-array.json', 'invalid', '檔案內容有誤：欄位「attempts.a-1.answers.q2」的值不對。沒有匯入任何資料。'],
    [
      'bad-date.json',
      'invalid',
      '檔案內容有誤：欄位「lessons.role/company-representative.at」的時間「yesterday」不存在或格式不對（應該像 2026-10-02T18:05:00.000Z）。沒有匯入任何資料。',
    ],
    [
      'time-hour-58.json',
      'invalid',
      '檔案內容有誤：欄位「lessons.role/company-representative.at」的時間「2026-10-02T58:05:00.000Z」不存在或格式不對（應該像 2026-10-02T18:05:00.000Z）。沒有匯入任何資料。',
    ],
    [
      'time-month-13.json',
      'invalid',
      '檔案內容有誤：欄位「attempts.a-1.at」的時間「2026-13-02T01:30:00.000Z」不存在或格式不對（應該像 2026-10-02T18:05:00.000Z）。沒有匯入任何資料。',
    ],
    [
      'time-april-31.json',
      'invalid',
      '檔案內容有誤：欄位「lessons.role/company-representative.at」的時間「2026-04-31T01:20:00.000Z」不存在或格式不對（應該像 2026-10-02T18:05:00.000Z）。沒有匯入任何資料。',
    ],
    [
      'time-second-60.json',
      'invalid',
      '檔案內容有誤：欄位「lessons.role/company-representative.at」的時間「2026-10-02T23:59:60.000Z」不存在或格式不對（應該像 2026-10-02T18:05:00.000Z）。沒有匯入任何資料。',
    ],
    ['inherited-id.json', 'invalid', '檔案內容有誤：欄位「lessons.toString」的值不對。沒有匯入任何資料。'],
    ['attempts-not-object.json', 'invalid', '檔案內容有誤：欄位「attempts」的值不對。沒有匯入任何資料。'],
  ])('%s is refused as %s with its own message', (name, code, message) => {
    const result = parseImport(read(name));
    expect(result).toEqual({ ok: false, code, message });
  });

  it('refuses a 6 MB file before reading it', () => {
    const doc = emptyDocument();
    const padding = 'x'.repeat(6 * 1024 * 1024);
    const text = JSON.stringify({ ...buildExport(doc), padding });
    expect(text.length).toBeGreaterThan(MAX_IMPORT_BYTES);
    expect(parseImport(text)).toEqual({
      ok: false,
      code: 'too-big',
      message: '檔案有 6.0 MB，超過上限 5 MB。請確認選的是從本網站下載的進度檔。',
    });
  });

  it('never lets a __proto__ key reach an object prototype', () => {
    parseImport(read('proto-pollution.json'));
    parseImport(read('constructor-key.json'));
    expect(({} as Record<string, unknown>)['done']).toBeUndefined();
    expect(({} as Record<string, unknown>)['isAdmin']).toBeUndefined();
  });
});

describe('accepting our own files', () => {
  it('reads a current export', () => {
    const result = parseImport(read('good-v2.json'));
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.fromVersion).toBe(2);
      expect(Object.keys(result.doc.attempts)).toEqual(['a-1']);
    }
  });
  it('migrates an export from the first version', () => {
    const result = parseImport(read('good-v1.json'));
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.fromVersion).toBe(1);
      expect(result.doc.version).toBe(5);
      expect(Object.keys(result.doc.lessons)).toHaveLength(3);
    }
  });
  it('round-trips what buildExport writes', () => {
    const doc = (parseImport(read('good-v2.json')) as { ok: true; doc: ProgressDoc }).doc;
    const again = parseImport(JSON.stringify(buildExport(doc)));
    expect(again.ok && again.doc).toEqual(doc);
  });
});

describe('preview, merge and replace', () => {
  const incoming = (parseImport(read('good-v2.json')) as { ok: true; doc: ProgressDoc }).doc;
  const current: ProgressDoc = {
    ...emptyDocument(),
    lessons: {
      'role/company-representative': { done: false, at: '2026-09-01T00:00:00.000Z' },
      'role/win-win': { done: true, at: '2026-09-02T00:00:00.000Z' },
    },
  };

  it('counts what is new, what differs and what only this browser has', () => {
    const preview = previewImport(current, incoming);
    expect(preview.added).toEqual({
      lessons: 0,
      attempts: 1,
      assessments: 1,
      drafts: 1,
      review: 1,
      quizDrafts: 0,
      visits: 0,
      salesPlans: 0,
      shortages: 0,
      reports: 0,
      guidance: 0,
      outbox: 0,
    });
    expect(preview.changed).toEqual({
      lessons: 1,
      attempts: 0,
      assessments: 0,
      drafts: 0,
      review: 0,
      quizDrafts: 0,
      visits: 0,
      salesPlans: 0,
      shortages: 0,
      reports: 0,
      guidance: 0,
      outbox: 0,
    });
    expect(preview.onlyHere).toEqual({
      lessons: 1,
      attempts: 0,
      assessments: 0,
      drafts: 0,
      review: 0,
      quizDrafts: 0,
      visits: 0,
      salesPlans: 0,
      shortages: 0,
      reports: 0,
      guidance: 0,
      outbox: 0,
    });
  });
  it('merge keeps both sides, the later change of each record winning', () => {
    const merged = applyImport(current, incoming, 'merge', epoch);
    expect(merged.lessons['role/company-representative']).toEqual({ done: true, at: '2026-10-02T01:20:00.000Z' });
    expect(merged.lessons['role/win-win']?.done).toBe(true);
    expect(Object.keys(merged.attempts)).toEqual(['a-1']);
    expect(merged.epoch).toEqual(current.epoch);
  });
  it('replace takes the file as it is and starts a new epoch', () => {
    const replaced = applyImport(current, incoming, 'replace', epoch);
    expect(Object.keys(replaced.lessons)).toEqual(['role/company-representative']);
    expect(replaced.epoch).toEqual(epoch);
  });
});
