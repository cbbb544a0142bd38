/**
 * Turns what the learner typed into lunr clauses through lunr's query API (never the
 * whitespace query parser, which would treat 每個月都 as one unknown term).
 *
 * Every part the learner typed must be found (AND): a CJK run needs all of its bigrams,
 * a single character itself, a Latin word itself (or, while still being typed, any word
 * it begins). Segmenter words only add score.
 */
import lunr from 'lunr';
import { originOf, type Folder } from './fold.ts';
import { cjkTerms, splitRuns, type Run } from './tokenize.ts';

/** One typed run and the index terms it stands for. */
export interface QueryPart {
  kind: Run['kind'];
  /** Folded text of the run: what snippets highlight. */
  text: string;
  /** The run as the learner typed it (for suggestions shown back to them). */
  typed: string;
  /** Terms a document must contain (bigrams, or the one prefix term). */
  required: string[];
  /** Extra terms that raise the score (segmenter words). */
  boosters: string[];
  /** The required term is a prefix: a Latin word still being typed. */
  prefix: boolean;
}

/** A query ready to run: its parts and the folded text they came from. */
export interface QueryPlan {
  folded: string;
  parts: QueryPart[];
}

/** Cuts a query exactly as the index was cut, and decides what each piece must match. */
export function planQuery(text: string, folder: Folder): QueryPlan {
  const result = folder.foldWithOffsets(text);
  const folded = result.text;
  const runs = splitRuns(folded);
  // The last Latin word is probably unfinished unless the learner typed a space after it.
  const typing = !/\s$/.test(text);
  const parts: QueryPart[] = [];
  const seen = new Set<string>();
  runs.forEach((run, i) => {
    if (seen.has(run.text)) return;
    seen.add(run.text);
    const typed = text.slice(originOf(result, run.start), originOf(result, run.end));
    if (run.kind === 'latin') {
      parts.push({
        kind: 'latin',
        text: run.text,
        typed,
        required: [run.text],
        boosters: [],
        prefix: typing && i === runs.length - 1,
      });
      return;
    }
    const terms = cjkTerms(run.text);
    const bigrams = [...new Set(terms.filter((t) => t.kind === 'bigram').map((t) => t.term))];
    if (bigrams.length === 0) {
      parts.push({ kind: 'cjk', text: run.text, typed, required: [run.text], boosters: [], prefix: false });
      return;
    }
    const boosters = [...new Set(terms.filter((t) => t.kind === 'word').map((t) => t.term))];
    parts.push({ kind: 'cjk', text: run.text, typed, required: bigrams, boosters, prefix: false });
  });
  return { folded, parts };
}

/** How strictly a plan is applied: every part required, or any part scoring. */
export type QueryMode = 'all' | 'any';

/** Adds the plan's clauses to a lunr query. */
export function applyPlan(query: lunr.Query, plan: QueryPlan, mode: QueryMode): void {
  const presence = mode === 'all' ? lunr.Query.presence.REQUIRED : lunr.Query.presence.OPTIONAL;
  for (const part of plan.parts) {
    for (const term of part.required) {
      query.term(term, {
        presence,
        usePipeline: false,
        wildcard: part.prefix ? lunr.Query.wildcard.TRAILING : lunr.Query.wildcard.NONE,
      });
      // A whole-word hit should outrank a hit on a longer word that merely starts with it.
      if (part.prefix && part.kind === 'latin')
        query.term(term, { presence: lunr.Query.presence.OPTIONAL, usePipeline: false, boost: 2 });
    }
    for (const term of part.boosters)
      query.term(term, { presence: lunr.Query.presence.OPTIONAL, usePipeline: false, boost: 2 });
  }
}

/** Every term a plan requires, for counting how much of it a partial match covers. */
export function requiredTerms(plan: QueryPlan): { term: string; prefix: boolean }[] {
  return plan.parts.flatMap((p) => p.required.map((term) => ({ term, prefix: p.prefix })));
}

/** Every term a plan's clauses name, exact or as a prefix (what `applyPlan` queries). */
export function planTerms(plan: QueryPlan): { exact: string[]; prefixes: string[] } {
  const exact: string[] = [];
  const prefixes: string[] = [];
  for (const part of plan.parts) {
    for (const term of part.required) (part.prefix ? prefixes : exact).push(term);
    // A prefix term is also queried whole, with a boost (see `applyPlan`).
    if (part.prefix) exact.push(...part.required);
    exact.push(...part.boosters);
  }
  return { exact, prefixes };
}
