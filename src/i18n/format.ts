/** Fills `{name}` placeholders in a template. Kept apart from the dictionary so islands can use it without shipping every string. */
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

const LOCALE = 'zh-Hant-TW';
const formatters = new Map<string, Intl.DateTimeFormat>();
const OPTIONS = {
  long: { dateStyle: 'long' },
  short: {},
  // 24-hour clock, written the same everywhere: 12月1日 18:05 (never 下午06:05).
  dateTime: { month: 'long', day: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' },
} satisfies Record<string, Intl.DateTimeFormatOptions>;

function formatWith(style: keyof typeof OPTIONS, iso: unknown): string {
  if (typeof iso !== 'string') return UNKNOWN;
  const date = new Date(iso);
  if (!Number.isFinite(date.getTime())) return UNKNOWN;
  let formatter = formatters.get(style);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(LOCALE, OPTIONS[style]);
    formatters.set(style, formatter);
  }
  try {
    return formatter.format(date);
  } catch {
    return UNKNOWN;
  }
}

/** A date as the learner reads it: `long` 2026年11月27日, `short` 2026/11/27; `—` for a time that cannot be read. */
export function formatDate(iso: string, style: 'long' | 'short' = 'long'): string {
  return formatWith(style, iso);
}

/** A date and a 24-hour time, e.g. 12月1日 18:05; `—` for a time that cannot be read. */
export function formatDateTime(iso: string): string {
  return formatWith('dateTime', iso);
}

/** A share from 0 to 1 as a whole percentage, e.g. 0.756 → 76%; `—` for a number that is not finite. */
export function formatPercent(share: number): string {
  return typeof share === 'number' && Number.isFinite(share) ? `${Math.round(share * 100)}%` : UNKNOWN;
}
