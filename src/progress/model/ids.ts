/**
 * The id rule of stored progress, shared with the build-time content checks so that an id a
 * trainer writes is always one progress can keep. Pure.
 */

/** Letters, digits and `. _ : -`, plus `/` between a lesson's module and slug. */
export const ID_PATTERN = /^[A-Za-z0-9._:/-]+$/;
export const MAX_ID_LENGTH = 200;

/**
 * Names every object inherits (`toString`, `constructor`, `__proto__` …). As record keys they
 * would read an inherited function instead of a missing record, so they are never ids.
 */
const INHERITED = new Set([...Object.getOwnPropertyNames(Object.prototype), '__proto__', 'prototype']);

/** Why `value` is not a valid progress id, or undefined when it is one. */
export function idProblem(value: string): 'empty' | 'too-long' | 'characters' | 'inherited' | undefined {
  if (value.length === 0) return 'empty';
  if (value.length > MAX_ID_LENGTH) return 'too-long';
  if (!ID_PATTERN.test(value)) return 'characters';
  if (INHERITED.has(value)) return 'inherited';
  return undefined;
}

/** True when `value` can be a key of a progress record. */
export const isProgressId = (value: string): boolean => idProblem(value) === undefined;

/** The own property `key` of `record`, never an inherited one. */
export function own<T>(record: Readonly<Record<string, T>> | undefined, key: string): T | undefined {
  return record !== undefined && Object.hasOwn(record, key) ? record[key] : undefined;
}
