/**
 * House-style guards over the learner-facing text: the glossary's banned variants, full-width
 * punctuation in Chinese text and the number-spacing rule. Pure: file texts and glossary in,
 * one problem per occurrence out, each with the file and line a trainer opens.
 */
import { isScalar, parseDocument, visit } from 'yaml';
import type { Problem } from './problems.ts';
import type { GlossaryEntry } from '../../course/model/schemas.ts';
import type { ContentFile } from './types.ts';

/** A piece of learner-facing text and the line it starts on (1-based). */
export interface TextSegment {
  text: string;
  line: number;
}

const GLOSSARY_PATH = 'content/glossary.yaml';

/** Files whose text learners read and the glossary's banned variants apply to (the glossary itself aside). */
export function isLearnerText(path: string): boolean {
  return (
    /^content\/lessons\/[^/]+\/[^/]+\.mdx$/.test(path) ||
    /^content\/(quizzes|assessments)\/[^/]+\.ya?ml$/.test(path) ||
    path === 'content/framework.yaml' ||
    path === 'content/modules.yaml'
  );
}

const lineAt = (source: string, offset: number) => source.slice(0, offset).split('\n').length;

/** Every string value of a YAML file (keys and comments are not text), with its line. */
export function yamlSegments(source: string, firstLine = 1): TextSegment[] {
  const doc = parseDocument(source);
  const out: TextSegment[] = [];
  visit(doc, {
    Scalar(key, node) {
      if (key === 'key' || !isScalar(node) || typeof node.value !== 'string' || !node.range) return;
      out.push({ text: node.value, line: lineAt(source, node.range[0]) + firstLine - 1 });
    },
  });
  return out;
}

/**
 * The text of an MDX lesson: frontmatter values, then each body line outside code blocks,
 * with markup that is not text (emphasis marks, inline code, link targets) taken out.
 */
export function mdxSegments(source: string): TextSegment[] {
  const lines = source.replace(/\r\n/g, '\n').split('\n');
  const out: TextSegment[] = [];
  let start = 0;
  if (lines[0] === '---') {
    const end = lines.indexOf('---', 1);
    if (end > 0) {
      out.push(...yamlSegments(lines.slice(1, end).join('\n'), 2));
      start = end + 1;
    }
  }
  let fenced = false;
  for (let i = start; i < lines.length; i++) {
    const line = lines[i]!;
    if (/^\s*(```|~~~)/.test(line)) {
      fenced = !fenced;
      continue;
    }
    if (fenced) continue;
    const text = line
      .replace(/`[^`]*`/g, '')
      .replace(/\]\([^)\s]*\)/g, ']')
      .replace(/[*_]{1,3}/g, '');
    if (text.trim()) out.push({ text, line: i + 1 });
  }
  return out;
}

/** The segments of any learner-facing file. */
export function segmentsOf(file: ContentFile): TextSegment[] {
  return file.path.endsWith('.mdx') ? mdxSegments(file.text) : yamlSegments(file.text);
}

// ── Rules ───────────────────────────────────────────────────────────────────────────

/** Chinese text: ideographs and CJK or full-width punctuation. */
const CHINESE = '[\\u3400-\\u9fff\\uf900-\\ufaff\\u3000-\\u303f\\uff00-\\uffef]';
/** Ideographs only: the characters a number is spaced from. */
const IDEOGRAPH = '[\\u3400-\\u9fff\\uf900-\\ufaff]';
const FULL_WIDTH: Record<string, string> = {
  ',': '，',
  ';': '；',
  ':': '：',
  '(': '（',
  ')': '）',
  '?': '？',
  '!': '！',
};

/** A finding inside one segment: where it is and what to say. */
export interface TextFinding {
  index: number;
  length: number;
  message: string;
  fix: string;
}

/** Half-width , ; : ( ) ? ! next to Chinese, mixed-width brackets and doubled quotes. */
export function punctuationFindings(text: string): TextFinding[] {
  const out: TextFinding[] = [];
  const beside = new RegExp(`(?<=${CHINESE}) ?[,;:()?!]|[,;:()?!] ?(?=${CHINESE})`, 'gu');
  for (const m of text.matchAll(beside)) {
    const mark = m[0].trim();
    out.push({
      index: m.index + m[0].indexOf(mark),
      length: 1,
      message: `中文旁邊用了半形標點「${mark}」`,
      fix: `改成全形「${FULL_WIDTH[mark]}」`,
    });
  }
  for (const m of text.matchAll(/（[^（）()\n]*\)|\([^（）()\n]*）/gu)) {
    if (out.some((f) => f.index >= m.index && f.index < m.index + m[0].length)) continue;
    out.push({
      index: m.index,
      length: m[0].length,
      message: '括號一邊全形、一邊半形',
      fix: '兩邊都用全形「（」「）」',
    });
  }
  for (const m of text.matchAll(/「「|」」/gu)) {
    out.push({
      index: m.index,
      length: 2,
      message: `引號重複「${m[0]}」`,
      fix: '只用一層「」；引號裡還要引用時用『』',
    });
  }
  return out;
}

/** One space between an Arabic number and a Chinese character; none before %. */
export function spacingFindings(text: string): TextFinding[] {
  const out: TextFinding[] = [];
  const number = /(?<![A-Za-z0-9.,])\d+(?:[.,]\d+)*/gu;
  const ideograph = new RegExp(IDEOGRAPH, 'u');
  for (const m of text.matchAll(number)) {
    const before = text[m.index - 1] ?? '';
    const afterIndex = m.index + m[0].length;
    const after = text[afterIndex] ?? '';
    if (ideograph.test(before)) {
      out.push({
        index: m.index - 1,
        length: m[0].length + 1,
        message: `數字「${m[0]}」和前面的中文之間少了空格`,
        fix: `寫成「${before} ${m[0]}」（數字和中文之間空一格）`,
      });
    }
    if (ideograph.test(after)) {
      out.push({
        index: m.index,
        length: m[0].length + 1,
        message: `數字「${m[0]}」和後面的中文之間少了空格`,
        fix: `寫成「${m[0]} ${after}」（數字和中文或單位之間空一格）`,
      });
    }
    if (/^ +%/.test(text.slice(afterIndex))) {
      out.push({
        index: m.index,
        length: text.slice(afterIndex).indexOf('%') + m[0].length + 1,
        message: `「${m[0]} %」的百分號前面多了空格`,
        fix: `寫成「${m[0]}%」`,
      });
    }
  }
  return out;
}

/** A banned variant and the glossary term to write instead. */
export interface Variant {
  avoid: string;
  term: string;
  keep: string[];
}

/** The banned variants the glossary lists (`avoid`), longest first so 卷煙 wins over 煙. */
export function variantsOf(glossary: readonly GlossaryEntry[]): Variant[] {
  return glossary
    .flatMap((e) => (e.avoid ?? []).map((avoid) => ({ avoid, term: e.term, keep: e.keep ?? [] })))
    .sort((a, b) => b.avoid.length - a.avoid.length);
}

/** Every use of a banned variant, except inside a phrase the glossary keeps (e.g. a proper name). */
export function variantFindings(text: string, variants: readonly Variant[]): TextFinding[] {
  const out: TextFinding[] = [];
  const taken: [number, number][] = [];
  const kept = (start: number, end: number, keep: string[]) =>
    keep.some((phrase) => {
      for (let i = text.indexOf(phrase); i !== -1; i = text.indexOf(phrase, i + 1))
        if (i <= start && end <= i + phrase.length) return true;
      return false;
    });
  for (const v of variants) {
    for (let i = text.indexOf(v.avoid); i !== -1; i = text.indexOf(v.avoid, i + 1)) {
      const end = i + v.avoid.length;
      if (kept(i, end, v.keep) || taken.some(([s, e]) => i < e && s < end)) continue;
      taken.push([i, end]);
      out.push({
        index: i,
        length: v.avoid.length,
        message: `用了「${v.avoid}」，用語表規定不用這個寫法`,
        fix: `改用「${v.term}」的寫法（見 content/glossary.yaml 的「${v.term}」）`,
      });
    }
  }
  return out.sort((a, b) => a.index - b.index);
}

/** A short excerpt around a finding, so the trainer can search for it. */
function excerpt(text: string, f: TextFinding): string {
  const from = Math.max(0, f.index - 8);
  const to = Math.min(text.length, f.index + f.length + 8);
  return `${from > 0 ? '…' : ''}${text.slice(from, to).trim()}${to < text.length ? '…' : ''}`;
}

/** Line of a finding: the segment's line plus the newlines before it inside the segment. */
const lineOf = (s: TextSegment, f: TextFinding) => s.line + (s.text.slice(0, f.index).match(/\n/g)?.length ?? 0);

/** Turns findings into problems that name the file, line and an excerpt. */
function toProblems(file: string, segments: TextSegment[], find: (text: string) => TextFinding[]): Problem[] {
  return segments.flatMap((s) =>
    find(s.text).map((f) => ({
      file,
      field: `第 ${lineOf(s, f)} 行`,
      value: excerpt(s.text, f),
      message: f.message,
      fix: f.fix,
    })),
  );
}

/** House-style problems by rule, so each rule can be reported (and tested) on its own. */
export interface TextProblems {
  variants: Problem[];
  punctuation: Problem[];
  spacing: Problem[];
}

/** Every house-style problem in the learner-facing files, by rule. */
export function textProblemsByRule(files: readonly ContentFile[], glossary: readonly GlossaryEntry[]): TextProblems {
  const variants = variantsOf(glossary);
  const out: TextProblems = { variants: [], punctuation: [], spacing: [] };
  for (const f of files) {
    if (!isLearnerText(f.path) && f.path !== GLOSSARY_PATH) continue;
    const segments = segmentsOf(f);
    // The glossary names the banned variants on purpose; it is held to the typography rules only.
    if (f.path !== GLOSSARY_PATH)
      out.variants.push(...toProblems(f.path, segments, (t) => variantFindings(t, variants)));
    out.punctuation.push(...toProblems(f.path, segments, punctuationFindings));
    out.spacing.push(...toProblems(f.path, segments, spacingFindings));
  }
  return out;
}

/** Every house-style problem in the learner-facing files: banned variants, punctuation, number spacing. */
export function textProblems(files: readonly ContentFile[], glossary: readonly GlossaryEntry[]): Problem[] {
  const byRule = textProblemsByRule(files, glossary);
  return [...byRule.variants, ...byRule.punctuation, ...byRule.spacing];
}
