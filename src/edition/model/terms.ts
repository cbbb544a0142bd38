/**
 * The trainers' terms table for the Simplified edition (`content/zh-hans.yaml`): which Traditional
 * phrases become which mainland phrase, and which phrases the character conversion already gets right.
 * Read here with every mistake reported at once, with its line and a fix, so a bad entry stops the build
 * the way a bad lesson does.
 */
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import type { Problem } from '../../content-model/model/problems.ts';

/** Where the terms table lives, from the project root. */
export const TERMS_FILE = 'content/zh-hans.yaml';

/** One decided phrase, with the line it was written on (for messages). */
export interface TermEntry {
  /** The phrase as the Traditional course writes it. */
  from: string;
  /** What the Simplified edition shows; `undefined` for a `keep` entry (the character conversion stands). */
  to: string | undefined;
  line: number;
}

/** The table as the converter and the drift guard use it. */
export interface TermsTable {
  /** Phrase → mainland phrase, and the `keep` phrases (to = undefined). */
  entries: TermEntry[];
  /** Words that need a decision wherever they occur (a conversion group of one word, e.g. 資料). */
  watch: TermEntry[];
}

const SECTIONS = ['convert', 'keep', 'watch'] as const;
/** Characters that would break the HTML, JSON or script a phrase is written into, or are not text. */
const UNSAFE = /["'`\\<>&{}$\n\r\t]/;

const at = (line: number) => `第 ${line} 行`;

/** What a trainer reads for a phrase that contains a character the edition's files cannot hold. */
function unsafeProblem(file: string, line: number, value: string): Problem {
  return {
    file,
    field: at(line),
    value,
    message: '用語表裡不能有引號、反斜線、角括號、&、大括號、$ 或換行：它們會被寫進網頁與資料檔的程式碼裡',
    fix: '只寫中文字詞和中文標點；要寫引號請用中文的引號（“”「」）',
  };
}

interface Ctx {
  file: string;
  lines: LineCounter;
  problems: Problem[];
  /** The character-only conversion (OpenCC tw→cn), injected so this module stays pure. */
  plain: (text: string) => string;
  /** Simplified-only characters in a Traditional phrase, injected the same way. */
  simplifiedIn: (text: string) => string[];
}

const lineOf = (ctx: Ctx, node: Node | null | undefined) => (node?.range ? ctx.lines.linePos(node.range[0]).line : 1);

function checkPhrase(ctx: Ctx, phrase: unknown, line: number, section: string): string | undefined {
  if (typeof phrase !== 'string' && typeof phrase !== 'number') {
    ctx.problems.push({
      file: ctx.file,
      field: at(line),
      message: `${section} 裡的每一條都要是一個詞或一段文字`,
      fix: section === 'convert' ? '寫成「繁體原文: 簡體寫法」，一行一條' : '寫成「- 繁體原文」，一行一條',
    });
    return undefined;
  }
  const text = String(phrase);
  if (text.trim() === '' || text !== text.trim()) {
    ctx.problems.push({
      file: ctx.file,
      field: at(line),
      value: text,
      message: '詞是空的，或前後多了空格',
      fix: '寫出要處理的詞，前後不要留空格',
    });
    return undefined;
  }
  if (UNSAFE.test(text)) {
    ctx.problems.push(unsafeProblem(ctx.file, line, text));
    return undefined;
  }
  if (![...text].some((c) => c.charCodeAt(0) > 0x7f)) {
    ctx.problems.push({
      file: ctx.file,
      field: at(line),
      value: text,
      message: '這一條只有英文字母、數字或半形符號：轉換只處理中文，這種詞也可能出現在網址和程式碼裡',
      fix: '至少寫進一個中文字，例如把前後的中文一起寫進來',
    });
    return undefined;
  }
  return text;
}

function checkSource(ctx: Ctx, from: string, line: number): boolean {
  const simplified = ctx.simplifiedIn(from);
  if (simplified.length === 0) return true;
  ctx.problems.push({
    file: ctx.file,
    field: at(line),
    value: from,
    message: `左邊要寫課程原稿裡的繁體寫法，這裡有簡體字 ${simplified.join('、')}`,
    fix: `把左邊改成繁體（課文裡實際寫的樣子），簡體寫法放在冒號右邊`,
  });
  return false;
}

function readConvert(ctx: Ctx, node: Node | null, out: TermEntry[]): void {
  if (!isMap(node)) {
    ctx.problems.push({
      file: ctx.file,
      field: `${at(lineOf(ctx, node))} convert`,
      message: 'convert 要寫成「繁體原文: 簡體寫法」的清單',
      fix: '每一行寫一條，例如「  資訊: 信息」（冒號後面加一個空格）',
    });
    return;
  }
  for (const pair of node.items) {
    const line = lineOf(ctx, pair.key as Node);
    const from = checkPhrase(ctx, isScalar(pair.key) ? pair.key.value : pair.key, line, 'convert');
    const rawTo = isScalar(pair.value) ? pair.value.value : pair.value;
    if (from === undefined) continue;
    if (rawTo === null || rawTo === undefined || rawTo === '') {
      ctx.problems.push({
        file: ctx.file,
        field: at(line),
        value: from,
        message: `「${from}」冒號後面沒有寫簡體版要顯示什麼`,
        fix: `在冒號後面寫出簡體寫法；字元轉換本來就對的話，把「${from}」移到 keep`,
      });
      continue;
    }
    const to = checkPhrase(ctx, rawTo, line, 'convert');
    if (to === undefined || !checkSource(ctx, from, line)) continue;
    const converted = ctx.plain(to);
    if (converted === ctx.plain(from)) {
      ctx.problems.push({
        file: ctx.file,
        field: at(line),
        value: `${from}: ${to}`,
        message: '這一條和一般的字元轉換結果一樣，寫在 convert 裡沒有作用',
        fix: `把「${from}」移到 keep（表示字元轉換就對），或改寫右邊的簡體寫法`,
      });
      continue;
    }
    out.push({ from, to: converted, line });
  }
}

function readList(ctx: Ctx, node: Node | null, section: 'keep' | 'watch', out: TermEntry[]): void {
  if (!isSeq(node)) {
    ctx.problems.push({
      file: ctx.file,
      field: `${at(lineOf(ctx, node))} ${section}`,
      message: `${section} 要寫成清單，一行一個詞`,
      fix: '每一行寫「  - 詞」（減號後面加一個空格）',
    });
    return;
  }
  for (const item of node.items) {
    const line = lineOf(ctx, item as Node);
    const from = checkPhrase(ctx, isScalar(item) ? item.value : item, line, section);
    if (from === undefined || !checkSource(ctx, from, line)) continue;
    out.push({ from, to: undefined, line });
  }
}

function reportDuplicates(ctx: Ctx, entries: TermEntry[]): TermEntry[] {
  const first = new Map<string, TermEntry>();
  const kept: TermEntry[] = [];
  for (const e of entries) {
    const earlier = first.get(e.from);
    if (!earlier) {
      first.set(e.from, e);
      kept.push(e);
      continue;
    }
    ctx.problems.push({
      file: ctx.file,
      field: at(e.line),
      value: e.from,
      message: `「${e.from}」在${at(earlier.line)}已經決定過了，同一個詞只能有一個決定`,
      fix: `刪掉其中一條：要換成別的寫法就留在 convert，字元轉換就對就留在 keep`,
    });
  }
  return kept;
}

/** Injected conversions the checks need (OpenCC lives in build/). */
export interface TermsHelpers {
  plain: (text: string) => string;
  simplifiedIn: (text: string) => string[];
}

/** Reads the table; `problems` lists every mistake (empty when the table can be used). */
export function readTerms(
  text: string,
  helpers: TermsHelpers,
  file = TERMS_FILE,
): { table: TermsTable; problems: Problem[] } {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, uniqueKeys: true, prettyErrors: true });
  const ctx: Ctx = { file, lines, problems: [], ...helpers };
  const table: TermsTable = { entries: [], watch: [] };
  if (doc.errors.length > 0) {
    const err = doc.errors[0]!;
    const line = err.linePos?.[0]?.line ?? 1;
    const duplicate = err.code === 'DUPLICATE_KEY';
    ctx.problems.push({
      file,
      field: at(line),
      message: duplicate ? 'convert 裡同一個詞寫了兩次' : 'YAML 格式錯誤：這一行的縮排、冒號或減號不對',
      fix: duplicate
        ? '刪掉其中一條，只留下要用的寫法'
        : '照檔案裡其他行的樣子寫：「  資訊: 信息」或「  - 執行」，用空格縮排、冒號後加一個空格',
    });
    return { table, problems: ctx.problems };
  }
  const root = doc.contents;
  if (!isMap(root)) {
    ctx.problems.push({
      file,
      field: '',
      message: '用語表要有 convert、keep、watch 三段',
      fix: '照 content/README.md「簡體版用語表」一節的範例寫',
    });
    return { table, problems: ctx.problems };
  }
  const entries: TermEntry[] = [];
  for (const pair of root.items) {
    const name = isScalar(pair.key) ? String(pair.key.value) : '';
    const line = lineOf(ctx, pair.key as Node);
    if (name === 'convert') readConvert(ctx, pair.value as Node, entries);
    else if (name === 'keep') readList(ctx, pair.value as Node, 'keep', entries);
    else if (name === 'watch') readList(ctx, pair.value as Node, 'watch', table.watch);
    else
      ctx.problems.push({
        file,
        field: at(line),
        value: name,
        message: `用語表沒有「${name}」這一段`,
        fix: `改成 ${SECTIONS.join('、')} 其中一段`,
      });
  }
  table.entries = reportDuplicates(ctx, entries);
  return { table, problems: ctx.problems };
}
