/**
 * The search engine the browser loads on first use (and the tests and benchmark load in
 * Node): the lunr index, the query planner and the snippets, over a manifest and the
 * shards and lesson documents a `SearchLoader` fetches as queries need them.
 */
import type lunr from 'lunr';
import { createFolder, decodeFoldMap, type Folder } from './fold.ts';
import type { SearchDoc, SearchManifest, SearchModule, SearchShard } from './index-format.ts';
import { applyPlan, planQuery, planTerms, requiredTerms, type QueryMode, type QueryPlan } from './query.ts';
import { shardsForPlan } from './shard.ts';
import { createShardedIndex } from './sharded-index.ts';
import { excerpt, findMatches, markText, type Fragment } from './snippet.ts';
import { cjkTerms } from './tokenize.ts';

/** Fetches the files a query needs; a failed fetch rejects (the engine never treats it as "no match"). */
export interface SearchLoader {
  shard(n: number, hash: string): Promise<SearchShard>;
  doc(n: number, hash: string): Promise<SearchDoc>;
}

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
  /** Fetches what the query needs (rejecting if a file cannot be had), then answers it. */
  search(query: string, limit?: number): Promise<SearchOutcome>;
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

/** Builds an engine over a parsed `search-index.json`, fetching shards and lessons through `loader`. */
export function createSearchEngine(manifest: SearchManifest, loader: SearchLoader): SearchEngine {
  const sharded = createShardedIndex(manifest);
  const hasTerm = sharded.hasTerm;
  const folder = createFolder(decodeFoldMap(manifest.fold));
  const shardCount = manifest.shards.length;
  if (manifest.docs.length !== manifest.docCount)
    throw new Error(
      `search index names ${manifest.docs.length} lesson files for ${manifest.docCount} lessons; rebuild the site`,
    );

  // Only successful loads are kept, so a retry fetches again what failed.
  const shardLoads = new Map<number, Promise<void>>();
  const loadShard = (n: number): Promise<void> => {
    const hash = manifest.shards[n];
    if (!hash || sharded.has(n)) return Promise.resolve();
    let pending = shardLoads.get(n);
    if (!pending) {
      pending = loader.shard(n, hash).then((shard) => {
        if (shard.shard !== n) throw new Error(`search shard file ${n} holds shard ${shard.shard}; rebuild the site`);
        sharded.add(shard);
      });
      pending.catch(() => shardLoads.delete(n));
      shardLoads.set(n, pending);
    }
    return pending;
  };
  const docs = new Map<number, SearchDoc>();
  const docLoads = new Map<number, Promise<SearchDoc>>();
  const loadDoc = (n: number): Promise<SearchDoc> => {
    const have = docs.get(n);
    if (have) return Promise.resolve(have);
    let pending = docLoads.get(n);
    if (!pending) {
      pending = loader.doc(n, manifest.docs[n]!).then((d) => (docs.set(n, d), d));
      pending.catch(() => docLoads.delete(n));
      docLoads.set(n, pending);
    }
    return pending;
  };
  const loadDocs = (ranked: readonly Ranked[]) => Promise.all(ranked.map((r) => loadDoc(r.doc)));

  const foldedDocs = new Map<number, string>();
  const foldedDoc = (n: number): string => {
    let text = foldedDocs.get(n);
    if (text === undefined) {
      const d = docs.get(n)!;
      text = folder.fold([d.title, d.summary, ...d.sections.flatMap(([, h, t]) => [h, t])].join('\n'));
      foldedDocs.set(n, text);
    }
    return text;
  };

  const run = (plan: QueryPlan, mode: QueryMode): Ranked[] => {
    const missing = shardsForPlan(plan, shardCount).filter((n) => manifest.shards[n] && !sharded.has(n));
    // Never answer from part of the index: that would pass for "no match".
    if (missing.length) throw new Error(`search shards ${missing.join(', ')} are not loaded`);
    return sharded
      .index(planTerms(plan))
      .query((q) => applyPlan(q, plan, mode))
      .map((r: lunr.Index.Result) => ({
        doc: Number(r.ref),
        score: r.score,
        matched: r.matchData.metadata,
      }));
  };

  /** Lessons holding every run of the query as typed (not just all its bigrams) move up. */
  const rerank = async (ranked: Ranked[], plan: QueryPlan): Promise<Ranked[]> => {
    const phrases = plan.parts.filter((p) => p.required.length > 1).map((p) => p.text);
    if (phrases.length) {
      const top = ranked.slice(0, RERANK_DEPTH);
      await loadDocs(top);
      for (const r of top) {
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
    const d: SearchDoc = docs.get(r.doc)!;
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
      module: manifest.modules[d.module]?.title ?? '',
      snippet: useSummary ? excerpt(d.summary, summaryMatches, 90) : best!.fragments,
      score: r.score,
    };
    if (!useSummary && best?.heading) hit.section = best.heading;
    return hit;
  };

  return {
    modules: manifest.modules,
    size: manifest.docCount,
    async search(query, limit = 10) {
      const plan = planQuery(query, folder);
      if (plan.parts.length === 0) return { query, status: 'empty', hits: [], total: 0 };
      await Promise.all(shardsForPlan(plan, shardCount).map(loadShard));
      let status: SearchOutcome['status'] = 'all';
      let ranked = await rerank(run(plan, 'all'), plan);
      let suggestion: SearchOutcome['suggestion'];
      if (ranked.length === 0) {
        suggestion = suggest(plan);
        ranked = await rerank(
          run(plan, 'any').filter((r) => coverage(r, plan) >= 0.5),
          plan,
        );
        status = ranked.length ? 'partial' : 'none';
      }
      const top = ranked.slice(0, limit);
      await loadDocs(top);
      const outcome: SearchOutcome = {
        query,
        status,
        hits: top.map((r) => toHit(r, plan)),
        total: ranked.length,
      };
      if (suggestion) outcome.suggestion = suggestion;
      return outcome;
    },
  };
}

export type { Fragment, Folder };
