/**
 * What a number box on a phone form holds, read as a number: full-width digits and thousands separators are
 * accepted (a Chinese keyboard types ０-９ and ，), an empty box is "not filled", anything else is "not a number".
 */

/** The reading of one box: a number, nothing (empty), or text that is not a number. */
export type ReadNumber = number | undefined | typeof NOT_A_NUMBER;

/** Marks a box whose text is not a number, so the checks in result.ts can say so in Chinese. */
export const NOT_A_NUMBER = Number.NaN;

const FULL_WIDTH = /[０-９．－]/g;

/** Reads the text of a number box; '' → undefined, '12' / '１２' / '1,200' → number, 'abc' → NaN. */
export function readNumber(text: string | undefined | null): ReadNumber {
  if (text === undefined || text === null) return undefined;
  const plain = text
    .trim()
    .replace(FULL_WIDTH, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0))
    .replace(/[,，\s]/g, '');
  if (plain === '') return undefined;
  if (!/^-?\d+(\.\d+)?$/.test(plain)) return NOT_A_NUMBER;
  return Number(plain);
}

/** The text a number box shows for a stored number (empty when there is none). */
export function numberText(value: number | undefined | null): string {
  return typeof value === 'number' && Number.isFinite(value) ? String(value) : '';
}

/** Trims a line of text and reports whether anything is left. */
export function hasText(value: unknown): value is string {
  return typeof value === 'string' && value.trim() !== '';
}

/**
 * Whether a form's value holds a number box whose text was not a number (NaN): such a form is not saved (JSON would
 * turn NaN into null and lose what was typed); the box keeps the text and says what is wrong.
 */
export function hasUnreadableNumber(value: unknown): boolean {
  if (typeof value === 'number') return Number.isNaN(value);
  if (Array.isArray(value)) return value.some(hasUnreadableNumber);
  if (typeof value === 'object' && value !== null) return Object.values(value).some(hasUnreadableNumber);
  return false;
}

/** Drops keys whose value is undefined, so a stored record holds only what was filled in. */
export function compact<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
