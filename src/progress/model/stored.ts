/**
 * How the progress document is laid out in storage: one key per collection plus a small meta
 * key (version, epoch, settings), so a page reads only what it shows and a change writes only
 * the collection it touched. Pure: values in, values out; the store does the storage calls.
 *
 * A collection's value is `{"version":3,"epoch":{…},"records":{…}}`. It names the epoch it was
 * written in: after an erase or a replace, a collection still tagged with an older epoch (a write
 * torn between keys, a tab that missed the change) is superseded and reads as empty, so erased
 * records never come back. The document's epoch is the newest one any key names.
 */
import {
  COLLECTIONS,
  CURRENT_VERSION,
  emptyDocument,
  LIMITS,
  type CollectionName,
  type Epoch,
  type ProgressDoc,
  type Settings,
} from './document.ts';
import { isProgressId } from './ids.ts';
import { compareTimes, sortKeys } from './order.ts';
import { isObject, safeJsonParse } from './json.ts';
import { epoch as epochCheck, settings as settingsCheck, type Check } from './checks.ts';

export const KEY_PREFIX = 'performance-coach:';
/** Version, epoch and settings. */
export const META_KEY = `${KEY_PREFIX}meta`;
/** The single key every collection lived in until the split; read once, migrated, then removed. */
export const LEGACY_KEY = `${KEY_PREFIX}progress`;
/** The storage key of each collection. */
export const COLLECTION_KEYS: Record<CollectionName, string> = Object.fromEntries(
  COLLECTIONS.map((name) => [name, `${KEY_PREFIX}${name}`]),
) as Record<CollectionName, string>;

export type Part = 'meta' | CollectionName;
export const PARTS: readonly Part[] = [...COLLECTIONS, 'meta'];
export const keyOf = (part: Part): string => (part === 'meta' ? META_KEY : COLLECTION_KEYS[part]);

/** The raw stored values, by part (null: absent). */
export type RawParts = Partial<Record<Part, string | null>>;

export interface Damage {
  reason: 'not-json' | 'invalid';
  kept: number;
  dropped: number;
}

/** One part read on its own. */
export type PartRead =
  | { kind: 'empty' }
  | { kind: 'newer'; version: number }
  /**
   * `value` is the records (collections) or the settings (meta); `damage` when some had to be dropped; `older` is the
   * version of a part an earlier version of the site wrote, to be written again at the current one.
   */
  | { kind: 'ok'; epoch: Epoch | undefined; value: unknown; damage?: Damage; older?: number };

const newer = (v: unknown): number | undefined =>
  typeof v === 'number' && Number.isInteger(v) && v > CURRENT_VERSION ? v : undefined;

/** The first version stored one key per collection. */
export const FIRST_SPLIT_VERSION = 3;

/**
 * The version of a part written by an earlier version of the site whose records read as they are, or undefined.
 * v4 and v5 only added collections, so a v3 or v4 key holds the same records; a version that changes the records of an existing
 * collection must turn its older parts into current ones here instead.
 */
const older = (v: unknown): number | undefined =>
  typeof v === 'number' && Number.isInteger(v) && v >= FIRST_SPLIT_VERSION && v < CURRENT_VERSION ? v : undefined;

/** Keeps every record of a damaged collection that is valid on its own. */
function salvageRecords(source: unknown, record: Check): { records: Record<string, unknown>; dropped: number } {
  const records: Record<string, unknown> = {};
  if (!isObject(source)) return { records, dropped: 1 };
  let kept = 0;
  let dropped = 0;
  for (const [key, value] of Object.entries(source)) {
    if (isProgressId(key) && kept < LIMITS.records && record(value) === undefined) {
      records[key] = value;
      kept++;
    } else dropped++;
  }
  return { records: sortKeys(records), dropped };
}

/** Parses a stored value: the object, or the read to return when it is empty, newer or not an object. */
function parseStored(
  raw: string | null | undefined,
  empty: unknown,
): { data: Record<string, unknown> } | { read: PartRead } {
  if (raw === null || raw === undefined || raw === '') return { read: { kind: 'empty' } };
  let data: unknown;
  try {
    data = safeJsonParse(raw);
  } catch {
    return { read: { kind: 'ok', epoch: undefined, value: empty, damage: notJson } };
  }
  if (!isObject(data)) return { read: { kind: 'ok', epoch: undefined, value: empty, damage: invalid } };
  const version = newer(data['version']);
  if (version !== undefined) return { read: { kind: 'newer', version } };
  return { data };
}
const readEpoch = (data: Record<string, unknown>): Epoch | undefined =>
  epochCheck(data['epoch']) === undefined ? (data['epoch'] as Epoch) : undefined;

/** Reads the meta key: version, epoch and settings, each kept when valid on its own. */
export function readMeta(raw: string | null | undefined): PartRead {
  const parsed = parseStored(raw, undefined);
  if ('read' in parsed) return parsed.read;
  const data = parsed.data;
  const epoch = readEpoch(data);
  const settings = data['settings'];
  const settingsOk = settingsCheck(settings) === undefined;
  const version = older(data['version']);
  const bad =
    Number(data['version'] !== CURRENT_VERSION && version === undefined) + Number(!epoch) + Number(!settingsOk);
  return {
    kind: 'ok',
    epoch,
    value: settingsOk ? settings : undefined,
    ...(bad > 0 && { damage: { reason: 'invalid', kept: Number(settingsOk), dropped: bad } }),
    ...(version !== undefined && { older: version }),
  };
}

/** Reads one collection's key with its checks: validated whole, or salvaged record by record. */
export function readCollection(raw: string | null | undefined, collection: Check, record: Check): PartRead {
  const parsed = parseStored(raw, {});
  if ('read' in parsed) return parsed.read;
  const data = parsed.data;
  const epoch = readEpoch(data);
  const records = data['records'];
  const version = older(data['version']);
  if ((data['version'] === CURRENT_VERSION || version !== undefined) && epoch && collection(records) === undefined)
    return version === undefined
      ? { kind: 'ok', epoch, value: records }
      : { kind: 'ok', epoch, value: records, older: version };
  const salvaged = salvageRecords(records, record);
  return {
    kind: 'ok',
    epoch,
    value: salvaged.records,
    damage: { reason: 'invalid', kept: Object.keys(salvaged.records).length, dropped: Math.max(1, salvaged.dropped) },
  };
}

const notJson: Damage = { reason: 'not-json', kept: 0, dropped: 1 };
const invalid: Damage = { reason: 'invalid', kept: 0, dropped: 1 };

/** True when epoch `b` started after `a` (ties broken by id, so every tab agrees). */
export function isNewerEpoch(a: Epoch, b: Epoch): boolean {
  const order = compareTimes(b.at, a.at);
  return order > 0 || (order === 0 && b.id > a.id);
}

export type SplitRead =
  | { kind: 'empty'; doc: ProgressDoc }
  | { kind: 'ok'; doc: ProgressDoc }
  | { kind: 'newer'; version: number; doc: ProgressDoc }
  /** Some parts were damaged: `damaged` names them; every other part was read as stored. */
  | { kind: 'corrupt'; doc: ProgressDoc; damaged: Part[]; reason: Damage['reason']; kept: number; dropped: number };

/** Assembles the document from parts already read (see readPart), resolving the epoch. */
export function assemble(reads: Partial<Record<Part, PartRead>>): SplitRead {
  let version: number | undefined;
  let epoch: Epoch | undefined;
  let any = false;
  for (const part of PARTS) {
    const r = reads[part];
    if (!r || r.kind === 'empty') continue;
    any = true;
    if (r.kind === 'newer') version = Math.max(version ?? 0, r.version);
    else if (r.epoch && (!epoch || isNewerEpoch(epoch, r.epoch))) epoch = r.epoch;
  }
  const doc = emptyDocument(epoch);
  const damaged: Part[] = [];
  let kept = 0;
  let dropped = 0;
  let reason: Damage['reason'] = 'invalid';
  for (const part of PARTS) {
    const r = reads[part];
    if (!r || r.kind !== 'ok') continue;
    if (r.damage) {
      damaged.push(part);
      kept += r.damage.kept;
      dropped += r.damage.dropped;
      if (r.damage.reason === 'not-json') reason = 'not-json';
    }
    // A part from an older epoch was superseded by an erase or a replace: it reads as empty.
    // One whose epoch could not be read is kept (its records are valid on their own).
    if (r.epoch && epoch && r.epoch.id !== epoch.id) continue;
    if (part === 'meta') {
      if (r.value !== undefined) doc.settings = r.value as Settings;
    } else (doc as unknown as Record<string, unknown>)[part] = r.value;
  }
  if (version !== undefined) return { kind: 'newer', version, doc };
  if (damaged.length > 0) return { kind: 'corrupt', doc, damaged, reason, kept, dropped };
  return { kind: any ? 'ok' : 'empty', doc };
}
