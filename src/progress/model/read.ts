/**
 * Turning a stored string into a progress document. Pure: nothing here touches storage.
 * Whatever comes in, the result is a usable document plus an honest account of what
 * happened, so the caller can keep a backup and tell the learner.
 */
import { COLLECTIONS, CURRENT_VERSION, emptyDocument, LIMITS, type ProgressDoc } from './document.ts';
import { isProgressId } from './ids.ts';
import { normaliseDocument } from './merge.ts';
import { isObject, safeJsonParse } from './json.ts';
import { migrate } from './migrate.ts';
import {
  assemble,
  PARTS,
  readCollection,
  readMeta,
  type Part,
  type PartRead,
  type RawParts,
  type SplitRead,
} from './stored.ts';
import { splitBackupParts } from './stored-write.ts';
export { hasForbiddenKey, isObject, safeJsonParse } from './json.ts';
import {
  collectionChecks,
  epoch as epochCheck,
  progressDocument,
  recordChecks,
  settings as settingsCheck,
} from './validate.ts';

const currentDocument = progressDocument(CURRENT_VERSION);

/** True when `data` is a valid current-version document (unknown fields are removed in place). */
export const isValidDocument = (data: unknown): data is ProgressDoc => currentDocument(data) === undefined;

export type ReadResult =
  | { kind: 'empty'; doc: ProgressDoc }
  | { kind: 'ok'; doc: ProgressDoc; migratedFrom?: number }
  /** Written by a newer version of the site: usable read-only, never to be overwritten. */
  | { kind: 'newer'; doc: ProgressDoc; version: number }
  /** Not JSON, or not a valid document: `doc` holds what could be safely kept. */
  | { kind: 'corrupt'; doc: ProgressDoc; reason: 'not-json' | 'invalid'; kept: number; dropped: number };

/** Keeps every record that validates on its own; counts the rest. */
export function salvage(data: unknown): { doc: ProgressDoc; kept: number; dropped: number } {
  const doc = emptyDocument();
  let kept = 0;
  let dropped = 0;
  if (!isObject(data)) return { doc, kept, dropped: 1 };
  const epoch = data['epoch'];
  if (epochCheck(epoch) === undefined) doc.epoch = epoch as ProgressDoc['epoch'];
  const settings = data['settings'];
  if (settingsCheck(settings) === undefined) doc.settings = settings as ProgressDoc['settings'];
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
      if (isProgressId(key) && keptHere < LIMITS.records && recordChecks[name](record) === undefined) {
        target[key] = record;
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
  const split = splitBackupParts(data);
  if (split) {
    // A backup of damaged split data: read the way the store reads the keys themselves.
    const read = readSplit(split);
    if (read.kind === 'corrupt')
      return { kind: 'corrupt', doc: read.doc, reason: read.reason, kept: read.kept, dropped: read.dropped };
    return read;
  }
  const version = isObject(data) ? data['version'] : undefined;
  if (typeof version === 'number' && Number.isInteger(version) && version > CURRENT_VERSION) {
    return { kind: 'newer', doc: salvage(data).doc, version };
  }
  const migrated = migrate(data);
  if (migrated.ok) {
    if (isValidDocument(migrated.doc)) {
      const doc = normaliseDocument(migrated.doc);
      return migrated.from === CURRENT_VERSION ? { kind: 'ok', doc } : { kind: 'ok', doc, migratedFrom: migrated.from };
    }
  }
  const { doc, kept, dropped } = salvage(migrated.ok ? migrated.doc : data);
  return { kind: 'corrupt', doc, reason: 'invalid', kept, dropped: Math.max(dropped, 1) };
}

/** Reads one stored part: validated, and salvaged record by record when damaged. */
export function readPart(part: Part, raw: string | null | undefined): PartRead {
  return part === 'meta' ? readMeta(raw) : readCollection(raw, collectionChecks[part], recordChecks[part]);
}

/** Reads the split document from its raw stored values. */
export function readSplit(raws: RawParts): SplitRead {
  const reads: Partial<Record<Part, PartRead>> = {};
  for (const part of PARTS) if (part in raws) reads[part] = readPart(part, raws[part]);
  return assemble(reads);
}
