/** Merging two copies of the progress document without losing either's records. */
import { COLLECTIONS, type ProgressDoc } from './document.ts';
import { compareTimes, sortKeys } from './order.ts';

export { compareTimes, sortKeys };

/** The document with its records in stable key order. */
export function normaliseDocument(doc: ProgressDoc): ProgressDoc {
  const out = { ...doc };
  for (const name of COLLECTIONS)
    (out as Record<string, unknown>)[name] = sortKeys(doc[name] as Record<string, unknown>);
  return out;
}

type Timed = { at: string; done?: boolean };

/** Picks the later of two versions of one record; a tie prefers "done" so completion is a union. */
function pick<T extends Timed>(a: T | undefined, b: T): T {
  if (!a) return b;
  const order = compareTimes(b.at, a.at);
  if (order > 0) return b;
  if (order === 0 && b.done === true && a.done === false) return b;
  return a;
}

/**
 * Every record of both copies; where both have the same id, the later change (attempts
 * and assessments never change, so either is the same). Keeps `a`'s epoch.
 * Commutative on records and idempotent.
 */
export function unionDocuments(a: ProgressDoc, b: ProgressDoc): ProgressDoc {
  const out: ProgressDoc = { ...a, settings: laterSettings(a.settings, b.settings) };
  for (const name of COLLECTIONS) (out as Record<string, unknown>)[name] = unionRecords<unknown>(a[name], b[name]);
  return out;
}

/** The later of two settings (by their `at`); `a` on a tie. */
export function laterSettings(a: ProgressDoc['settings'], b: ProgressDoc['settings']): ProgressDoc['settings'] {
  return compareTimes(b.at ?? '', a.at ?? '') > 0 ? b : a;
}

/** Every record of one collection in both copies, the later change of each, in stable key order. */
export function unionRecords<T>(a: Record<string, T>, b: Record<string, T>): Record<string, T> {
  // No prototype: a record id can never read an inherited value.
  const merged = Object.create(null) as Record<string, Timed>;
  for (const source of [a, b] as unknown as Record<string, Timed>[]) {
    for (const [id, record] of Object.entries(source)) merged[id] = pick(merged[id], record);
  }
  return sortKeys(merged) as Record<string, T>;
}

/** Orders epochs: the later start wins; ties broken by id so every tab agrees. */
function newerEpoch(a: ProgressDoc['epoch'], b: ProgressDoc['epoch']): boolean {
  const order = compareTimes(b.at, a.at);
  return order > 0 || (order === 0 && b.id > a.id);
}

/**
 * Merges two copies of the same learner's data (two tabs). Same epoch: union of records.
 * Different epochs: the copy from the later erase or replace wins whole, so erased
 * records do not come back from a tab that still had them.
 */
export function mergeDocuments(a: ProgressDoc, b: ProgressDoc): ProgressDoc {
  if (a.epoch.id === b.epoch.id) return unionDocuments(a, b);
  return normaliseDocument(newerEpoch(a.epoch, b.epoch) ? b : a);
}
