/** How a set of levels spreads out: quartiles, a count per scale point, and who is below target. Pure. */
import type { ScaleRange } from '../../assessment/model/model.ts';

/** One learner's level on a skill or factor. */
export interface MemberLevel {
  member: string;
  level: number;
}

export interface Distribution {
  /** Learners with a level. */
  n: number;
  min: number | undefined;
  q1: number | undefined;
  median: number | undefined;
  q3: number | undefined;
  max: number | undefined;
  mean: number | undefined;
  /** Learners per scale point: levels rounded to the nearest point, from range.min to range.max. */
  counts: number[];
  /** Learners whose level is below the target, lowest first (ties keep the given order). */
  below: MemberLevel[];
}

/** The `p` quantile (0–1) of sorted values, interpolated between neighbours (type 7, as spreadsheets do). */
export function quantile(sorted: readonly number[], p: number): number | undefined {
  if (sorted.length === 0) return undefined;
  const at = (sorted.length - 1) * p;
  const lo = Math.floor(at);
  const hi = Math.ceil(at);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (at - lo);
}

/** The spread of `levels` on `range`, against `target` (a factor's target may be a mean, not a scale point). */
export function distribute(levels: readonly MemberLevel[], target: number, range: ScaleRange): Distribution {
  const sorted = levels.map((l) => l.level).sort((a, b) => a - b);
  const counts = Array.from({ length: range.max - range.min + 1 }, () => 0);
  for (const v of sorted) {
    const point = Math.min(range.max, Math.max(range.min, Math.round(v)));
    counts[point - range.min]!++;
  }
  const below = levels
    .map((l, index) => ({ l, index }))
    .filter(({ l }) => l.level < target)
    .sort((a, b) => a.l.level - b.l.level || a.index - b.index)
    .map(({ l }) => l);
  return {
    n: sorted.length,
    min: sorted[0],
    q1: quantile(sorted, 0.25),
    median: quantile(sorted, 0.5),
    q3: quantile(sorted, 0.75),
    max: sorted[sorted.length - 1],
    mean: sorted.length ? sorted.reduce((a, b) => a + b, 0) / sorted.length : undefined,
    counts,
    below,
  };
}
