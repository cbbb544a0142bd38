/**
 * Hand-written checks of the progress document (the building blocks, and the records a lesson
 * page reads: lessons, review cards, epoch, settings; validate.ts has the rest): exactly the rules the zod schema used to apply
 * (ids, strict ISO times, number ranges, literal unions, size limits), at a fraction of the
 * bytes and time. Pure.
 *
 * A check returns undefined when the value is valid, or the first problem found, in the order
 * zod reported it (fields in declaration order, records in key order). Like zod's objects, a
 * check of an object removes fields it does not know, in place: the values checked here are
 * always fresh from JSON.parse or a copy.
 */
import { isProgressId, MAX_ID_LENGTH } from './ids.ts';
import { isValidIsoTime } from './time.ts';

/** Limits that keep a hostile or broken file from swelling the store. */
export const LIMITS = { records: 20_000, idLength: MAX_ID_LENGTH, answerItems: 50 } as const;

/** Where a value is wrong; `time` is set when it is a string that is not a real ISO time. */
export interface Problem {
  path: (string | number)[];
  time?: true;
}

export type Check = (value: unknown) => Problem | undefined;

/**
 * Ids already found valid. A heavy year repeats the same few hundred ids (question, skill and
 * quiz ids) tens of thousands of times; remembering them halves the time of a full check.
 */
const knownIds = new Set<string>();
const KNOWN_IDS_LIMIT = 50_000;
function isId(key: string): boolean {
  if (knownIds.has(key)) return true;
  if (!isProgressId(key)) return false;
  if (knownIds.size < KNOWN_IDS_LIMIT) knownIds.add(key);
  return true;
}

export const here: Problem = Object.freeze({ path: [] }) as Problem;
const badTime: Problem = Object.freeze({ path: [], time: true }) as Problem;

/** Prefixes a nested problem with the key it was found under (a new object: `here` is shared). */
const at = (key: string | number, problem: Problem): Problem =>
  problem.time ? { path: [key, ...problem.path], time: true } : { path: [key, ...problem.path] };

/** A plain object, as zod's records and objects accept (no arrays, no class instances). */
export function isPlain(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

export const isoTime: Check = (v) => (typeof v !== 'string' ? here : isValidIsoTime(v) ? undefined : badTime);
export const id: Check = (v) => (typeof v === 'string' && isId(v) ? undefined : here);
const finite = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
export const boolean: Check = (v) => (typeof v === 'boolean' ? undefined : here);
export const range =
  (min: number, max: number, integer = false): Check =>
  (v) =>
    finite(v) && v >= min && v <= max && (!integer || Number.isInteger(v)) ? undefined : here;
export const nonNegative: Check = (v) => (finite(v) && v >= 0 ? undefined : here);
export const fraction = /* @__PURE__ */ range(0, 1);
export const count = /* @__PURE__ */ range(0, 1_000_000, true);
export const oneOf =
  (...values: readonly unknown[]): Check =>
  (v) => {
    for (const x of values) if (v === x) return undefined;
    return here;
  };

/** Records keyed by ids, each value checked; `limit` caps the number of entries. */
export function recordOf(value: Check, limit = Number.POSITIVE_INFINITY): Check {
  return (v) => {
    if (!isPlain(v)) return here;
    let n = 0;
    for (const key in v) {
      if (!isId(key)) return { path: [key] };
      const problem = value(v[key]);
      if (problem) return at(key, problem);
      n++;
    }
    return n <= limit ? undefined : here;
  };
}

/** An object with these fields; fields marked optional may be absent. Unknown fields are removed. */
export function object(shape: Record<string, Check>, optional: readonly string[] = []): Check {
  const fields = Object.keys(shape);
  const checks = fields.map((f) => shape[f]!);
  const required = fields.map((f) => !optional.includes(f));
  return (v) => {
    if (!isPlain(v)) return here;
    let present = 0;
    for (let i = 0; i < fields.length; i++) {
      const field = fields[i]!;
      const value = v[field];
      if (value === undefined) {
        if (required[i]) return { path: [field] };
        if (Object.hasOwn(v, field)) present++;
        continue;
      }
      present++;
      const problem = checks[i]!(value);
      if (problem) return at(field, problem);
    }
    let keys = 0;
    for (const _ in v) keys++;
    if (keys !== present) for (const key of Object.keys(v)) if (!Object.hasOwn(shape, key)) delete v[key];
    return undefined;
  };
}

export const lessonRecord = /* @__PURE__ */ object({ done: boolean, at: isoTime });

export const reviewCard = /* @__PURE__ */ object(
  {
    quiz: id,
    question: id,
    at: isoTime,
    due: isoTime,
    stability: nonNegative,
    difficulty: nonNegative,
    elapsed_days: count,
    scheduled_days: count,
    learning_steps: count,
    reps: count,
    lapses: count,
    state: range(0, 3, true),
    last_review: isoTime,
    missed: oneOf(true),
  },
  ['last_review', 'missed'],
);

export const settings = /* @__PURE__ */ object(
  { at: isoTime, askConfidence: boolean, seed: id, lastExportAt: isoTime },
  ['at', 'seed', 'lastExportAt'],
);

export const epoch = /* @__PURE__ */ object({ id, at: isoTime });
