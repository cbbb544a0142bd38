/**
 * The one tokenizer: the index builder and the query planner both cut text here, so a
 * word is cut the same way whether it is being indexed or typed.
 *
 * Chinese has no spaces. Every CJK run yields its character bigrams, which make any
 * substring of two or more characters findable (段简 in 一段简单, 每個月都 in 每個月都要),
 * whatever the word segmenter thinks. On top, `Intl.Segmenter` words of three or more
 * characters are added as extra terms that reward whole-word matches (shorter words
 * are already bigrams), and every character is a term of its own so that a
 * one-character query (菸) is one exact lookup. Latin words and numbers are lower-cased
 * runs; thousands separators are dropped (15,000 = 15000).
 *
 * The browser's ICU may segment differently from Node's at build time. That only
 * changes the optional word terms: the required bigrams are the same everywhere.
 */
import type { Folder } from './fold.ts';

/** What a term stands for; only used to plan queries and in tests. */
export type TokenKind = 'bigram' | 'word' | 'char' | 'latin';

/** One index or query term, already folded. */
export interface Token {
  term: string;
  kind: TokenKind;
}

/** A stretch of folded text that is cut as a whole: CJK characters, or one Latin word/number. */
export interface Run {
  kind: 'cjk' | 'latin';
  /** Folded text of the run (for a number, without thousands separators). */
  text: string;
  /** Offset of the run in the folded text. */
  start: number;
  end: number;
}

const CJK = String.raw`\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}`;
// Alternatives, in order: a CJK run; a number with thousands separators or a decimal
// point; any other run of letters/digits that is not CJK.
const RUN = new RegExp(
  String.raw`([${CJK}]+)|(\d{1,3}(?:,\d{3})+(?:\.\d+)?(?!\d)|\d+\.\d+)|((?:(?![${CJK}])[\p{L}\p{N}\p{M}])+)`,
  'gu',
);

let segmenter: Intl.Segmenter | undefined;
/** Created on first use: constructing it loads ICU dictionary data. */
function words(text: string): string[] {
  segmenter ??= new Intl.Segmenter('zh', { granularity: 'word' });
  const out: string[] = [];
  for (const s of segmenter.segment(text)) if (s.isWordLike) out.push(s.segment);
  return out;
}

const codePoints = (s: string) => [...s];

/** Splits folded text into CJK runs and Latin/number runs; everything else separates. */
export function splitRuns(folded: string): Run[] {
  const runs: Run[] = [];
  for (const m of folded.matchAll(RUN)) {
    const start = m.index;
    const end = start + m[0].length;
    if (m[1] !== undefined) runs.push({ kind: 'cjk', text: m[1], start, end });
    else if (m[2] !== undefined) runs.push({ kind: 'latin', text: m[2].replaceAll(',', ''), start, end });
    else runs.push({ kind: 'latin', text: m[0], start, end });
  }
  return runs;
}

/** The terms of one CJK run: each character, each bigram, and segmenter words of 3+ characters. */
export function cjkTerms(run: string): Token[] {
  const chars = codePoints(run);
  const out: Token[] = [];
  chars.forEach((c, i) => {
    out.push({ term: c, kind: 'char' });
    if (i + 1 < chars.length) out.push({ term: c + chars[i + 1]!, kind: 'bigram' });
  });
  if (chars.length >= 3) for (const w of words(run)) if (codePoints(w).length >= 3) out.push({ term: w, kind: 'word' });
  return out;
}

/** The terms of a run. */
export function runTerms(run: Run): Token[] {
  return run.kind === 'cjk' ? cjkTerms(run.text) : [{ term: run.text, kind: 'latin' }];
}

/** Folds `text` and cuts it into index terms, in text order (repeats kept: they are term frequencies). */
export function tokenize(text: string, folder: Folder): Token[] {
  return splitRuns(folder.fold(text)).flatMap(runTerms);
}
