/** Dates and times as the learner reads them (2026年11月27日, 12月1日 18:05); `—` for a time that cannot be read, never an exception. */
import { UNKNOWN } from './format.ts';

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
