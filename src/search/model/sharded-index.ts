/**
 * A lunr index over the shards loaded so far. Adding a shard only decodes its postings
 * into typed arrays; lunr's per-term postings are computed the first time a query
 * touches them and then kept, and each query gets BM25 vectors over its own terms only.
 *
 * Scores come out exactly as over the whole index: BM25 needs each term's document
 * frequency (all in its shard), each field's length and the average lengths (in the
 * manifest), and lunr's dot product only sums the terms the query holds, which are all
 * in loaded shards. Terms keep their number in the whole sorted list, so the sums run in
 * the same order too.
 */
import lunr from 'lunr';
import {
  SEARCH_INDEX_VERSION,
  decodePostings,
  decodeTerms,
  type SearchManifest,
  type SearchShard,
} from './index-format.ts';

// @types/lunr declares TokenSet.fromArray as an instance method; in lunr it is static.
const TokenSetStatics = lunr.TokenSet as unknown as { fromArray(sorted: string[]): lunr.TokenSet };

// Postings carry no metadata, so one shared empty object serves them all (lunr only
// reads its keys).
const NO_METADATA: object = Object.freeze({});

interface Term {
  id: number;
  /** (lesson × fieldCount + field), ascending. */
  entries: Uint32Array;
  /** Frequency of the term in each of `entries`. */
  tfs: Uint16Array;
  idf?: number;
}

/** Where `entry` is in the ascending `entries`, or -1. */
function findEntry(entries: Uint32Array, entry: number): number {
  let lo = 0;
  let hi = entries.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const e = entries[mid]!;
    if (e === entry) return mid;
    if (e < entry) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/** The terms a query's clauses name: exact terms, and prefixes a term may start with. */
export interface QueryTerms {
  exact: readonly string[];
  prefixes: readonly string[];
}

/** The index over what is loaded: add shards, then query. */
export interface ShardedIndex {
  /** Adds a shard (again is harmless). */
  add(shard: SearchShard): void;
  has(shard: number): boolean;
  /**
   * A lunr index over the loaded terms. Its token set holds only the loaded terms the
   * query can match (the exact ones, and those starting with a prefix): lunr expands each
   * clause by intersecting with it, so the result is the same as with every term, and
   * building it costs nothing next to a token set of the whole course.
   */
  index(query: QueryTerms): lunr.Index;
  /** Whether a term occurs in the course; only meaningful for terms of loaded shards. */
  hasTerm(term: string): boolean;
}

/** Refuses a file of another format version, with what to do about it. */
export function checkVersion(file: { v?: unknown }, what: string): void {
  if (file.v !== SEARCH_INDEX_VERSION) {
    throw new Error(
      `search ${what} has format ${String(file.v)}, this page expects ${SEARCH_INDEX_VERSION}; reload the page to get matching files`,
    );
  }
}

/** An empty index for `manifest`'s course. */
export function createShardedIndex(manifest: SearchManifest): ShardedIndex {
  checkVersion(manifest, 'index');
  const fields = manifest.fields.map(([name]) => name);
  const fieldCount = fields.length;
  const docCount = manifest.docCount;
  if (manifest.lengths.length !== docCount * fieldCount)
    throw new Error(
      `search index has ${manifest.lengths.length} field lengths for ${docCount} lessons; rebuild the site`,
    );
  const average = fields.map((_, f) => {
    let sum = 0;
    for (let doc = 0; doc < docCount; doc++) sum += manifest.lengths[doc * fieldCount + f]!;
    return sum / docCount;
  });
  const { k1, b } = manifest;

  const loaded = new Set<number>();
  const terms = new Map<string, Term>();
  const postings = new Map<Term, Record<string, unknown>>();
  const fieldNumber = new Map<string, number>(fields.map((name, f) => [name, f]));
  const pipeline = new lunr.Pipeline();

  // lunr.idf: a document counts once per field that holds the term.
  const idf = (term: Term) =>
    (term.idf ??= Math.log(1 + Math.abs((docCount - term.entries.length + 0.5) / (term.entries.length + 0.5))));

  const postingOf = (term: Term): Record<string, unknown> => {
    let posting = postings.get(term);
    if (posting) return posting;
    posting = { _index: term.id };
    // Plain objects: document refs are small integers, which V8 keeps in a fast
    // array-like store; lunr only reads them with Object.keys and [].
    const byField = fields.map(() => ({}) as Record<string, object>);
    for (const e of term.entries) byField[e % fieldCount]![String(Math.floor(e / fieldCount))] = NO_METADATA;
    fields.forEach((name, f) => (posting![name] = byField[f]));
    postings.set(term, posting);
    return posting;
  };
  const invertedIndex = new Proxy(Object.create(null) as Record<string, unknown>, {
    get(_, key) {
      if (typeof key !== 'string') return undefined;
      const term = terms.get(key);
      return term ? postingOf(term) : undefined;
    },
  });

  /**
   * A field's BM25 vector over `held` (ascending term ids): the query's terms. lunr's dot
   * product only sums terms both vectors hold, so leaving the rest out changes no score.
   */
  const vectorOf = (field: number, doc: number, held: readonly Term[]): lunr.Vector => {
    const entry = doc * fieldCount + field;
    const length = manifest.lengths[entry]!;
    const boost = manifest.fields[field]![1];
    const elements: number[] = [];
    // lunr evaluates this part of the denominator first too, so hoisting it changes no bit.
    const norm = k1 * (1 - b + b * (length / average[field]!));
    for (const term of held) {
      const at = findEntry(term.entries, entry);
      if (at === -1) continue;
      const tf = term.tfs[at]!;
      // Same operations in the same order as lunr.Builder#createFieldVectors, so the
      // rounded scores come out bit-identical.
      let score = (idf(term) * ((k1 + 1) * tf)) / (norm + tf);
      score *= boost;
      elements.push(term.id, Math.round(score * 1000) / 1000);
    }
    return new lunr.Vector(elements);
  };

  return {
    has: (shard) => loaded.has(shard),
    hasTerm: (term) => terms.has(term),
    add(shard) {
      checkVersion(shard, 'shard');
      if (loaded.has(shard.shard)) return;
      const names = decodeTerms(shard.terms);
      if (names.length !== shard.ids.length || names.length !== shard.postings.length)
        throw new Error(
          `search shard ${shard.shard} is damaged (terms and postings differ in number); rebuild the site`,
        );
      let id = -1;
      names.forEach((name, i) => {
        id += shard.ids[i]!;
        const entries: number[] = [];
        const tfs: number[] = [];
        decodePostings(shard.postings[i]!, (entry, tf) => {
          if (entry >= docCount * fieldCount)
            throw new Error(
              `search shard ${shard.shard} refers to lesson ${Math.floor(entry / fieldCount)} of ${docCount}; rebuild the site`,
            );
          entries.push(entry);
          tfs.push(tf);
        });
        terms.set(name, { id, entries: Uint32Array.from(entries), tfs: Uint16Array.from(tfs) });
      });
      loaded.add(shard.shard);
    },
    index(query) {
      const matching = new Set(query.exact.filter((t) => terms.has(t)));
      if (query.prefixes.length)
        for (const t of terms.keys()) if (query.prefixes.some((p) => t.startsWith(p))) matching.add(t);
      // Sorted as lunr's Builder sorts terms (Array#sort, by UTF-16 code units).
      const sorted = [...matching].sort();
      const held = sorted.map((t) => terms.get(t)!).sort((x, y) => x.id - y.id);
      const fieldVectors = new Proxy(Object.create(null) as Record<string, lunr.Vector | undefined>, {
        get(cache, key) {
          if (typeof key !== 'string') return undefined;
          if (!(key in cache)) {
            // lunr looks vectors up by FieldRef, whose string form is `${field}/${ref}`.
            const slash = key.indexOf('/');
            const field = fieldNumber.get(key.slice(0, slash));
            const doc = Number(key.slice(slash + 1));
            cache[key] = field === undefined || !(doc >= 0 && doc < docCount) ? undefined : vectorOf(field, doc, held);
          }
          return cache[key];
        },
      });
      // @types/lunr names the vectors `documentVectors`; lunr 2.3.9 reads `fieldVectors`.
      return new lunr.Index({
        invertedIndex,
        fieldVectors,
        tokenSet: TokenSetStatics.fromArray(sorted),
        fields,
        pipeline,
      } as unknown as lunr.Index.Attributes);
    },
  };
}
