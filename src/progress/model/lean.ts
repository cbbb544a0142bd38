/**
 * The lesson page's own read of the three small keys it needs (meta, lessons, review), written to be
 * small: it runs on every page before anything else, so it imports nothing that the islands share
 * (a shared module would become a chunk of its own on every page). Pure; the raw strings are passed in.
 *
 * Of the lessons and review keys it accepts less than the store does, never more: whatever it accepts, the
 * store reads the same way with no damage (tests/unit/progress-lean.test.ts checks this against stored.ts and
 * checks.ts). Anything else (a newer version, the single key of earlier versions, damage, an unknown field,
 * two epochs after a torn write) is `undefined`, and the page hands over to the full store, which repairs and
 * explains. Meta's settings are not read here: they are the store's, and it checks them when it loads.
 */

/** The document version these keys are written in; equal to document.ts CURRENT_VERSION (tested). */
export const LEAN_VERSION = 5;

export interface LeanEpoch {
  id: string;
  at: string;
}

/**
 * What the page needs: the lessons' records as stored, the review cards' due state, the epoch to write with,
 * and meta's settings as stored (not checked here: the quiz checks the two fields it reads).
 */
export interface Lean {
  epoch: LeanEpoch;
  settings: Record<string, unknown>;
  lessons: Record<string, { done: boolean; at: string }>;
  review: Record<string, Record<string, unknown>>;
}

/** The epoch of data never erased (document.ts INITIAL_EPOCH). */
const INITIAL: LeanEpoch = { id: 'initial', at: '1970-01-01T00:00:00.000Z' };
const ISO = /^(\d{4})-(\d\d)-(\d\d)T(\d\d):(\d\d):(\d\d)(?:\.\d{1,9})?(?:Z|[+-](\d\d):(\d\d))$/;
const ID = /^[A-Za-z0-9._:/-]{1,200}$/;
const LIMIT = 20_000;

/** time.ts isValidIsoTime, in fewer bytes: a real moment, not 58:05 or 31 April. */
export function leanTime(v: unknown): v is string {
  const m = typeof v === 'string' && ISO.exec(v);
  if (!m) return false;
  const [y, mo, d, h, mi, s, oh, om] = m.slice(1).map(Number) as number[];
  const days =
    mo === 2
      ? y! % 4 || (!(y! % 100) && y! % 400)
        ? 28
        : 29
      : mo === 4 || mo === 6 || mo === 9 || mo === 11
        ? 30
        : 31;
  return mo! >= 1 && mo! <= 12 && d! >= 1 && d! <= days && h! < 24 && mi! < 60 && s! < 60 && !(oh! > 23 || om! > 59);
}

/** ids.ts isProgressId: the id characters, and never a name every object inherits. */
export const leanId = (k: unknown): k is string =>
  typeof k === 'string' && ID.test(k) && !(k in {}) && k !== 'prototype';

export const plain = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && Object.getPrototypeOf(v) === Object.prototype;

/** Exactly these fields (optional ones may be absent), each passing its check. */
function exact(v: unknown, shape: Record<string, (x: unknown) => boolean>, optional = ''): boolean {
  if (!plain(v)) return false;
  for (const k in v) if (!Object.hasOwn(shape, k) || !shape[k]!(v[k])) return false;
  for (const k in shape) if (!(k in v) && !optional.includes(k)) return false;
  return true;
}

const count = (x: unknown) => Number.isInteger(x) && (x as number) >= 0 && (x as number) <= 1e6;
const nonNegative = (x: unknown) => Number.isFinite(x) && (x as number) >= 0;
const epochShape = { id: leanId, at: leanTime };
const lessonShape = { done: (x: unknown) => typeof x === 'boolean', at: leanTime };
const cardShape = {
  quiz: leanId,
  question: leanId,
  at: leanTime,
  due: leanTime,
  stability: nonNegative,
  difficulty: nonNegative,
  elapsed_days: count,
  scheduled_days: count,
  learning_steps: count,
  reps: count,
  lapses: count,
  state: (x: unknown) => x === 0 || x === 1 || x === 2 || x === 3,
  last_review: leanTime,
  missed: (x: unknown) => x === true,
};

/** The JSON object in `raw`, null when there is none, undefined when it is not a plain object of this version. */
export function leanPart(raw: string | null): Record<string, unknown> | null | undefined {
  if (raw === null || raw === '') return null;
  try {
    const v: unknown = JSON.parse(raw);
    return plain(v) && v['version'] === LEAN_VERSION && exact(v['epoch'], epochShape) ? v : undefined;
  } catch {
    return undefined;
  }
}

/** Records keyed by ids, each of `shape`, at most the store's limit. */
function records(v: unknown, shape: Record<string, (x: unknown) => boolean>, optional?: string): boolean {
  if (!plain(v)) return false;
  let n = 0;
  for (const k in v) if (!leanId(k) || !exact(v[k], shape, optional) || ++n > LIMIT) return false;
  return true;
}

/**
 * Reads the keys given by `get` (localStorage.getItem); undefined when the full store must read them.
 * `get` may throw (blocked storage): that is undefined too.
 */
export function readLean(get: (key: string) => string | null): Lean | undefined {
  try {
    const key = (name: string) => get(`performance-coach:${name}`);
    if (key('progress') !== null) return undefined;
    const meta = leanPart(key('meta'));
    const lessons = leanPart(key('lessons'));
    const review = leanPart(key('review'));
    if (meta === undefined || lessons === undefined || review === undefined) return undefined;
    const parts = [meta, lessons, review].filter((p) => p !== null);
    const epoch = (parts[0]?.['epoch'] as LeanEpoch | undefined) ?? INITIAL;
    for (const p of parts) {
      const e = p['epoch'] as LeanEpoch;
      if (e.id !== epoch.id || e.at !== epoch.at) return undefined;
      if (p !== meta && (!plain(p['records']) || Object.keys(p).length !== 3)) return undefined;
    }
    if (meta && (!plain(meta['settings']) || Object.keys(meta).length !== 3)) return undefined;
    const l = lessons?.['records'] ?? {};
    const r = review?.['records'] ?? {};
    if (!records(l, lessonShape) || !records(r, cardShape, 'last_review missed')) return undefined;
    return {
      epoch,
      settings: (meta?.['settings'] ?? { askConfidence: true }) as Lean['settings'],
      lessons: l as Lean['lessons'],
      review: r as Lean['review'],
    };
  } catch {
    return undefined;
  }
}

/**
 * How many cards are due at `now`: every missed one, and every one whose due time has come, where a card
 * reviewed "in the future" (the clock was ahead) is due now. The same count as review-queue.ts dueCount.
 */
export function leanDue(review: Lean['review'], now: Date): number {
  const iso = now.toISOString();
  let n = 0;
  for (const k in review) {
    const c = review[k]!;
    const last = c['last_review'];
    n += Number(
      c['missed'] === true || (typeof last === 'string' && Date.parse(last) > +now) || (c['due'] as string) <= iso,
    );
  }
  return n;
}

/** The lessons key's new value with one lesson marked done or not done. */
export function leanLessonsValue(lean: Lean, lessonId: string, done: boolean, now: Date): string {
  const next: Lean['lessons'] = { ...lean.lessons, [lessonId]: { done, at: now.toISOString() } };
  const records: Lean['lessons'] = {};
  for (const k of Object.keys(next).sort()) records[k] = next[k]!;
  return JSON.stringify({ version: LEAN_VERSION, epoch: lean.epoch, records });
}
