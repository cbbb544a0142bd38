/**
 * Turning a stored string into a progress document. Pure: nothing here touches storage.
 * Whatever comes in, the result is a usable document plus an honest account of what
 * happened, so the caller can keep a backup and tell the learner.
 */
import './zod-jitless.ts';
import * as z from 'zod/v4/mini';
import {
  COLLECTIONS,
  CURRENT_VERSION,
  emptyDocument,
  LIMITS,
  progressSchema,
  recordSchemas,
  settingsSchema,
  type ProgressDoc,
} from './document.ts';
import { isProgressId } from './ids.ts';
import { normaliseDocument } from './merge.ts';
import { migrate } from './migrate.ts';

export type ReadResult =
  | { kind: 'empty'; doc: ProgressDoc }
  | { kind: 'ok'; doc: ProgressDoc; migratedFrom?: number }
  /** Written by a newer version of the site: usable read-only, never to be overwritten. */
  | { kind: 'newer'; doc: ProgressDoc; version: number }
  /** Not JSON, or not a valid document: `doc` holds what could be safely kept. */
  | { kind: 'corrupt'; doc: ProgressDoc; reason: 'not-json' | 'invalid'; kept: number; dropped: number };

/** A plain JSON object (not null, not an array). */
export const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** Parses JSON; `__proto__`/`constructor`/`prototype` keys are dropped so they can never reach a prototype. */
export function safeJsonParse(text: string): unknown {
  // The reviver triples parse time on a big document; only pay for it when a forbidden key is named.
  if (!hasForbiddenKey(text)) return JSON.parse(text);
  return JSON.parse(text, (key, value) => (FORBIDDEN_KEYS.has(key) ? undefined : value));
}

/** True when the raw JSON text names a forbidden key anywhere (the parser drops them; an import refuses them). */
export function hasForbiddenKey(text: string): boolean {
  // Also catches escaped spellings such as "\u005f_proto__", which JSON.parse decodes.
  return /"(?:__proto__|constructor|prototype)"\s*:/.test(text) || /\\u00[0-9a-fA-F]{2}/.test(text);
}

/** Keeps every record that validates on its own; counts the rest. */
export function salvage(data: unknown): { doc: ProgressDoc; kept: number; dropped: number } {
  const doc = emptyDocument();
  let kept = 0;
  let dropped = 0;
  if (!isObject(data)) return { doc, kept, dropped: 1 };
  const epoch = z.safeParse(progressSchema.shape.epoch, data['epoch']);
  if (epoch.success) doc.epoch = epoch.data;
  const settings = z.safeParse(settingsSchema, data['settings']);
  if (settings.success) doc.settings = settings.data;
  for (const name of COLLECTIONS) {
    const source = data[name];
    if (source === undefined) continue;
    if (!isObject(source)) {
      dropped++;
      continue;
    }
    const target = doc[name] as Record<string, unknown>;
    let keptHere = 0;
    for (const [key, record] of Object.entries(source)) {
      // The key is checked by the same rule as the schema's, so the repaired document validates
      // on the next load instead of being "repaired" (and backed up) again on every page.
      const parsed =
        isProgressId(key) && keptHere < LIMITS.records
          ? z.safeParse(recordSchemas[name] as z.ZodMiniType, record)
          : undefined;
      if (parsed?.success) {
        target[key] = parsed.data;
        keptHere++;
        kept++;
      } else dropped++;
    }
  }
  return { doc: normaliseDocument(doc), kept, dropped };
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
      const doc = normaliseDocument(parsed.data);
      return migrated.from === CURRENT_VERSION ? { kind: 'ok', doc } : { kind: 'ok', doc, migratedFrom: migrated.from };
    }
  }
  const { doc, kept, dropped } = salvage(migrated.ok ? migrated.doc : data);
  return { kind: 'corrupt', doc, reason: 'invalid', kept, dropped: Math.max(dropped, 1) };
}
