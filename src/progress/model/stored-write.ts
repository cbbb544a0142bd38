/**
 * What only the full store needs of the split layout (model/stored.ts), kept out of the module the lesson page's
 * light path reads with: which part a key holds, the serialised parts, and the backup of damaged keys. Pure.
 */
import { COLLECTIONS, type ProgressDoc } from './document.ts';
import { isObject } from './json.ts';
import { COLLECTION_KEYS, META_KEY, PARTS, type Part, type RawParts } from './stored.ts';

/** Every key the split document is stored in, meta last (the order writes happen in). */
export const STORED_KEYS: readonly string[] = [...COLLECTIONS.map((n) => COLLECTION_KEYS[n]), META_KEY];

/** The part a storage key holds, or undefined for any other key. */
export function partOf(key: string): Part | undefined {
  if (key === META_KEY) return 'meta';
  return COLLECTIONS.find((name) => COLLECTION_KEYS[name] === key);
}

/** The serialised value of one part of `doc`. */
export function serialisePart(doc: ProgressDoc, part: Part): string {
  if (part === 'meta') return JSON.stringify({ version: doc.version, epoch: doc.epoch, settings: doc.settings });
  return JSON.stringify({ version: doc.version, epoch: doc.epoch, records: doc[part] });
}

/** Every part of `doc`, serialised. */
export function serialiseDocument(doc: ProgressDoc): Record<Part, string> {
  return Object.fromEntries(PARTS.map((part) => [part, serialisePart(doc, part)])) as Record<Part, string>;
}

/**
 * A backup of damaged split data: the raw values of the damaged keys (and meta), byte for byte,
 * in a wrapper that readStored recognises, so the backup download and its import keep working.
 */
export interface SplitBackup {
  app: 'performance-coach';
  kind: 'split';
  keys: Record<string, string>;
}

export function splitBackup(raws: Record<string, string>): string {
  const backup: SplitBackup = { app: 'performance-coach', kind: 'split', keys: raws };
  return JSON.stringify(backup);
}

/** The raw parts of a split backup, or undefined when `data` is not one. */
export function splitBackupParts(data: unknown): RawParts | undefined {
  if (!isObject(data) || data['app'] !== 'performance-coach' || data['kind'] !== 'split') return undefined;
  const keys = data['keys'];
  if (!isObject(keys)) return undefined;
  const raws: RawParts = {};
  for (const [key, value] of Object.entries(keys)) {
    const part = partOf(key);
    if (part && typeof value === 'string') raws[part] = value;
  }
  return raws;
}
