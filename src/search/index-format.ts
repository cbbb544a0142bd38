/**
 * The shape of `search-index.json` and the lossless conversion between it and a lunr
 * index.
 *
 * lunr's own serialisation stores every (document, field, term) twice: once in the
 * inverted index and once as a vector of pre-computed scores with three decimals. With
 * characters and bigrams that is most of the file: 205 KB gzip for the course's
 * postings alone, against 89 KB for this whole file with the lesson text. This format
 * stores each pair once, as a delta-coded term number plus its frequency, and
 * `loadLunrIndex` recomputes the inverted index and the BM25 vectors with lunr's own
 * formula, so the loaded index scores like the one lunr built (a unit test holds it to
 * that, vector by vector).
 */
import lunr from 'lunr';

/** Bump when the file shape changes; the client refuses other versions with a clear message. */
export const SEARCH_INDEX_VERSION = 1;

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

/** The JSON file the site serves at `/search-index.json`. */
export interface SearchIndexFile {
  v: typeof SEARCH_INDEX_VERSION;
  /** lunr version the scores were computed for. */
  lunr: string;
  /** Traditional → Simplified pairs, see `fold.ts`. */
  fold: string;
  fields: [SearchField, number][];
  k1: number;
  b: number;
  modules: SearchModule[];
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
  const out: number[] = [];
  let previous = -1;
  for (const [n, tf] of pairs) {
    if (tf > 1) out.push(-tf);
    out.push(n - previous);
    previous = n;
  }
  return out;
}

/** Reverses `encodePostings`: calls `visit(termNumber, frequency)` in ascending term order. */
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

// @types/lunr declares TokenSet.fromArray as an instance method; in lunr it is static.
const TokenSetStatics = lunr.TokenSet as unknown as { fromArray(sorted: string[]): lunr.TokenSet };

/** Binary search in the sorted term list (sorted the way Array#sort orders strings, as lunr's Builder does). */
function findTerm(terms: readonly string[], term: string): number {
  let lo = 0;
  let hi = terms.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const t = terms[mid]!;
    if (t === term) return mid;
    if (t < term) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/** A loaded index, and a cheap check for a term that needs no lunr query. */
export interface LoadedIndex {
  index: lunr.Index;
  hasTerm(term: string): boolean;
}

// Postings carry no metadata, so one shared empty object serves them all (lunr only
// reads its keys).
const NO_METADATA: object = Object.freeze({});

/**
 * Loads the compact file as a lunr index. Loading only decodes the postings into typed
 * arrays; lunr's per-term postings and per-field BM25 vectors are computed the first time
 * a query touches them and then kept. With 1,000 lessons that turns a second of work at
 * load time (most of it for terms and lessons no query ever reaches) into a few
 * milliseconds spread over the first queries.
 */
export function loadLunrIndex(file: SearchIndexFile): LoadedIndex {
  if (file.v !== SEARCH_INDEX_VERSION) {
    throw new Error(
      `search index has format ${String(file.v)}, this page expects ${SEARCH_INDEX_VERSION}; reload the page to get matching files`,
    );
  }
  const fields = file.fields.map(([name]) => name);
  const fieldCount = fields.length;
  const docCount = file.docs.length;
  const terms = decodeTerms(file.terms);
  const termCount = terms.length;

  // Pass 1: how many (document, field) pairs hold each term, and each field's length.
  const df = new Uint32Array(termCount);
  const lengths = new Uint32Array(docCount * fieldCount);
  const totalLength = new Float64Array(fieldCount);
  for (let doc = 0; doc < docCount; doc++) {
    const docFields = file.postings[doc] ?? [];
    for (let f = 0; f < fieldCount; f++) {
      let length = 0;
      decodePostings(docFields[f] ?? [], (term, tf) => {
        if (term >= termCount) throw new Error(`search index refers to term ${term} of ${termCount}; rebuild the site`);
        df[term]!++;
        length += tf;
      });
      lengths[doc * fieldCount + f] = length;
      totalLength[f]! += length;
    }
  }
  // Pass 2: the inverted lists, term by term, as (doc × fieldCount + field).
  const offsets = new Uint32Array(termCount + 1);
  for (let t = 0; t < termCount; t++) offsets[t + 1] = offsets[t]! + df[t]!;
  const entries = new Uint32Array(offsets[termCount]!);
  const fill = offsets.slice(0, termCount);
  for (let doc = 0; doc < docCount; doc++) {
    const docFields = file.postings[doc] ?? [];
    for (let f = 0; f < fieldCount; f++)
      decodePostings(docFields[f] ?? [], (term) => (entries[fill[term]!++] = doc * fieldCount + f));
  }

  // lunr.idf: a document counts once per field that holds the term.
  const idfs = new Float64Array(termCount).fill(NaN);
  const idf = (t: number) => {
    let value = idfs[t]!;
    if (Number.isNaN(value)) idfs[t] = value = Math.log(1 + Math.abs((docCount - df[t]! + 0.5) / (df[t]! + 0.5)));
    return value;
  };
  const average = Array.from(totalLength, (sum) => sum / docCount);
  const { k1, b } = file;

  const postingOf = (t: number): Record<string, unknown> => {
    const posting: Record<string, unknown> = { _index: t };
    // Plain objects: document refs are small integers, which V8 keeps in a fast
    // array-like store; lunr only reads them with Object.keys and [].
    const byField = fields.map(() => ({}) as Record<string, object>);
    for (let i = offsets[t]!; i < offsets[t + 1]!; i++) {
      const e = entries[i]!;
      byField[e % fieldCount]![String(Math.floor(e / fieldCount))] = NO_METADATA;
    }
    fields.forEach((name, f) => (posting[name] = byField[f]));
    return posting;
  };

  const vectorOf = (field: number, doc: number): lunr.Vector => {
    const length = lengths[doc * fieldCount + field]!;
    const boost = file.fields[field]![1];
    const elements: number[] = [];
    // lunr evaluates this part of the denominator first too, so hoisting it changes no bit.
    const norm = k1 * (1 - b + b * (length / average[field]!));
    decodePostings(file.postings[doc]?.[field] ?? [], (term, tf) => {
      // Same operations in the same order as lunr.Builder#createFieldVectors, so the
      // rounded scores come out bit-identical.
      let score = (idf(term) * ((k1 + 1) * tf)) / (norm + tf);
      score *= boost;
      elements.push(term, Math.round(score * 1000) / 1000);
    });
    return new lunr.Vector(elements);
  };

  const fieldNumber = new Map<string, number>(fields.map((name, f) => [name, f]));
  const invertedIndex = new Proxy(Object.create(null) as Record<string, unknown>, {
    get(cache, term) {
      if (typeof term !== 'string') return undefined;
      if (!(term in cache)) {
        const t = findTerm(terms, term);
        cache[term] = t === -1 ? undefined : postingOf(t);
      }
      return cache[term];
    },
  });
  const fieldVectors = new Proxy(Object.create(null) as Record<string, lunr.Vector | undefined>, {
    get(cache, key) {
      if (typeof key !== 'string') return undefined;
      if (!(key in cache)) {
        // lunr looks vectors up by FieldRef, whose string form is `${field}/${ref}`.
        const slash = key.indexOf('/');
        const field = fieldNumber.get(key.slice(0, slash));
        const doc = Number(key.slice(slash + 1));
        cache[key] = field === undefined || !(doc >= 0 && doc < docCount) ? undefined : vectorOf(field, doc);
      }
      return cache[key];
    },
  });

  // @types/lunr names the vectors `documentVectors`; lunr 2.3.9 reads `fieldVectors`.
  const index = new lunr.Index({
    invertedIndex,
    fieldVectors,
    tokenSet: TokenSetStatics.fromArray(terms),
    fields,
    pipeline: new lunr.Pipeline(),
  } as unknown as lunr.Index.Attributes);
  return { index, hasTerm: (term) => findTerm(terms, term) !== -1 };
}
