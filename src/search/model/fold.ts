/**
 * Character folding, applied identically to the course text (at build time) and to
 * what the learner types (in the browser): compatibility width (全形ＡＢＣ１２３ → abc123),
 * letter case, and Traditional/Simplified script.
 *
 * The script fold goes Traditional → Simplified because that direction is a function
 * (發 and 髮 both become 发), whereas Simplified → Traditional is one-to-many and would
 * force a guess. Folding both sides to the same form means 陳列 and 陈列 meet at 陈列.
 * The map only holds characters that occur in the course (see `fold-map.ts`), so the
 * browser never downloads a conversion dictionary.
 */

/** Traditional → Simplified, one code point to one code point, for characters of the course. */
export type FoldMap = ReadonlyMap<string, string>;

/** Folded text, and where each of its UTF-16 units came from in the original. */
export interface Folded {
  text: string;
  /**
   * `from[i]` is where folded unit `i` starts in the original, `from[text.length]` the
   * original length; `null` when every character folded to as many units as it had,
   * which is nearly always (the array would only feed the garbage collector then).
   */
  from: number[] | null;
}

/** Where folded unit `i` came from in the original text. */
export const originOf = (folded: Folded, i: number): number => (folded.from ? folded.from[i]! : i);

/** Folds text with a fixed map; remembers each character's fold so snippets over long bodies stay cheap. */
export interface Folder {
  fold(text: string): string;
  foldWithOffsets(text: string): Folded;
  readonly map: FoldMap;
}

/** A folder over `map`. */
export function createFolder(map: FoldMap): Folder {
  const cache = new Map<string, string>();
  const foldChar = (ch: string): string => {
    let out = cache.get(ch);
    if (out === undefined) {
      out = '';
      // NFKC per code point: folds full-width Latin/digits/punctuation and compatibility
      // ideographs; lower-casing after it so ＡＢＣ ends as abc.
      for (const c of ch.normalize('NFKC').toLowerCase()) out += map.get(c) ?? c;
      cache.set(ch, out);
    }
    return out;
  };
  return {
    map,
    fold(text) {
      let out = '';
      for (const ch of text) out += foldChar(ch);
      return out;
    },
    foldWithOffsets(text) {
      let out = '';
      let from: number[] | null = null;
      let i = 0;
      for (const ch of text) {
        const f = foldChar(ch);
        if (!from && f.length !== ch.length) from = Array.from({ length: out.length }, (_, k) => k);
        if (from) for (let k = 0; k < f.length; k++) from.push(i);
        out += f;
        i += ch.length;
      }
      from?.push(text.length);
      return { text: out, from };
    },
  };
}

/** Packs a fold map into a string of code-point pairs (`陳陈紅红…`), the form shipped in the index. */
export function encodeFoldMap(map: FoldMap): string {
  let out = '';
  for (const [from, to] of [...map].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) out += from + to;
  return out;
}

/** Reads the pair string written by `encodeFoldMap`; throws if it is not whole pairs of single characters. */
export function decodeFoldMap(pairs: string): FoldMap {
  const chars = [...pairs];
  if (chars.length % 2 !== 0)
    throw new Error(`search index fold map has an odd number of characters (${chars.length}); rebuild the site`);
  const map = new Map<string, string>();
  for (let i = 0; i < chars.length; i += 2) map.set(chars[i]!, chars[i + 1]!);
  return map;
}
