/**
 * The search engine the browser loads on first use (and the tests and benchmark load in
 * Node): the lunr index, the query planner and the snippets, over one index file.
 */
import type lunr from 'lunr';
import { createFolder, decodeFoldMap, type Folder } from './fold.ts';
import { loadLunrIndex, type SearchDoc, type SearchIndexFile, type SearchModule } from './index-format.ts';
import { applyPlan, planQuery, requiredTerms, type QueryMode, type QueryPlan } from './query.ts';
import { excerpt, findMatches, markText, type Fragment } from './snippet.ts';
import { cjkTerms } from './tokenize.ts';

/** One result, ready to display. */
export interface SearchHit {
  id: string;
  /** Lesson URL, with the section's anchor when the match is in a section. */
  href: string;
  title: string;
  titleFragments: Fragment[];
  module: string;
  /** The section heading the snippet comes from, if any. */
  section?: string;
  snippet: Fragment[];
  score: number;
}

/**
 * What a search found. `all`: lessons containing every part of the query. `partial`:
 * nothing had all of it; these have at least half. `none`: nothing at all.
 */
export interface SearchOutcome {
  query: string;
  status: 'empty' | 'all' | 'partial' | 'none';
  hits: SearchHit[];
  /** Number of matching lessons, of which `hits` is the best `limit`. */
  total: number;
  /** A shorter piece of the query that does find lessons, when the whole did not. */
  suggestion?: { query: string; total: number };
}

/** A loaded index that answers queries. */
export interface SearchEngine {
  search(query: string, limit?: number): SearchOutcome;
  readonly modules: readonly SearchModule[];
  readonly size: number;
}

interface Ranked {
  doc: number;
  score: number;
  /** lunr's match data (matched term → fields); read only for partial matches. */
  matched: object;
}

const PHRASE_BONUS = 2;
const RERANK_DEPTH = 50;

/** Builds an engine over a parsed `search-index.json`. */
export function createSearchEngine(file: SearchIndexFile): SearchEngine {
  const { index, hasTerm } = loadLunrIndex(file);
  const folder = createFolder(decodeFoldMap(file.fold));
  const docs = file.docs;
  const foldedDocs = new Map<number, string>();
  const foldedDoc = (n: number): string => {
    let text = foldedDocs.get(n);
    if (text === undefined) {
      const d = docs[n]!;
      text = folder.fold([d.title, d.summary, ...d.sections.flatMap(([, h, t]) => [h, t])].join('\n'));
      foldedDocs.set(n, text);
    }
    return text;
  };

  const run = (plan: QueryPlan, mode: QueryMode): Ranked[] =>
    index
      .query((q) => applyPlan(q, plan, mode))
      .map((r: lunr.Index.Result) => ({
        doc: Number(r.ref),
        score: r.score,
        matched: r.matchData.metadata,
      }));

  /** Lessons holding every run of the query as typed (not just all its bigrams) move up. */
  const rerank = (ranked: Ranked[], plan: QueryPlan): Ranked[] => {
    const phrases = plan.parts.filter((p) => p.required.length > 1).map((p) => p.text);
    if (phrases.length) {
      for (const r of ranked.slice(0, RERANK_DEPTH)) {
        const text = foldedDoc(r.doc);
        if (phrases.every((p) => text.includes(p))) r.score *= PHRASE_BONUS;
      }
    }
    return ranked.sort((a, b) => b.score - a.score || a.doc - b.doc);
  };

  const coverage = (r: Ranked, plan: QueryPlan): number => {
    const required = requiredTerms(plan);
    const terms = Object.keys(r.matched);
    const hit = required.filter(({ term, prefix }) =>
      prefix ? terms.some((m) => m.startsWith(term)) : term in r.matched,
    );
    return required.length ? hit.length / required.length : 0;
  };

  const countAll = (text: string): number => {
    const plan = planQuery(text, folder);
    return plan.parts.length ? run(plan, 'all').length : 0;
  };

  /** The longest piece of a CJK run in the query that finds something on its own. */
  const suggest = (plan: QueryPlan): SearchOutcome['suggestion'] => {
    let tries = 0;
    for (const part of plan.parts) {
      // Pieces are cut from the text as typed, so the learner sees their own script back.
      const typed = [...part.typed];
      const chars = typed.length === [...part.text].length ? typed : [...part.text];
      if (part.kind !== 'cjk' || chars.length < 3) continue;
      for (let length = chars.length - 1; length >= 2; length--) {
        let best: { query: string; total: number } | undefined;
        for (let at = 0; at + length <= chars.length && tries < 40; at++, tries++) {
          const piece = chars.slice(at, at + length).join('');
          // A piece with a bigram the course never uses cannot match: skip the lunr query.
          const bigrams = cjkTerms(folder.fold(piece)).filter((t) => t.kind === 'bigram');
          if (!bigrams.every((t) => hasTerm(t.term))) continue;
          const total = countAll(piece);
          if (total && (!best || total > best.total)) best = { query: piece, total };
        }
        if (best) return best;
      }
    }
    return undefined;
  };

  const toHit = (r: Ranked, plan: QueryPlan): SearchHit => {
    const d: SearchDoc = docs[r.doc]!;
    const titleMatches = findMatches(d.title, plan, folder);
    let best: { fragments: Fragment[]; anchor: string; heading: string; covered: number } | undefined;
    for (const [anchor, heading, text] of d.sections) {
      const matches = findMatches(text, plan, folder);
      const covered = matches.reduce((sum, [s, e]) => sum + e - s, 0);
      if (covered > (best?.covered ?? 0)) best = { fragments: excerpt(text, matches), anchor, heading, covered };
    }
    const summaryMatches = findMatches(d.summary, plan, folder);
    // The summary is the better excerpt when it matches at least as well as any section.
    const useSummary = !best || summaryMatches.reduce((sum, [s, e]) => sum + e - s, 0) >= best.covered;
    const link =
      !useSummary && best?.anchor && titleMatches.length === 0
        ? `${d.href}#${encodeURIComponent(best.anchor)}`
        : d.href;
    const hit: SearchHit = {
      id: d.id,
      href: link,
      title: d.title,
      titleFragments: markText(d.title, titleMatches),
      module: file.modules[d.module]?.title ?? '',
      snippet: useSummary ? excerpt(d.summary, summaryMatches, 90) : best!.fragments,
      score: r.score,
    };
    if (!useSummary && best?.heading) hit.section = best.heading;
    return hit;
  };

  return {
    modules: file.modules,
    size: docs.length,
    search(query, limit = 10) {
      const plan = planQuery(query, folder);
      if (plan.parts.length === 0) return { query, status: 'empty', hits: [], total: 0 };
      let status: SearchOutcome['status'] = 'all';
      let ranked = rerank(run(plan, 'all'), plan);
      let suggestion: SearchOutcome['suggestion'];
      if (ranked.length === 0) {
        suggestion = suggest(plan);
        ranked = rerank(
          run(plan, 'any').filter((r) => coverage(r, plan) >= 0.5),
          plan,
        );
        status = ranked.length ? 'partial' : 'none';
      }
      const outcome: SearchOutcome = {
        query,
        status,
        hits: ranked.slice(0, limit).map((r) => toHit(r, plan)),
        total: ranked.length,
      };
      if (suggestion) outcome.suggestion = suggestion;
      return outcome;
    },
  };
}

export type { Fragment, Folder };
