/** Strict checks of stored times. Pure and cheap: a regex and a few comparisons, no Date parsing. */

const ISO_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.\d{1,9})?(?:Z|[+-](\d{2}):(\d{2}))$/;

const daysInMonth = (year: number, month: number): number =>
  month === 2
    ? year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)
      ? 29
      : 28
    : [4, 6, 9, 11].includes(month)
      ? 30
      : 31;

/**
 * True for an ISO 8601 time as `Date.toISOString()` writes it (or with an offset) that names a
 * real moment: month 1–12, a day the month has, hour 0–23, minute and second 0–59, offset up to ±23:59.
 * `2026-12-01T58:05:00Z`, `2026-13-01…`, `2026-04-31…` and `…23:59:60Z` are refused.
 */
export function isValidIsoTime(value: string): boolean {
  const m = ISO_TIME.exec(value);
  if (!m) return false;
  // The groups are digits only, so `+` reads them exactly.
  const month = +m[2]!;
  const day = +m[3]!;
  return (
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(+m[1]!, month) &&
    +m[4]! < 24 &&
    +m[5]! < 60 &&
    +m[6]! < 60 &&
    (m[7] === undefined || (+m[7] < 24 && +m[8]! < 60))
  );
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a calendar date written YYYY-MM-DD that exists (`2026-02-29` and `2026-4-1` are refused). */
export function isValidIsoDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const [year, month, day] = m.slice(1, 4).map(Number) as [number, number, number];
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** Milliseconds since 1970 for a valid stored time, NaN otherwise; for ordering times written with different offsets. */
export function timeValue(value: string): number {
  return isValidIsoTime(value) ? Date.parse(value) : Number.NaN;
}
