/**
 * Finds where a query occurs in a piece of original text and cuts a short excerpt with
 * those places marked. Matching runs on the folded text (so 红三环 marks 紅三環) and is
 * mapped back to the original characters through the fold offsets.
 */
import { originOf, type Folder } from './fold.ts';
import type { QueryPlan } from './query.ts';
import { splitRuns } from './tokenize.ts';

/** A piece of display text; `mark` pieces are the matched text. */
export interface Fragment {
  text: string;
  mark: boolean;
}

/** A half-open range `[start, end)` in the original text. */
export type Interval = readonly [number, number];

function occurrences(haystack: string, needle: string): number[] {
  const out: number[] = [];
  if (!needle) return out;
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + needle.length)) out.push(at);
  return out;
}

/** Where the plan's parts occur in `text`: whole runs where they occur, otherwise their bigrams. Sorted and merged. */
export function findMatches(text: string, plan: QueryPlan, folder: Folder): Interval[] {
  const result = folder.foldWithOffsets(text);
  const folded = result.text;
  const found: [number, number][] = [];
  const add = (needle: string, at: number) => {
    const last = originOf(result, at + needle.length - 1);
    const end = last + (text.codePointAt(last)! > 0xffff ? 2 : 1);
    found.push([originOf(result, at), end]);
  };
  let latinRuns: ReturnType<typeof splitRuns> | undefined;
  for (const part of plan.parts) {
    if (part.kind === 'latin') {
      // Latin words and numbers match whole runs, cut as the tokenizer cuts them (so
      // 15000 marks 15,000 and "sku" does not mark the middle of "risky").
      latinRuns ??= splitRuns(folded).filter((r) => r.kind === 'latin');
      for (const r of latinRuns)
        if (part.prefix ? r.text.startsWith(part.text) : r.text === part.text)
          add(folded.slice(r.start, r.end), r.start);
      continue;
    }
    const whole = occurrences(folded, part.text);
    if (whole.length || part.required.length <= 1) for (const at of whole) add(part.text, at);
    else for (const bigram of part.required) for (const at of occurrences(folded, bigram)) add(bigram, at);
  }
  found.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const merged: [number, number][] = [];
  for (const [s, e] of found) {
    const top = merged[merged.length - 1];
    if (top && s <= top[1]) top[1] = Math.max(top[1], e);
    else merged.push([s, e]);
  }
  return merged;
}

/** How many characters of `intervals` fall inside `[start, end)`. */
function covered(intervals: readonly Interval[], start: number, end: number): number {
  let sum = 0;
  for (const [s, e] of intervals) sum += Math.max(0, Math.min(e, end) - Math.max(s, start));
  return sum;
}

/** Splits `text[start, end)` into plain and marked fragments. */
export function markText(text: string, intervals: readonly Interval[], start = 0, end = text.length): Fragment[] {
  const out: Fragment[] = [];
  let at = start;
  const push = (t: string, mark: boolean) => {
    if (t) out.push({ text: t.replace(/\s*\n\s*/g, ' '), mark });
  };
  for (const [s, e] of intervals) {
    const from = Math.max(s, start);
    const to = Math.min(e, end);
    if (to <= from) continue;
    push(text.slice(at, from), false);
    push(text.slice(from, to), true);
    at = to;
  }
  push(text.slice(at, end), false);
  return out;
}

const LEAD = 14;
const SENTENCE_END = /[。!?！？;；\n]/;

/** An excerpt of about `length` characters around the densest cluster of matches, with ellipses where cut. */
export function excerpt(text: string, intervals: readonly Interval[], length = 72): Fragment[] {
  if (text.length <= length) return markText(text, intervals);
  let best = 0;
  let bestScore = -1;
  for (const [s] of intervals.slice(0, 60)) {
    let start = Math.max(0, s - LEAD);
    // Start after a sentence end close before the match, so the excerpt reads naturally.
    for (let i = s - 1; i >= start; i--) {
      if (SENTENCE_END.test(text[i]!)) {
        start = i + 1;
        break;
      }
    }
    const score = covered(intervals, start, start + length);
    if (score > bestScore) {
      best = start;
      bestScore = score;
    }
  }
  const start = Math.min(best, Math.max(0, text.length - length));
  const end = Math.min(text.length, start + length);
  const fragments = markText(text, intervals, start, end);
  if (start > 0) fragments.unshift({ text: '…', mark: false });
  if (end < text.length) fragments.push({ text: '…', mark: false });
  return fragments;
}
