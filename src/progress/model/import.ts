/**
 * Reading a progress file the learner chose to import. Pure. Anything that is not ours,
 * not valid or too big is refused with a reason the learner can act on, and the current
 * data is never touched by this module.
 */
import { APP_ID, COLLECTIONS, CURRENT_VERSION, type ProgressDoc } from './document.ts';
import { normaliseDocument, unionDocuments } from './merge.ts';
import { migrate } from './migrate.ts';
import { hasForbiddenKey, isObject, readStored, safeJsonParse } from './read.ts';
import { progressDocument, type Problem } from './validate.ts';

const currentDocument = progressDocument(CURRENT_VERSION);

/** Largest file accepted: a heavy year of use is well under 2 MB. */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

export type ImportRefusal =
  'too-big' | 'empty' | 'not-json' | 'not-ours' | 'no-version' | 'newer-version' | 'forbidden-key' | 'invalid';

export type ImportResult =
  | {
      ok: true;
      doc: ProgressDoc;
      exportedAt: string | undefined;
      fromVersion: number;
      /** Set for a backup of damaged data: how many records could be read, and how many not. */
      salvaged?: { kept: number; dropped: number };
    }
  | { ok: false; code: ImportRefusal; message: string };

/** The value at a problem's path, for quoting it in a message. */
function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let cur: unknown = data;
  for (const part of path) {
    if (!isObject(cur) && !Array.isArray(cur)) return undefined;
    cur = Object.hasOwn(cur, part) ? (cur as Record<PropertyKey, unknown>)[part] : undefined;
  }
  return cur;
}

/** Names the first invalid field the way a learner or trainer can read it; an impossible time is quoted. */
export function describeIssue(issue: Problem | undefined, data: unknown): string {
  if (!issue) return '內容格式不對';
  const path = issue.path.map((p) => (typeof p === 'number' ? `[${p}]` : String(p))).join('.');
  const field = `欄位「${path || '（整份文件）'}」`;
  const value = valueAt(data, issue.path);
  if (issue.time && typeof value === 'string') {
    return `${field}的時間「${value.slice(0, 40)}」不存在或格式不對（應該像 2026-10-02T18:05:00.000Z）`;
  }
  return `${field}的值不對`;
}

/** The UTF-8 size of `text` in bytes (a lone surrogate counts as the 3-byte replacement character). */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/** Checks an import file's text; `byteLength` is the file's size as reported by the browser. */
export function parseImport(text: string, byteLength = utf8Length(text)): ImportResult {
  if (byteLength > MAX_IMPORT_BYTES) {
    const mb = (byteLength / 1024 / 1024).toFixed(1);
    return {
      ok: false,
      code: 'too-big',
      message: `檔案有 ${mb} MB，超過上限 5 MB。請確認選的是從本網站下載的進度檔。`,
    };
  }
  if (text.trim() === '') return { ok: false, code: 'empty', message: '檔案是空的。請選擇從本網站下載的進度檔。' };
  let data: unknown;
  try {
    data = safeJsonParse(text);
  } catch {
    return {
      ok: false,
      code: 'not-json',
      message: '這個檔案不是有效的 JSON，可能被截斷或修改過。請重新下載一次進度檔再匯入。',
    };
  }
  if (isObject(data) && data['app'] === APP_ID && data['kind'] === 'backup' && typeof data['raw'] === 'string') {
    return parseBackup(data['raw'], typeof data['backedUpAt'] === 'string' ? data['backedUpAt'] : undefined);
  }
  if (!isObject(data) || data['app'] !== APP_ID || !isObject(data['document'])) {
    return {
      ok: false,
      code: 'not-ours',
      message: '這不是「績效教練」的進度檔（缺少 app 標記或 document 內容）。請選擇從「我的進度」頁面下載的檔案。',
    };
  }
  if (hasForbiddenKey(text)) {
    return {
      ok: false,
      code: 'forbidden-key',
      message: '檔案含有不允許的欄位名稱（__proto__、constructor 或 prototype），為了安全沒有匯入。',
    };
  }
  const version = data['document']['version'];
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { ok: false, code: 'no-version', message: '檔案缺少有效的版本號，無法判斷格式。請重新下載進度檔。' };
  }
  if (version > CURRENT_VERSION) {
    return {
      ok: false,
      code: 'newer-version',
      message: `這個檔案來自較新版本的網站（第 ${version} 版，這裡是第 ${CURRENT_VERSION} 版）。請在最新版網站匯入，以免遺失資料。`,
    };
  }
  const migrated = migrate(data['document']);
  if (!migrated.ok) return { ok: false, code: 'invalid', message: '檔案的內容格式不對，無法讀取。' };
  const problem = currentDocument(migrated.doc);
  if (problem) {
    return {
      ok: false,
      code: 'invalid',
      message: `檔案內容有誤：${describeIssue(problem, migrated.doc)}。沒有匯入任何資料。`,
    };
  }
  const doc = migrated.doc as ProgressDoc;
  const exportedAt = typeof data['exportedAt'] === 'string' ? data['exportedAt'] : undefined;
  return { ok: true, doc: normaliseDocument(doc), exportedAt, fromVersion: version };
}

/**
 * parseImport for a reader that only reads the file (the team page, which reads two hundred at a time): the
 * same files accepted, with the same document, fromVersion and exportedAt, except that the records stay in the
 * order the file has them (a valid export is already in key order; parseImport puts any other in it, which the
 * store needs). An accepted export is checked here with one scan of the text and one parse; every other file (a
 * refusal, a backup) goes through parseImport itself, so its code and message are parseImport's.
 * (Written apart from parseImport so that the pages' store chunk, which carries parseImport, does not grow.)
 */
export function checkImport(text: string, byteLength = utf8Length(text)): ImportResult {
  if (byteLength <= MAX_IMPORT_BYTES && !hasForbiddenKey(text)) {
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch {
      data = undefined;
    }
    const backup = isObject(data) && data['kind'] === 'backup' && typeof data['raw'] === 'string';
    if (isObject(data) && data['app'] === APP_ID && !backup && isObject(data['document'])) {
      // migrate() takes only a whole version from 1 to the current one, as parseImport does.
      const migrated = migrate(data['document']);
      if (migrated.ok && currentDocument(migrated.doc) === undefined) {
        const exportedAt = typeof data['exportedAt'] === 'string' ? data['exportedAt'] : undefined;
        return { ok: true, doc: migrated.doc as ProgressDoc, exportedAt, fromVersion: migrated.from };
      }
    }
  }
  return parseImport(text, byteLength);
}

/**
 * A backup file holds the stored text as it was, often damaged: it goes through the same path
 * as a page reading storage, so every record that can be read is recovered and the rest counted.
 */
function parseBackup(raw: string, backedUpAt: string | undefined): ImportResult {
  const read = readStored(raw);
  if (read.kind === 'empty') return { ok: false, code: 'empty', message: '這份備份是空的，沒有可以匯入的記錄。' };
  if (read.kind === 'newer') {
    return {
      ok: false,
      code: 'newer-version',
      message: `這份備份來自較新版本的網站（第 ${read.version} 版，這裡是第 ${CURRENT_VERSION} 版）。請在最新版網站匯入，以免遺失資料。`,
    };
  }
  if (read.kind === 'corrupt' && read.kept === 0) {
    return {
      ok: false,
      code: 'invalid',
      message: '這份備份裡沒有讀得出來的記錄（內容已損壞）。可以把檔案交給講師或技術人員檢查。',
    };
  }
  const salvaged = read.kind === 'corrupt' ? { kept: read.kept, dropped: read.dropped } : undefined;
  const fromVersion = read.kind === 'ok' ? (read.migratedFrom ?? CURRENT_VERSION) : CURRENT_VERSION;
  return { ok: true, doc: read.doc, exportedAt: backedUpAt, fromVersion, ...(salvaged && { salvaged }) };
}

export interface ImportPreview {
  /** Records in the file that this browser does not have, per collection. */
  added: Record<(typeof COLLECTIONS)[number], number>;
  /** Records both have, in different versions. */
  changed: Record<(typeof COLLECTIONS)[number], number>;
  /** Records here that a replace would drop. */
  onlyHere: Record<(typeof COLLECTIONS)[number], number>;
}

/** What an import would change, so the learner can choose merge or replace knowingly. */
export function previewImport(current: ProgressDoc, incoming: ProgressDoc): ImportPreview {
  const zero = () => Object.fromEntries(COLLECTIONS.map((c) => [c, 0])) as ImportPreview['added'];
  const preview: ImportPreview = { added: zero(), changed: zero(), onlyHere: zero() };
  for (const name of COLLECTIONS) {
    const here = current[name] as Record<string, unknown>;
    const there = incoming[name] as Record<string, unknown>;
    for (const [key, record] of Object.entries(there)) {
      if (!Object.hasOwn(here, key)) preview.added[name]++;
      else if (JSON.stringify(here[key]) !== JSON.stringify(record)) preview.changed[name]++;
    }
    for (const key of Object.keys(here)) if (!Object.hasOwn(there, key)) preview.onlyHere[name]++;
  }
  return preview;
}

/**
 * The document after an import: merged into the current one (default), or replacing it,
 * which starts a new epoch so other open tabs do not merge the old records back.
 */
export function applyImport(
  current: ProgressDoc,
  incoming: ProgressDoc,
  mode: 'merge' | 'replace',
  newEpoch: ProgressDoc['epoch'],
): ProgressDoc {
  return mode === 'merge' ? unionDocuments(current, incoming) : normaliseDocument({ ...incoming, epoch: newEpoch });
}
