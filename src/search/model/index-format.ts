/**
 * The shapes of the search index and the lossless codecs between them.
 *
 * The builder makes one `SearchIndexFile` (every lesson, every term). The site does not
 * serve it whole: `splitIndex` cuts it into a small manifest (`/search-index.json`), one
 * shard per group of term first-characters (`shard.ts`) and one file per lesson, so a
 * first search downloads the manifest, the few shards its query's terms live in and the
 * lessons it shows, not the whole course. At 1,000 lessons that is tens of kilobytes
 * instead of megabytes.
 *
 * lunr's own serialisation stores every (document, field, term) twice: once in the
 * inverted index and once as a vector of pre-computed scores. These files store each
 * pair once, as a delta-coded number plus its frequency, and `createShardedIndex`
 * recomputes lunr's postings and BM25 vectors with lunr's own formula, so the loaded
 * index scores like the one lunr built (a unit test holds it to that, vector by vector).
 */

/** Bump when the file shapes change; the client refuses other versions with a clear message. */
export const SEARCH_INDEX_VERSION = 2;

/** Indexed fields with their build-time boosts: a hit in a title outranks the same hit in a paragraph. */
export const SEARCH_FIELDS = [
  ['title', 10],
  ['headings', 4],
  ['summary', 3],
  ['body', 1],
] as const satisfies readonly (readonly [string, number])[];

/** One of the indexed fields. */
export type SearchField = (typeof SEARCH_FIELDS)[number][0];

/** A module a lesson belongs to (for result labels and the no-result suggestions). */
export interface SearchModule {
  id: string;
  title: string;
  href: string;
}

/** What a result shows and links to. Sections are `[anchor, heading, text]`; anchor `''` means none. */
export interface SearchDoc {
  id: string;
  href: string;
  title: string;
  /** Index into `SearchIndexFile.modules`. */
  module: number;
  summary: string;
  sections: [anchor: string, heading: string, text: string][];
}

/** What every file of the index shares: the scoring parameters and the fold map. */
interface IndexCommon {
  /** lunr version the scores were computed for. */
  lunr: string;
  /** Traditional → Simplified pairs, see `fold.ts`. */
  fold: string;
  fields: [SearchField, number][];
  k1: number;
  b: number;
  modules: SearchModule[];
}

/** The whole index as the builder makes it (tests and benchmarks read it; the site serves it split). */
export interface SearchIndexFile extends IndexCommon {
  v: typeof SEARCH_INDEX_VERSION;
  docs: SearchDoc[];
  /** Every term, sorted, front-coded (see `encodeTerms`). */
  terms: string;
  /**
   * `postings[doc][field]`: the terms of that field in ascending term order. A positive
   * number is the gap from the previous term number (the first gap counts from -1) with
   * frequency 1; a negative number `-n` says the next term occurs `n` times.
   */
  postings: number[][][];
}

/** `/search-index.json`: what a first search needs before it knows which shards to fetch. */
export interface SearchManifest extends IndexCommon {
  v: typeof SEARCH_INDEX_VERSION;
  /** Number of lessons. */
  docCount: number;
  /** Number of term lengths per (lesson, field), lesson-major: BM25 needs every field's length. */
  lengths: number[];
  /** Content hash of each shard file, by shard number; `''` for a shard no term falls in. */
  shards: string[];
  /** Content hash of each lesson's document file, by lesson number. */
  docs: string[];
}

/** One shard: the terms whose first character falls in it, with who holds them. */
export interface SearchShard {
  v: typeof SEARCH_INDEX_VERSION;
  shard: number;
  /** The shard's terms, sorted, front-coded. */
  terms: string;
  /** Each term's number in the whole sorted term list, as gaps (the first counts from -1). */
  ids: number[];
  /**
   * `postings[i]`: the (lesson × fieldCount + field) pairs holding term `i`, ascending,
   * coded as in `SearchIndexFile.postings` (gaps, negative numbers for frequencies).
   */
  postings: number[][];
}

/** Term frequencies of one field of one document: term → count. */
export type TermFrequencies = Record<string, number>;

/** Delta-codes term frequencies against the sorted term list. */
export function encodePostings(frequencies: TermFrequencies, termNumber: ReadonlyMap<string, number>): number[] {
  const pairs = Object.entries(frequencies).map(([term, tf]) => {
    const n = termNumber.get(term);
    if (n === undefined) throw new Error(`term "${term}" is missing from the term list`);
    return [n, tf] as const;
  });
  pairs.sort((a, b) => a[0] - b[0]);
  return encodeCounts(pairs);
}

/** Codes ascending `[number, frequency]` pairs: gaps from the previous number, `-tf` before a frequency above 1. */
export function encodeCounts(pairs: readonly (readonly [number, number])[]): number[] {
  const out: number[] = [];
  let previous = -1;
  for (const [n, tf] of pairs) {
    if (n <= previous) throw new Error(`numbers must ascend: ${n} after ${previous}`);
    if (tf > 1) out.push(-tf);
    out.push(n - previous);
    previous = n;
  }
  return out;
}

/** Reverses `encodePostings` and `encodeCounts`: calls `visit(termNumber, frequency)` in ascending term order. */
export function decodePostings(encoded: readonly number[], visit: (term: number, tf: number) => void): void {
  let previous = -1;
  let tf = 1;
  for (const value of encoded) {
    if (value < 0) {
      tf = -value;
      continue;
    }
    previous += value;
    visit(previous, tf);
    tf = 1;
  }
}

/** Front-codes the sorted term list: each item is the length (0–9) of the prefix it shares with the previous term, then the rest; items are space-separated (terms never contain spaces). Sorted bigrams share their first character, so this is about a third smaller than a JSON array. */
export function encodeTerms(sorted: readonly string[]): string {
  let previous = '';
  return sorted
    .map((term) => {
      let k = 0;
      while (k < 9 && k < term.length && k < previous.length && term[k] === previous[k]) k++;
      // Never split a surrogate pair between the shared prefix and the rest.
      if (k > 0 && /[\uD800-\uDBFF]/.test(term[k - 1]!)) k--;
      previous = term;
      return `${k}${term.slice(k)}`;
    })
    .join(' ');
}

/** Reverses `encodeTerms`. */
export function decodeTerms(encoded: string): string[] {
  if (!encoded) return [];
  let previous = '';
  return encoded.split(' ').map((item) => {
    previous = previous.slice(0, Number(item[0])) + item.slice(1);
    return previous;
  });
}
