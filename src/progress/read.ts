/**
 * Turning a stored string into a progress document. Pure: nothing here touches storage.
 * Whatever comes in, the result is a usable document plus an honest account of what
 * happened, so the caller can keep a backup and tell the learner.
 */
import * as z from 'zod/v4/mini';
import { CURRENT_VERSION, emptyDocument, lessonRecordSchema, progressSchema, type ProgressDoc } from './document.ts';
import { sortKeys } from './merge.ts';
import { migrate } from './migrate.ts';

export type ReadResult =
  | { kind: 'empty'; doc: ProgressDoc }
  | { kind: 'ok'; doc: ProgressDoc; migratedFrom?: number }
  /** Written by a newer version of the site: usable read-only, never to be overwritten. */
  | { kind: 'newer'; doc: ProgressDoc; version: number }
  /** Not JSON, or not a valid document: `doc` holds what could be safely kept. */
  | { kind: 'corrupt'; doc: ProgressDoc; reason: 'not-json' | 'invalid'; kept: number; dropped: number };

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Parses JSON without letting `__proto__` keys reach an object's prototype. */
export function safeJsonParse(text: string): unknown {
  return JSON.parse(text, (key, value) =>
    key === '__proto__' || key === 'constructor' || key === 'prototype' ? undefined : value,
  );
}

/** Keeps every record that validates on its own; counts the rest. */
export function salvage(data: unknown): { doc: ProgressDoc; kept: number; dropped: number } {
  const doc = emptyDocument();
  let kept = 0;
  let dropped = 0;
  if (!isObject(data)) return { doc, kept, dropped: 1 };
  const resetAt = z.safeParse(z.iso.datetime({ offset: true }), data['resetAt']);
  if (resetAt.success) doc.resetAt = resetAt.data;
  const lessons = data['lessons'];
  if (isObject(lessons)) {
    for (const [id, record] of Object.entries(lessons)) {
      const parsed = z.safeParse(lessonRecordSchema, record);
      if (parsed.success && id.length > 0 && id.length <= 200) {
        doc.lessons[id] = parsed.data;
        kept++;
      } else dropped++;
    }
  } else if (lessons !== undefined) dropped++;
  doc.lessons = sortKeys(doc.lessons);
  return { doc, kept, dropped };
}

/** Reads a stored value: validates, migrates older versions, salvages what it can from bad data. */
export function readStored(raw: string | null): ReadResult {
  if (raw === null || raw === '') return { kind: 'empty', doc: emptyDocument() };
  let data: unknown;
  try {
    data = safeJsonParse(raw);
  } catch {
    return { kind: 'corrupt', doc: emptyDocument(), reason: 'not-json', kept: 0, dropped: 1 };
  }
  const version = isObject(data) ? data['version'] : undefined;
  if (typeof version === 'number' && Number.isInteger(version) && version > CURRENT_VERSION) {
    return { kind: 'newer', doc: salvage(data).doc, version };
  }
  const migrated = migrate(data);
  if (migrated.ok) {
    const parsed = z.safeParse(progressSchema, migrated.doc);
    if (parsed.success) {
      const doc = { ...parsed.data, lessons: sortKeys(parsed.data.lessons) };
      return migrated.from === CURRENT_VERSION ? { kind: 'ok', doc } : { kind: 'ok', doc, migratedFrom: migrated.from };
    }
  }
  const { doc, kept, dropped } = salvage(migrated.ok ? migrated.doc : data);
  return { kind: 'corrupt', doc, reason: 'invalid', kept, dropped: Math.max(dropped, 1) };
}
