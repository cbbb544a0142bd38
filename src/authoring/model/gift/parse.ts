/**
 * A parser for Moodle's GIFT question format. Pure: text in, questions and problems out.
 *
 * Handles `//` comment lines, `$CATEGORY:` lines, `::title::`, `[html]`/`[markdown]`/
 * `[plain]`/`[moodle]` formats, the escapes `\~ \= \# \{ \} \: \\ \n`, questions over
 * several lines (a blank line ends a question), per-answer feedback `#` and general
 * feedback `####`. Question kinds follow Moodle's own rules.
 */

export type GiftFormat = 'moodle' | 'html' | 'markdown' | 'plain';

export interface GiftChoice {
  text: string;
  /** Written with `=`. */
  right: boolean;
  /** `%50%` weight, when written. */
  weight?: number;
  feedback?: string;
}

interface Common {
  /** 1-based line where the question starts. */
  line: number;
  title?: string;
  category?: string;
  /** Question text, as plain text. */
  text: string;
  format: GiftFormat;
  generalFeedback?: string;
}
export type GiftQuestion =
  | (Common & { kind: 'multichoice'; single: boolean; choices: GiftChoice[] })
  | (Common & { kind: 'truefalse'; answer: boolean; feedbackWrong?: string; feedbackRight?: string })
  | (Common & { kind: 'matching'; pairs: { left: string; right: string }[] })
  | (Common & { kind: 'shortanswer' | 'numerical' | 'essay' | 'description' | 'missingword' });

export type GiftKind = GiftQuestion['kind'];

export interface GiftProblem {
  line: number;
  message: string;
}

export interface GiftParseResult {
  questions: GiftQuestion[];
  problems: GiftProblem[];
}

// Escaped characters become private-use placeholders while the structure is read.
const ESCAPES: Record<string, string> = {
  '\\': '\uE000',
  '~': '\uE001',
  '=': '\uE002',
  '#': '\uE003',
  '{': '\uE004',
  '}': '\uE005',
  ':': '\uE006',
};
const UNESCAPE = new Map(Object.entries(ESCAPES).map(([ch, ph]) => [ph, ch]));

function protect(text: string): string {
  return text.replace(/\\([\\~=#{}:n])/g, (_m, ch: string) => (ch === 'n' ? '\n' : ESCAPES[ch]!));
}
function restore(text: string): string {
  return text.replace(/[\uE000-\uE006]/g, (ph) => UNESCAPE.get(ph)!);
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** HTML to plain text: line breaks for <br> and block ends, tags dropped, entities decoded. */
export function htmlToText(html: string): string {
  return html
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/(p|div|li|h[1-6])>/gi, '\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, name: string) => {
      if (name[0] === '#') {
        const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
        return Number.isFinite(code) ? String.fromCodePoint(code) : m;
      }
      return ENTITIES[name.toLowerCase()] ?? m;
    });
}

/** Markdown to plain text: emphasis, code and link markup dropped, the words kept. */
export function markdownToText(md: string): string {
  return md
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/(\*|_)(.+?)\1/g, '$2')
    .replace(/`([^`]*)`/g, '$1')
    .replace(/^#{1,6}\s+/gm, '');
}

const cjk = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/;

/** Joins the lines of a text: no space between two CJK characters, one space otherwise. */
export function joinLines(text: string): string {
  const lines = text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '');
  return lines.reduce((acc, line) => {
    if (acc === '') return line;
    const glue = cjk.test(acc[acc.length - 1]!) && cjk.test(line[0]!) ? '' : ' ';
    return acc + glue + line;
  }, '');
}

/** A piece of GIFT text as plain text in the question's format, escapes resolved. */
function clean(raw: string, format: GiftFormat): string {
  const text = restore(raw);
  const plain = format === 'html' ? htmlToText(text) : format === 'markdown' ? markdownToText(text) : text;
  return joinLines(plain.replace(/\u00a0/g, ' '));
}

/** Splits `text#feedback` (the first unescaped #). */
function splitFeedback(raw: string): { text: string; feedback?: string } {
  const at = raw.indexOf('#');
  return at === -1 ? { text: raw } : { text: raw.slice(0, at), feedback: raw.slice(at + 1) };
}

interface Block {
  line: number;
  text: string;
  category?: string;
}

/** Blank-line separated blocks, without comment lines; `$CATEGORY:` lines set the category. */
function blocks(source: string): Block[] {
  const lines = source
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .split('\n');
  const out: Block[] = [];
  let category: string | undefined;
  let current: { line: number; lines: string[] } | undefined;
  const flush = () => {
    if (current && current.lines.some((l) => l.trim() !== ''))
      out.push({ line: current.line, text: current.lines.join('\n'), ...(category ? { category } : {}) });
    current = undefined;
  };
  lines.forEach((line, i) => {
    const trimmed = line.trim();
    if (trimmed.startsWith('//')) return;
    const cat = /^\$CATEGORY:\s*(.*)$/i.exec(trimmed);
    if (cat) {
      flush();
      category = cat[1]!.trim().replace(/^\$(course|system|module)\$\//, '') || undefined;
      return;
    }
    if (trimmed === '') {
      // A blank line ends a question, except inside an answer block still open.
      if (current && !openBrace(current.lines.join('\n'))) flush();
      else if (current) current.lines.push(line);
      return;
    }
    if (!current) current = { line: i + 1, lines: [] };
    current.lines.push(line);
  });
  flush();
  return out;
}

const openBrace = (text: string) => {
  const t = protect(text);
  return t.lastIndexOf('{') > t.lastIndexOf('}');
};

/** Parses a GIFT file into questions, with a problem for each question it cannot read. */
export function parseGift(source: string): GiftParseResult {
  const questions: GiftQuestion[] = [];
  const problems: GiftProblem[] = [];
  for (const block of blocks(source)) {
    const parsed = parseBlock(block);
    if ('message' in parsed) problems.push(parsed);
    else questions.push(parsed);
  }
  return { questions, problems };
}

function parseBlock(block: Block): GiftQuestion | GiftProblem {
  let rest = protect(block.text).trim();
  let title: string | undefined;
  const titled = /^::([\s\S]*?)::/.exec(rest);
  if (titled) {
    title = joinLines(restore(titled[1]!));
    rest = rest.slice(titled[0].length).trim();
  }
  let format: GiftFormat = 'moodle';
  const formatted = /^\[(html|moodle|plain|markdown)\]/i.exec(rest);
  if (formatted) {
    format = formatted[1]!.toLowerCase() as GiftFormat;
    rest = rest.slice(formatted[0].length);
  }
  const common = {
    line: block.line,
    ...(title !== undefined ? { title } : {}),
    ...(block.category !== undefined ? { category: block.category } : {}),
    format,
  };
  const open = rest.indexOf('{');
  if (open === -1) return { ...common, kind: 'description', text: clean(rest, format) };
  const close = rest.indexOf('}', open);
  if (close === -1) return { line: block.line, message: '答案的大括號 { 沒有對應的 }' };
  const before = rest.slice(0, open);
  const after = rest.slice(close + 1);
  let answers = rest.slice(open + 1, close);
  if (after.trim() !== '') {
    return { ...common, kind: 'missingword', text: clean(`${before} _____ ${after}`, format) };
  }
  const text = clean(before, format);
  const general = answers.indexOf('####');
  const generalFeedback = general === -1 ? undefined : clean(answers.slice(general + 4), format);
  if (general !== -1) answers = answers.slice(0, general);
  const q = { ...common, text, ...(generalFeedback ? { generalFeedback } : {}) };
  const body = answers.trim();

  if (body === '') return { ...q, kind: 'essay' };
  if (body.startsWith('#')) return { ...q, kind: 'numerical' };
  if (body.includes('~')) return readChoices(q, body, format);
  if (!body.includes('=')) return readTrueFalse(q, body, format);
  if (body.includes('->')) return readPairs(q, body, format);
  return { ...q, kind: 'shortanswer' };
}

type Base = Common;

function readChoices(q: Base, body: string, format: GiftFormat): GiftQuestion | GiftProblem {
  const choices: GiftChoice[] = [];
  for (const m of body.matchAll(/([=~])([^=~]*)/g)) {
    let raw = m[2]!;
    let weight: number | undefined;
    const w = /^\s*%(-?\d+(?:\.\d+)?)%/.exec(raw);
    if (w) {
      weight = Number(w[1]);
      raw = raw.slice(w[0].length);
    }
    const { text, feedback } = splitFeedback(raw);
    const fb = feedback !== undefined ? clean(feedback, format) : '';
    choices.push({
      text: clean(text, format),
      right: m[1] === '=',
      ...(weight !== undefined ? { weight } : {}),
      ...(fb ? { feedback: fb } : {}),
    });
  }
  // Moodle: with an `=` answer the question is single-answer; without, several answers can be right.
  return { ...q, kind: 'multichoice', single: choices.some((c) => c.right), choices };
}

function readTrueFalse(q: Base, body: string, format: GiftFormat): GiftQuestion | GiftProblem {
  const [value, wrong, right] = body.split('#');
  const v = value!.trim().toUpperCase();
  if (!['T', 'TRUE', 'F', 'FALSE'].includes(v)) {
    return {
      line: q.line,
      message: `看不懂的答案「${restore(value!.trim())}」：是非題要寫 {T} 或 {F}，選擇題的每個答案前要有 = 或 ~`,
    };
  }
  const fbWrong = wrong !== undefined ? clean(wrong, format) : '';
  const fbRight = right !== undefined ? clean(right, format) : '';
  return {
    ...q,
    kind: 'truefalse',
    answer: v.startsWith('T'),
    ...(fbWrong ? { feedbackWrong: fbWrong } : {}),
    ...(fbRight ? { feedbackRight: fbRight } : {}),
  };
}

function readPairs(q: Base, body: string, format: GiftFormat): GiftQuestion | GiftProblem {
  const pairs: { left: string; right: string }[] = [];
  for (const part of body.split('=').slice(1)) {
    const arrow = part.indexOf('->');
    if (arrow === -1) return { line: q.line, message: `配對題的「${clean(part, format)}」缺少 ->` };
    pairs.push({ left: clean(part.slice(0, arrow), format), right: clean(part.slice(arrow + 2), format) });
  }
  return { ...q, kind: 'matching', pairs };
}
