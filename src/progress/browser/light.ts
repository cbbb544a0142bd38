/**
 * The small keys a lesson page and the header need (lessons, review, meta), read and written
 * without the store. Everything out of the ordinary (storage blocked or full, data of a newer
 * version, damage, the single key of earlier versions still to move) is left to the full
 * store, which the caller loads then: its guarantees (backups, read-only, notices) still hold.
 */
import { CURRENT_VERSION, type Epoch, type LessonRecord, type ReviewCard } from '../model/document.ts';
import { sortKeys } from '../model/order.ts';
import { assemble, COLLECTION_KEYS, LEGACY_KEY, META_KEY, readCollection, readMeta } from '../model/stored.ts';
import { lessonRecord, LIMITS, recordOf, reviewCard } from '../model/checks.ts';

export type Light =
  | { kind: 'ok'; lessons: Record<string, LessonRecord>; review: Record<string, ReviewCard>; epoch: Epoch }
  /** Something only the full store handles. */
  | { kind: 'unusual' };

const lessonsCheck = /* @__PURE__ */ recordOf(lessonRecord, LIMITS.records);
const reviewCheck = /* @__PURE__ */ recordOf(reviewCard, LIMITS.records);
const UNUSUAL: Light = { kind: 'unusual' };
const PROBE_KEY = 'performance-coach:probe';

/** The lessons and review cards as stored, or `unusual`. */
export function readLight(given?: Storage): Light {
  try {
    // Reading window.localStorage itself throws where storage is blocked.
    const storage = given ?? localStorage;
    if (storage.getItem(LEGACY_KEY) !== null) return UNUSUAL;
    const read = assemble({
      meta: readMeta(storage.getItem(META_KEY)),
      lessons: readCollection(storage.getItem(COLLECTION_KEYS.lessons), lessonsCheck, lessonRecord),
      review: readCollection(storage.getItem(COLLECTION_KEYS.review), reviewCheck, reviewCard),
    });
    if (read.kind !== 'ok' && read.kind !== 'empty') return UNUSUAL;
    return { kind: 'ok', lessons: read.doc.lessons, review: read.doc.review, epoch: read.doc.epoch };
  } catch {
    return UNUSUAL;
  }
}

/** True when this page can save: a tiny key is written and removed. */
export function canSave(given?: Storage): boolean {
  try {
    const storage = given ?? localStorage;
    storage.setItem(PROBE_KEY, '1');
    storage.removeItem(PROBE_KEY);
    return true;
  } catch {
    return false;
  }
}

let askedToPersist = false;

/**
 * Marks a lesson done or not done by rewriting the lessons key only (read fresh, so another
 * tab's changes are kept). False when the full store must do it instead.
 */
export function writeLessonLight(lessonId: string, done: boolean, now = new Date(), given?: Storage): boolean {
  const light = readLight(given);
  if (light.kind !== 'ok') return false;
  const records = sortKeys({ ...light.lessons, [lessonId]: { done, at: now.toISOString() } });
  try {
    (given ?? localStorage).setItem(
      COLLECTION_KEYS.lessons,
      JSON.stringify({ version: CURRENT_VERSION, epoch: light.epoch, records }),
    );
  } catch {
    return false;
  }
  if (!askedToPersist && typeof navigator !== 'undefined' && navigator.storage?.persist) {
    askedToPersist = true;
    navigator.storage
      .persisted()
      .then((already) => already || navigator.storage.persist())
      .catch(() => undefined);
  }
  return true;
}
