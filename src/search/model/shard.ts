/**
 * Which shard a term lives in, which shards a query needs, and the split of a whole
 * index into the files the site serves (see `index-format.ts`).
 *
 * A term's shard is its first code point modulo the shard count. Every term a query can
 * touch starts with a character the learner typed: a CJK run's bigrams and segmenter
 * words start at one of its characters (all but the last, since a bigram or a word has
 * at least two), a single character is its own term, and a Latin word still being typed
 * expands to terms that start with its own first letter. So the shards of those
 * characters hold everything the query, its partial fallback and its suggestions read.
 */
import {
  SEARCH_INDEX_VERSION,
  decodePostings,
  decodeTerms,
  encodeCounts,
  encodeTerms,
  type SearchDoc,
  type SearchIndexFile,
  type SearchManifest,
  type SearchShard,
} from './index-format.ts';
import type { QueryPlan } from './query.ts';

/** The shard a term belongs to. */
export const shardOf = (term: string, count: number): number => (term.codePointAt(0) ?? 0) % count;

/** Every shard a plan can read, ascending. */
export function shardsForPlan(plan: QueryPlan, count: number): number[] {
  const out = new Set<number>();
  for (const part of plan.parts) {
    if (part.kind === 'latin') {
      out.add(shardOf(part.text, count));
      continue;
    }
    const chars = [...part.text];
    const starts = chars.length === 1 ? chars : chars.slice(0, -1);
    for (const c of starts) out.add(shardOf(c, count));
  }
  return [...out].sort((a, b) => a - b);
}

/** Where the site serves a shard and a lesson's document (src/pages/search/). */
export const shardPath = (n: number, hash: string): string => `/search/shard/${n}-${hash}.json`;
export const docPath = (n: number, hash: string): string => `/search/doc/${n}-${hash}.json`;

/** Shards for an index of `entries` (lesson, field, term) triples: about 2,000 per shard, a power of two from 8 to 1,024. */
export function shardCountFor(entries: number): number {
  let count = 8;
  while (count < 1024 && entries / count > 2000) count *= 2;
  return count;
}

/** The files of a split index, before they are named by their content. */
export interface SplitIndex {
  /** The manifest without the file hashes (`shards` and `docs` are filled in by whoever names the files). */
  manifest: Omit<SearchManifest, 'shards' | 'docs'>;
  /** By shard number; `undefined` where no term falls. */
  shards: (SearchShard | undefined)[];
  docs: SearchDoc[];
}

/** Splits the whole index into manifest, shards and lesson documents. */
export function splitIndex(file: SearchIndexFile, shardCount?: number): SplitIndex {
  const fieldCount = file.fields.length;
  const docCount = file.docs.length;
  const terms = decodeTerms(file.terms);
  const lists: [number, number][][] = terms.map(() => []);
  const lengths = new Array<number>(docCount * fieldCount).fill(0);
  let entries = 0;
  for (let doc = 0; doc < docCount; doc++) {
    for (let f = 0; f < fieldCount; f++) {
      const entry = doc * fieldCount + f;
      decodePostings(file.postings[doc]?.[f] ?? [], (term, tf) => {
        const list = lists[term];
        if (!list) throw new Error(`search index refers to term ${term} of ${terms.length}; rebuild the site`);
        list.push([entry, tf]);
        lengths[entry]! += tf;
        entries++;
      });
    }
  }
  const count = shardCount ?? shardCountFor(entries);
  const members: number[][] = Array.from({ length: count }, () => []);
  terms.forEach((term, t) => members[shardOf(term, count)]!.push(t));
  const shards = members.map((ts, shard): SearchShard | undefined => {
    if (ts.length === 0) return undefined;
    let previous = -1;
    return {
      v: SEARCH_INDEX_VERSION,
      shard,
      terms: encodeTerms(ts.map((t) => terms[t]!)),
      ids: ts.map((t) => {
        const gap = t - previous;
        previous = t;
        return gap;
      }),
      postings: ts.map((t) => encodeCounts(lists[t]!)),
    };
  });
  const { lunr, fold, fields, k1, b, modules } = file;
  return {
    manifest: { v: SEARCH_INDEX_VERSION, lunr, fold, fields, k1, b, modules, docCount, lengths },
    shards,
    docs: file.docs,
  };
}
