/** Shared result type, number checks and rounding for the field-tool calculations. */

/** One thing wrong with the input: which field, and what to do about it, in Traditional Chinese. */
export interface Problem {
  field: string;
  message: string;
}

/** Either the computed numbers, or the list of problems and nothing else: a caller never gets half a result. */
export type Result<T> = ({ ok: true } & T) | { ok: false; problems: Problem[] };

/** How a fractional number of 條 becomes a whole number. */
export type RoundingRule = 'half-up' | 'floor' | 'ceil';

/** Chinese name of each rounding rule, used in the assumption sentences. */
export const ROUNDING_NAMES: Record<RoundingRule, string> = {
  'half-up': '四捨五入',
  floor: '無條件捨去',
  ceil: '無條件進位',
};

// Products like 0.6 × 18 land a hair below the exact value in binary; the tolerance keeps 10.8 → 11 and 14.5 → 15.
const EPSILON = 1e-9;

/** Rounds a non-negative number by the given rule, tolerant of binary floating-point noise. */
export function roundBy(value: number, rule: RoundingRule): number {
  if (rule === 'floor') return Math.floor(value + EPSILON);
  if (rule === 'ceil') return Math.ceil(value - EPSILON);
  return Math.floor(value + 0.5 + EPSILON);
}

/** Formats a number the way the lessons print it: thousands separators, at most two decimals. */
export function formatNumber(value: number): string {
  return value.toLocaleString('en-US', { maximumFractionDigits: 2 });
}

/** Formats a fraction (0.6) as a whole percentage (60%); one decimal when it is not whole. */
export function formatPercent(fraction: number): string {
  const percent = Math.round(fraction * 1000) / 10;
  return `${formatNumber(percent)}%`;
}

interface NumberRule {
  /** Only whole numbers (條, 戶, days). */
  integer?: boolean;
  /** Zero is refused (a divisor such as days in stock). */
  positive?: boolean;
  /** Largest allowed value. */
  max?: number;
  /** Leave the field empty (undefined or null) without a problem. */
  optional?: boolean;
}

/**
 * Checks one number from a form. Returns the problem (naming the field in Chinese) or null.
 * Form values arrive as anything, so the check looks at the runtime value, not the declared type.
 */
export function checkNumber(value: unknown, field: string, label: string, rule: NumberRule = {}): Problem | null {
  if (value === undefined || value === null || value === '') {
    return rule.optional ? null : { field, message: `${label}沒有填。請填一個數字。` };
  }
  if (typeof value !== 'number' || Number.isNaN(value)) {
    return { field, message: `${label}不是數字。請只填阿拉伯數字，例如 12。` };
  }
  if (!Number.isFinite(value)) return { field, message: `${label}太大了，請填一個實際的數字。` };
  if (value < 0) return { field, message: `${label}不能是負數（填的是 ${formatNumber(value)}）。` };
  if (rule.positive && value === 0) return { field, message: `${label}要大於 0。` };
  if (rule.integer && !Number.isInteger(value)) {
    return { field, message: `${label}要是整數（填的是 ${formatNumber(value)}）。` };
  }
  if (rule.max !== undefined && value > rule.max) {
    return {
      field,
      message: `${label}不能大於 ${formatNumber(rule.max)}（填的是 ${formatNumber(value)}）。`,
    };
  }
  return null;
}

/** Checks a required piece of text; whitespace alone counts as empty. */
export function checkText(value: unknown, field: string, label: string): Problem | null {
  if (typeof value !== 'string') return { field, message: `${label}沒有填。` };
  if (value.trim() === '') return { field, message: `${label}沒有填。` };
  return null;
}

/** Collects the non-null problems of a list of checks. */
export function collect(...checks: (Problem | null)[]): Problem[] {
  return checks.filter((p): p is Problem => p !== null);
}

/** Whether a value is a finite number that passed its checks (for narrowing after collect). */
export function isNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}
