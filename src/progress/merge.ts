/** Merging two copies of the progress document without losing either's records. */
import type { LessonRecord, ProgressDoc } from './document.ts';

const later = (a: string | undefined, b: string | undefined) =>
  a === undefined ? b : b === undefined ? a : a >= b ? a : b;

/** Keeps, per record id, the later change; drops what an erase in either copy removed. Commutative and idempotent. */
export function mergeDocuments(a: ProgressDoc, b: ProgressDoc): ProgressDoc {
  const resetAt = later(a.resetAt, b.resetAt);
  const lessons: Record<string, LessonRecord> = {};
  for (const source of [a.lessons, b.lessons]) {
    for (const [id, record] of Object.entries(source)) {
      if (resetAt !== undefined && record.at < resetAt) continue;
      const current = lessons[id];
      if (!current || record.at > current.at || (record.at === current.at && record.done && !current.done))
        lessons[id] = record;
    }
  }
  return { ...a, ...(resetAt !== undefined ? { resetAt } : {}), lessons: sortKeys(lessons) };
}

/** Stable key order so equal documents serialise to equal strings. */
export function sortKeys<T>(record: Record<string, T>): Record<string, T> {
  return Object.fromEntries(Object.entries(record).sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0)));
}

/** The document with its records in stable key order. */
export function normaliseDocument(doc: ProgressDoc): ProgressDoc {
  return { ...doc, lessons: sortKeys(doc.lessons) };
}
