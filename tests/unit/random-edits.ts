/** Deterministic random edits for the fuzz tests that hold a lean reader against the store's (or parseImport). */

/** A small deterministic random source (mulberry32), so a failure can be replayed from its seed. */
export function random(seed: number) {
  let s = seed >>> 0;
  const next = () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  return { next, int, pick: <T>(xs: readonly T[]): T => xs[int(xs.length)]! };
}
export type Random = ReturnType<typeof random>;

export interface EditOdds {
  /** Below this depth the walk goes on; at it, the value met is replaced. */
  maxDepth: number;
  /** Chance, at each level, of replacing the value met instead of going deeper. */
  replace: number;
  /** Chance of adding a key (then, up to `add + remove`, of deleting one); otherwise one key is edited deeper. */
  add: number;
  remove: number;
}

/** One random edit somewhere inside `value`: a value replaced, a key added or deleted; the original is untouched. */
export function mutate(
  value: unknown,
  r: Random,
  keys: readonly string[],
  values: readonly unknown[],
  odds: EditOdds,
  depth = 0,
): unknown {
  if (typeof value !== 'object' || value === null || depth > odds.maxDepth || r.next() < odds.replace) {
    return r.pick(values);
  }
  const copy: Record<string, unknown> = Array.isArray(value) ? ([...value] as never) : { ...value };
  const own = Object.keys(copy);
  const roll = r.next();
  if (roll < odds.add || own.length === 0) copy[r.pick(keys)] = r.pick(values);
  else if (roll < odds.add + odds.remove) delete copy[r.pick(own)];
  else {
    const k = r.pick(own);
    copy[k] = mutate(copy[k], r, keys, values, odds, depth + 1);
  }
  return copy;
}
