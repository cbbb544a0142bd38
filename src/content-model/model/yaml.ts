/**
 * YAML parsing with trainer-worded errors: the line as an editor shows it, the reason in
 * Chinese, and a fix that names the actual mistake (a full-width colon, a Tab, indentation).
 */
import { parseDocument, type YAMLError } from 'yaml';
import type { Problem } from './problems.ts';

const GENERIC_FIX = '檢查這一行的縮排與冒號；文字裡有「: 」「 #」或以符號開頭時，整段用雙引號包起來';

/** Reasons for the YAML library's error codes, in words a trainer understands. */
const REASONS: Record<string, string> = {
  BLOCK_AS_IMPLICIT_KEY: '這一行的寫法讓 YAML 看不出哪裡是欄位名稱、哪裡是內容',
  MULTILINE_IMPLICIT_KEY: '欄位名稱後面少了半形冒號「:」，或上下兩行沒有對齊',
  MISSING_CHAR: '少了一個必要的符號（例如欄位名稱後的「:」或結尾的引號）',
  DUPLICATE_KEY: '同一層裡有兩個相同的欄位名稱',
  BAD_INDENT: '縮排不對：同一層的欄位要對齊',
  TAB_AS_INDENT: '用了 Tab 縮排',
  BAD_SCALAR_START: '文字的開頭是 YAML 的特殊符號',
  UNEXPECTED_TOKEN: '這裡出現了 YAML 看不懂的符號',
  BLOCK_IN_FLOW: '方括號 [ ] 或大括號 { } 裡面不能換行寫清單',
  MULTIPLE_DOCS: '檔案裡有第二個 ---',
};

interface Where {
  /** The file the text comes from. */
  file: string;
  /** Lines before the text in its file (the frontmatter starts after the opening `---`). */
  lineOffset?: number;
}

const at = (line: number, col?: number) => (col ? `第 ${line} 行第 ${col} 欄` : `第 ${line} 行`);

/** Full-width colons after a key and Tabs in the indentation, found line by line. */
function findTypos(text: string, { file, lineOffset = 0 }: Where): Problem[] {
  const problems: Problem[] = [];
  text.split('\n').forEach((line, i) => {
    const lineNo = i + 1 + lineOffset;
    const tab = /^[ ]*\t/.exec(line) ?? /^[ ]*-[ ]*\t/.exec(line);
    if (tab) {
      problems.push({
        file,
        field: at(lineNo, tab[0].length),
        message: 'YAML 格式錯誤：這一行用了 Tab 縮排，YAML 只接受空格',
        fix: '把這一行開頭的 Tab 換成空格（每一層兩個空格），並和同一層的其他行對齊',
      });
      return;
    }
    const colon = /^(\s*(?:-\s+)?)([A-Za-z_][\w-]*)\s*：/.exec(line);
    if (colon) {
      problems.push({
        file,
        field: at(lineNo, colon[0].length),
        message: `YAML 格式錯誤：欄位「${colon[2]}」後面的冒號是全形「：」`,
        fix: `改成半形冒號再加一個空格，例如「${colon[2]}: 」`,
      });
    }
  });
  return problems;
}

function explain(err: YAMLError, lines: string[], where: Where): Problem {
  const offset = where.lineOffset ?? 0;
  const pos = err.linePos?.[0];
  const line = pos?.line ?? 0;
  const text = lines[line - 1] ?? '';
  const next = lines[line] ?? '';
  const indent = (s: string) => /^ */.exec(s)![0].length;
  if (err.code === 'BLOCK_AS_IMPLICIT_KEY' && /^\s*- /.test(text) && /block sequence/.test(err.message)) {
    return {
      file: where.file,
      field: at(line + offset, indent(text) + 1),
      message: 'YAML 格式錯誤：這一行的「- 」清單項目和同一層的其他項目沒有對齊',
      fix: '把這一行的「- 」移到和同一清單裡其他「- id:」相同的位置（用空格）',
    };
  }
  if (err.code === 'BLOCK_AS_IMPLICIT_KEY' && /^\s+[\w-]+\s*:/.test(next) && indent(next) > indent(text)) {
    // The mistake is the over-indented line below, though the library points at this one.
    return {
      file: where.file,
      field: at(line + 1 + offset, indent(next) + 1),
      message: 'YAML 格式錯誤：這一行的縮排比上一行多，和同一層的欄位沒有對齊',
      fix: `把這一行往左移，和上一行的「${text.trim().split(':')[0]}」對齊`,
    };
  }
  if (err.code === 'BLOCK_AS_IMPLICIT_KEY' && /:\s/.test(text.slice((pos?.col ?? 1) - 1))) {
    return {
      file: where.file,
      field: at(line + offset, pos?.col),
      message: 'YAML 格式錯誤：文字裡有英文冒號加空格「: 」，YAML 把它當成另一個欄位',
      fix: '把這段文字整段用英文雙引號 "…" 包起來，或把冒號改成全形「：」',
    };
  }
  return {
    file: where.file,
    field: pos ? at(line + offset, pos.col) : '',
    message: `YAML 格式錯誤：${REASONS[err.code] ?? '這一行的格式不對'}`,
    fix: err.code === 'DUPLICATE_KEY' ? '刪掉或改名其中一個欄位' : GENERIC_FIX,
  };
}

/** Parses YAML text; a syntax error becomes one problem with the editor's line and a specific fix. */
export function parseYaml(text: string, where: Where, problems: Problem[]): { ok: boolean; data: unknown } {
  const doc = parseDocument(text, { prettyErrors: true, uniqueKeys: true });
  const typos = findTypos(text, where);
  if (doc.errors.length === 0 && typos.length === 0) return { ok: true, data: doc.toJS() };
  if (typos.length > 0) problems.push(...typos);
  else if (doc.errors[0]) {
    // Only the first error: the ones after it are usually echoes of the same mistake.
    problems.push(explain(doc.errors[0], text.split('\n'), where));
  }
  return { ok: false, data: undefined };
}
