/**
 * Fills `{name}` placeholders in a template. Kept apart from the dictionary so islands can use it without shipping
 * every string, and from the dates (dates.ts), which the quiz on a lesson page never shows.
 */
export function format(template: string | undefined, vars: Record<string, string | number> = {}): string {
  return (template ?? '').replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(vars, name) ? String(vars[name]) : whole,
  );
}

/** What a translator is: a key (and placeholder values) in, the text out. */
export type Translate = (key: string, vars?: Record<string, string | number>) => string;

/** A translator over the strings an island received as a prop. */
export function translator(strings: Record<string, string>) {
  return (key: string, vars?: Record<string, string | number>) =>
    format(Object.hasOwn(strings, key) ? strings[key] : key, vars);
}

/** What a formatter shows for a value it cannot read (a damaged time, NaN): never an exception. */
export const UNKNOWN = '—';

/** A share from 0 to 1 as a whole percentage, e.g. 0.756 → 76%; `—` for a number that is not finite. */
export function formatPercent(share: number): string {
  return typeof share === 'number' && Number.isFinite(share) ? `${Math.round(share * 100)}%` : UNKNOWN;
}
