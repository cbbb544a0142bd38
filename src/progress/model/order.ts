/** Stable orders of stored times and record keys, so every tab agrees. Pure. */
import { timeValue } from './time.ts';

/** Orders two stored times by the moment they name (offsets included), then by text so every tab agrees. */
export function compareTimes(a: string, b: string): number {
  const x = timeValue(a);
  const y = timeValue(b);
  if (x !== y && !Number.isNaN(x) && !Number.isNaN(y)) return x < y ? -1 : 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Stable key order so equal documents serialise to equal strings. */
export function sortKeys<T>(record: Record<string, T>): Record<string, T> {
  return Object.fromEntries(Object.entries(record).sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0)));
}
