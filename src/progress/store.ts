/**
 * `$progress`: the learner's progress, persisted through an injected storage engine, one key
 * per collection (model/stored.ts). Every write reads the freshest stored copy and merges into
 * it, so a second tab or a race never costs a record; every read is validated; bad data is
 * backed up, not dropped. A change writes only the keys it touched. In the browser the store
 * starts itself when the first island subscribes (nanostores' onMount).
 */
import { atom, onMount } from 'nanostores';
import { downloadText } from './browser/download.ts';
import { browserDurability, type DurabilityAdapter } from './browser/durability.ts';
import { browserEngine, type StorageEngine } from './browser/engine.ts';
import { LIGHT_WROTE, STORE_CHANGED, STORE_UNUSUAL, UNUSUAL_MARK } from './browser/events.ts';
import {
  COLLECTIONS,
  emptyDocument,
  type AssessmentResult,
  type Answer,
  type Attempt,
  type ProgressDoc,
  type QuizDraft,
  type ReviewCard,
  type Settings,
} from './model/document.ts';
import { buildBackupExport, buildExport, exportFileName } from './model/export.ts';
import { applyImport } from './model/import.ts';
import { laterSettings, mergeDocuments, sortKeys, unionRecords } from './model/merge.ts';
import { readPart, readStored, type ReadResult } from './model/read.ts';
import type { ToolCollection, ToolRecords } from './model/tool-records/index.ts';
import { recordChecks, type Problem } from './model/validate.ts';
import { assemble, keyOf, LEGACY_KEY, PARTS, type Part, type PartRead, type SplitRead } from './model/stored.ts';
import { partOf, serialisePart, splitBackup } from './model/stored-write.ts';

export { COLLECTION_KEYS, LEGACY_KEY, META_KEY } from './model/stored.ts';
export { STORED_KEYS } from './model/stored-write.ts';
export const BACKUP_PREFIX = 'performance-coach:backup:';
/** Written by earlier versions of the site; never read now, removed on sight (the undo point lives only in memory). */
export const UNDO_KEY = 'performance-coach:undo';
/** A tiny key written and removed at start, to learn whether this page can save at all. */
export const PROBE_KEY = 'performance-coach:probe';
/** How many backups of damaged or upgraded data are kept, newest first. */
export const BACKUP_LIMIT = 3;

/** Why progress is only kept in memory right now. */
export type MemoryReason = 'blocked' | 'write-failed' | 'newer';

export interface ProgressStatus {
  /** `saved`: written to storage; `memory`: kept in this tab only. */
  mode: 'loading' | 'saved' | 'memory';
  reason?: MemoryReason;
  /** Set when stored data was damaged and a backup of the raw value was made. */
  recovered?: { backupKey: string | undefined; reason: 'not-json' | 'invalid'; kept: number; dropped: number };
  /** Set when the stored document came from an older version and was upgraded. */
  migratedFrom?: number;
  newerVersion?: number;
}

export const $progress = atom<ProgressDoc>(emptyDocument());
export const $progressStatus = atom<ProgressStatus>({ mode: 'loading' });

let engine: StorageEngine | undefined;
let stopListening: (() => void) | undefined;
let durability: DurabilityAdapter | undefined;
let askedToPersist = false;

/**
 * What this tab knows of each stored key: the raw text as last read or written (if storage
 * still holds it, no other tab wrote since), the part read from it, and which records object
 * and epoch it holds, so a write can tell which keys a change touched.
 */
interface Seen {
  raw: string | null;
  read: PartRead;
  value: unknown;
  epoch: string | undefined;
}
const seen = new Map<Part, Seen>();

/** The backups kept on this device (damaged or upgraded data), newest first. */
export const $backups = atom<{ key: string; at: string }[]>([]);
/** Whether the browser promised to keep the data; undefined until asked. */
export const $durability = atom<{ persisted: boolean | undefined }>({ persisted: undefined });

/** The backups kept on this device, newest first. */
export function listBackups(): { key: string; at: string }[] {
  try {
    return (engine?.keys() ?? [])
      .filter((k) => k.startsWith(BACKUP_PREFIX))
      .map((key) => ({ key, at: key.slice(BACKUP_PREFIX.length) }))
      .sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0));
  } catch {
    return [];
  }
}

/** Removes all but the newest `BACKUP_LIMIT` backups. */
function pruneBackups(): void {
  for (const { key } of listBackups().slice(BACKUP_LIMIT)) {
    try {
      engine?.remove(key);
    } catch {
      // A backup that cannot be removed now is removed on a later prune.
    }
  }
  $backups.set(listBackups());
}

/**
 * Keeps a raw stored value as a backup; returns its key, or undefined if it could not be saved.
 * The same damage is never kept twice: an identical backup is reused.
 */
function backup(raw: string, now: Date): string | undefined {
  const same = listBackups().find(({ key }) => readBackup(key) === raw);
  if (same) return same.key;
  const key = `${BACKUP_PREFIX}${now.toISOString()}`;
  try {
    engine?.set(key, raw);
  } catch {
    return undefined;
  }
  pruneBackups();
  return key;
}

/** True when the document holds something the learner did (not only settings). */
const hasRecords = (doc: ProgressDoc) =>
  COLLECTIONS.some((name) => Object.keys(doc[name] as Record<string, unknown>).length > 0);

/** Asks the browser once per page to keep the data, as soon as there is something worth keeping. */
function askToPersist(doc: ProgressDoc): void {
  if (!durability || askedToPersist || !hasRecords(doc)) return;
  askedToPersist = true;
  const adapter = durability;
  adapter
    .persisted()
    .then((already) => (already ? true : adapter.persist()))
    .then((persisted) => $durability.set({ persisted }))
    .catch(() => $durability.set({ persisted: false }));
}

/** True when a tiny key can be written and removed: a page that cannot save says so from the start. */
function canWrite(): boolean {
  try {
    engine?.set(PROBE_KEY, '1');
    engine?.remove(PROBE_KEY);
    return true;
  } catch {
    return false;
  }
}

/** Removes the undo copy older versions of the site left in storage. */
function removeStaleUndo(): void {
  try {
    if (engine?.get(UNDO_KEY) !== null) engine?.remove(UNDO_KEY);
  } catch {
    // Nothing to clean when storage is unavailable.
  }
}

/** The value a part holds in `doc`, compared by identity to tell which keys a change touched. */
const valueOf = (doc: ProgressDoc, part: Part): unknown => (part === 'meta' ? doc.settings : doc[part]);

/**
 * Reads every stored key; only keys whose text changed since this tab last saw them are parsed
 * and validated again. Returns the parts that changed, or undefined when storage cannot be read.
 */
function readChanged(): Part[] | undefined {
  const changed: Part[] = [];
  try {
    for (const part of PARTS) {
      const raw = engine?.get(keyOf(part)) ?? null;
      const before = seen.get(part);
      if (before && before.raw === raw) continue;
      const read = readPart(part, raw);
      const ok = read.kind === 'ok';
      seen.set(part, { raw, read, value: ok ? read.value : undefined, epoch: ok ? read.epoch?.id : undefined });
      changed.push(part);
    }
  } catch {
    return undefined;
  }
  return changed;
}

/** The document as storage holds it, from the parts last read. */
function storedDocument(): SplitRead {
  const reads: Partial<Record<Part, PartRead>> = {};
  for (const [part, s] of seen) reads[part] = s.read;
  return assemble(reads);
}

/** Stops writing: another tab stored a document of a newer version, which this page must not overwrite. */
function yieldToNewer(version: number): void {
  $progressStatus.set({ ...$progressStatus.get(), mode: 'memory', reason: 'newer', newerVersion: version });
}

/** Keeps the raw values of damaged keys (and meta) as one backup, which readStored reads back. */
function backupDamaged(parts: Part[], now: Date): string | undefined {
  const raws: Record<string, string> = {};
  for (const part of new Set<Part>([...parts, 'meta'])) {
    const raw = seen.get(part)?.raw;
    if (raw !== null && raw !== undefined) raws[keyOf(part)] = raw;
  }
  return backup(splitBackup(raws), now);
}

/**
 * Writes the keys whose records (or epoch) differ from what storage holds, collections first
 * and meta last. Returns false when nothing could be written.
 */
function write(doc: ProgressDoc): boolean {
  const status = $progressStatus.get();
  if (!engine || status.mode !== 'saved') return false;
  try {
    // Re-read the version before writing: a tab of a newer version of the site may have written since.
    const metaRaw = engine.get(keyOf('meta'));
    if (metaRaw !== (seen.get('meta')?.raw ?? null)) {
      const meta = readPart('meta', metaRaw);
      if (meta.kind === 'newer') {
        yieldToNewer(meta.version);
        return false;
      }
    }
    for (const part of PARTS) {
      const s = seen.get(part);
      const value = valueOf(doc, part);
      // A damaged part, or one an earlier version of the site wrote, is written again.
      const stale = s?.read.kind === 'ok' && (s.read.damage !== undefined || s.read.older !== undefined);
      if (s && s.raw !== null && !stale && s.value === value && s.epoch === doc.epoch.id) continue;
      // A new learner's untouched collections are not stored.
      if ((!s || s.raw === null) && part !== 'meta' && Object.keys(value as object).length === 0) continue;
      const raw = serialisePart(doc, part);
      if (s?.raw !== raw) engine.set(keyOf(part), raw);
      seen.set(part, { raw, read: { kind: 'ok', epoch: doc.epoch, value }, value, epoch: doc.epoch.id });
    }
    askToPersist(doc);
    return true;
  } catch {
    $progressStatus.set({ ...status, mode: 'memory', reason: 'write-failed' });
    return false;
  }
}

/**
 * Merges what storage holds into `base`. Only collections that changed in storage are merged
 * record by record; an epoch change (an erase or replace elsewhere) merges the whole document.
 */
function mergeStored(base: ProgressDoc, stored: ProgressDoc, changed: Part[]): ProgressDoc {
  if (stored.epoch.id !== base.epoch.id) return mergeDocuments(stored, base);
  const out = { ...base };
  for (const part of changed) {
    if (part === 'meta') out.settings = laterSettings(stored.settings, base.settings);
    else (out as Record<string, unknown>)[part] = unionRecords<unknown>(stored[part], base[part]);
  }
  return out;
}

/** Brings `base` up to date with other tabs' writes; returns `base` itself when storage holds nothing new. */
function catchUp(base: ProgressDoc, now: Date): ProgressDoc {
  const changed = readChanged();
  if (!changed || changed.length === 0) return base;
  const stored = storedDocument();
  if (stored.kind === 'newer') {
    yieldToNewer(stored.version);
    return base;
  }
  // Another tab left damaged data: it is backed up, and what could be read is kept.
  if (stored.kind === 'corrupt' && backupDamaged(stored.damaged, now) === undefined) return base;
  return mergeStored(base, stored.doc, changed);
}

/** Reads the single-key document of earlier versions of the site, if storage still holds one. */
function readLegacy(): { raw: string; result: ReadResult } | undefined {
  const raw = engine?.get(LEGACY_KEY) ?? null;
  return raw === null || raw === '' ? undefined : { raw, result: readStored(raw) };
}

/** Removes the single key once its records are stored in the split keys. */
function dropLegacy(): void {
  try {
    engine?.remove(LEGACY_KEY);
  } catch {
    // Read and merged again on the next start; nothing is lost.
  }
}

/**
 * True when some stored key holds records of an older epoch (left by an erase torn between keys), or was written by
 * an earlier version of the site: written again at the current version, so a tab of that version stops writing.
 */
function superseded(epoch: string): boolean {
  return [...seen.values()].some(
    (s) =>
      s.raw !== null &&
      ((s.epoch !== undefined && s.epoch !== epoch) || (s.read.kind === 'ok' && s.read.older !== undefined)),
  );
}

/** Goes on in this tab only, without touching storage. */
function memoryOnly(doc: ProgressDoc, reason: MemoryReason, newerVersion?: number): void {
  $progress.set(doc);
  $progressStatus.set(newerVersion ? { mode: 'memory', reason, newerVersion } : { mode: 'memory', reason });
}

/** Loads progress from `storageEngine` and follows changes made by other tabs. */
export function startProgress(
  storageEngine: StorageEngine,
  now = new Date(),
  browser: { durability?: DurabilityAdapter | undefined } = {},
): void {
  stopProgress();
  engine = storageEngine;
  durability = browser.durability;
  askedToPersist = false;
  seen.clear();
  $durability.set({ persisted: undefined });
  let legacy: ReturnType<typeof readLegacy>;
  let stored: SplitRead;
  try {
    legacy = readLegacy();
    if (!readChanged()) throw new Error('storage cannot be read');
    stored = storedDocument();
  } catch {
    $backups.set([]);
    return memoryOnly(emptyDocument(), 'blocked');
  }
  $backups.set(listBackups());
  const old = legacy?.result;
  if (old?.kind === 'newer') return memoryOnly(old.doc, 'newer', old.version);
  // Nothing split yet (the first visit after the move): the single key is taken whole, settings included.
  const doc =
    !old || old.kind === 'empty' ? stored.doc : stored.kind === 'empty' ? old.doc : mergeDocuments(stored.doc, old.doc);
  if (stored.kind === 'newer') return memoryOnly(doc, 'newer', stored.version);
  // Full or read-only storage: say so now, not after the learner's first change is lost.
  if (!canWrite()) return memoryOnly(doc, 'write-failed');
  removeStaleUndo();
  const status: ProgressStatus = { mode: 'saved' };
  if (legacy && old) {
    // The single-key document of earlier versions is kept as a backup, then moved into the split keys.
    const backupKey = backup(legacy.raw, now);
    // Without a backup the older value must not be moved or overwritten.
    if (backupKey === undefined) return memoryOnly(doc, 'write-failed');
    if (old.kind === 'corrupt')
      status.recovered = { backupKey, reason: old.reason, kept: old.kept, dropped: old.dropped };
    else if (old.kind === 'ok' && old.migratedFrom !== undefined) status.migratedFrom = old.migratedFrom;
  }
  if (stored.kind === 'corrupt') {
    const backupKey = backupDamaged(stored.damaged, now);
    if (backupKey === undefined) return memoryOnly(doc, 'write-failed');
    const before = status.recovered;
    status.recovered = before
      ? { ...before, kept: before.kept + stored.kept, dropped: before.dropped + stored.dropped }
      : { backupKey, reason: stored.reason, kept: stored.kept, dropped: stored.dropped };
  }
  $progress.set(doc);
  $progressStatus.set(status);
  // Rewrite only what needed repair, an upgrade or the move out of the single key; a new
  // visitor's empty document is not stored.
  if (legacy || stored.kind === 'corrupt' || superseded(doc.epoch.id)) {
    if (write(doc) && legacy) dropLegacy();
  } else if (stored.kind === 'ok') askToPersist(doc);
  stopListening = engine.listen((key) => {
    if (key.startsWith(BACKUP_PREFIX)) $backups.set(listBackups());
    if (key === LEGACY_KEY) return adoptLegacy(new Date());
    if (partOf(key) === undefined || $progressStatus.get().mode !== 'saved') return;
    // Every key is read again, not only this one: a change spread over several keys is taken whole.
    const before = $progress.get();
    const merged = catchUp(before, new Date());
    if (merged === before) return;
    $progress.set(merged);
    write(merged);
  });
}

/** A tab of an older version of the site wrote the single key: its records are merged in, then it is removed. */
function adoptLegacy(now: Date): void {
  if ($progressStatus.get().mode !== 'saved') return;
  let legacy: ReturnType<typeof readLegacy>;
  try {
    legacy = readLegacy();
  } catch {
    return;
  }
  const old = legacy?.result;
  if (!legacy || !old || (old.kind !== 'ok' && old.kind !== 'corrupt')) return;
  if (backup(legacy.raw, now) === undefined) return;
  const merged = mergeDocuments(catchUp($progress.get(), now), old.doc);
  $progress.set(merged);
  if (write(merged)) dropLegacy();
}

/** Stops following storage (tests, page teardown). */
export function stopProgress(): void {
  stopListening?.();
  stopListening = undefined;
}

/** The document with the collections `change` replaced put in stable key order; untouched ones stay as they were. */
function normaliseChanged(next: ProgressDoc, base: ProgressDoc): ProgressDoc {
  const out = { ...next };
  for (const name of COLLECTIONS)
    if (next[name] !== base[name]) (out as Record<string, unknown>)[name] = sortKeys<unknown>(next[name]);
  return out;
}

/** Applies a change on top of the freshest stored copy, so nothing another tab wrote is lost. */
export function updateProgress(change: (doc: ProgressDoc) => ProgressDoc, now = new Date()): void {
  let base = $progress.get();
  if ($progressStatus.get().mode === 'saved') base = catchUp(base, now);
  const next = normaliseChanged(change(base), base);
  $progress.set(next);
  write(next);
}

/** Marks a lesson done (or not done). */
export function setLessonDone(lessonId: string, done: boolean, now = new Date()): void {
  updateProgress((doc) => ({ ...doc, lessons: { ...doc.lessons, [lessonId]: { done, at: now.toISOString() } } }));
}

/** The raw value of a backup, for the learner to download. */
export function readBackup(key: string): string | null {
  try {
    return engine?.get(key) ?? null;
  } catch {
    return null;
  }
}

/** Re-reads storage and merges it in: for a page restored from the back/forward cache, which missed other tabs' changes. */
export function resumeProgress(): void {
  if ($progressStatus.get().mode !== 'saved') return;
  const before = $progress.get();
  const merged = catchUp(before, new Date());
  if (merged !== before) $progress.set(merged);
}

/** A fresh epoch id, for erase and replace. */
export function newEpoch(now = new Date()): ProgressDoc['epoch'] {
  const random =
    globalThis.crypto?.randomUUID?.() ?? `${Math.random().toString(36).slice(2)}${Date.now().toString(36)}`;
  return { id: random, at: now.toISOString() };
}

/** What can be undone: the document as it was before an import or an erase. */
export interface UndoPoint {
  label: 'import' | 'erase';
  at: string;
  doc: ProgressDoc;
}
export const $undo = atom<UndoPoint | undefined>(undefined);

/** The undo point lives in this page only: a copy in storage would outlive an erase and never be read back. */
function keepUndoPoint(label: UndoPoint['label'], now: Date): void {
  $undo.set({ label, at: now.toISOString(), doc: $progress.get() });
}

/** Applies a sweeping change (an import, an erase) after keeping the current state for undo. */
export function changeWithUndo(
  label: UndoPoint['label'],
  change: (doc: ProgressDoc) => ProgressDoc,
  now = new Date(),
): void {
  keepUndoPoint(label, now);
  updateProgress(change, now);
}

/**
 * Erases every record (a new epoch, so other tabs do not bring them back), the backups and
 * any stored undo copy; settings stay. Undo is possible until the learner leaves the page.
 */
export function eraseProgress(now = new Date()): void {
  const epoch = newEpoch(now);
  // Statements not yet sent to the organisation's LRS are about what was done before the erase: they stay.
  const waiting = (doc: ProgressDoc) =>
    Object.fromEntries(Object.entries(doc.outbox).filter(([, entry]) => entry.sent === undefined));
  changeWithUndo('erase', (doc) => ({ ...emptyDocument(epoch), outbox: waiting(doc), settings: doc.settings }), now);
  if ($progressStatus.get().mode !== 'saved') return;
  for (const key of [...listBackups().map((b) => b.key), UNDO_KEY, LEGACY_KEY]) {
    try {
      engine?.remove(key);
    } catch {
      // Left for the next erase; the records themselves are already gone.
    }
  }
  $backups.set(listBackups());
}

/** Restores the state from before the last import or erase. */
export function undoLastChange(now = new Date()): boolean {
  const point = $undo.get();
  if (!point) return false;
  const epoch = newEpoch(now);
  updateProgress(() => ({ ...point.doc, epoch }), now);
  $undo.set(undefined);
  return true;
}

/** Notes that the learner downloaded a progress file (shown on /progress/; quiets the home reminder). */
export function recordExport(now = new Date()): void {
  const at = now.toISOString();
  updateProgress((doc) => ({ ...doc, settings: { ...doc.settings, lastExportAt: at, at } }), now);
}

/** Records a finished quiz attempt (attempts never change once recorded) and drops that quiz's draft. */
export function recordAttempt(attempt: Attempt): void {
  updateProgress((doc) => {
    const quizDrafts = { ...doc.quizDrafts };
    delete quizDrafts[attempt.quiz];
    return { ...doc, attempts: { ...doc.attempts, [attempt.id]: attempt }, quizDrafts };
  });
}

/** Saves the answers of a quiz in progress, replacing its earlier draft. */
export function saveQuizDraft(
  quiz: string,
  answers: Record<string, Answer>,
  confidence: QuizDraft['confidence'],
  now = new Date(),
): void {
  const draft: QuizDraft = {
    at: now.toISOString(),
    answers,
    ...(confidence && Object.keys(confidence).length ? { confidence } : {}),
  };
  updateProgress((doc) => ({ ...doc, quizDrafts: { ...doc.quizDrafts, [quiz]: draft } }));
}

/** Drops a quiz's draft (the learner started over). */
export function clearQuizDraft(quiz: string): void {
  updateProgress((doc) => {
    if (!Object.hasOwn(doc.quizDrafts, quiz)) return doc;
    const quizDrafts = { ...doc.quizDrafts };
    delete quizDrafts[quiz];
    return { ...doc, quizDrafts };
  });
}

/** Makes the learner's shuffle seed once; later calls keep the seed that exists. */
export function ensureLearnerSeed(now = new Date()): void {
  if ($progress.get().settings.seed) return;
  const seed = newEpoch(now).id.replace(/[^A-Za-z0-9-]/g, '');
  updateProgress((doc) =>
    doc.settings.seed ? doc : { ...doc, settings: { ...doc.settings, seed, at: now.toISOString() } },
  );
}

/** Saves review cards after the learner answered in the review queue or a quiz. */
export function saveReviewCards(cards: Record<string, ReviewCard>): void {
  updateProgress((doc) => ({ ...doc, review: { ...doc.review, ...cards } }));
}

/** Saves an answer of an assessment in progress. */
export function saveDraftAnswer(instrument: string, item: string, value: number, now = new Date()): void {
  updateProgress((doc) => {
    const draft = doc.drafts[instrument];
    return {
      ...doc,
      drafts: { ...doc.drafts, [instrument]: { at: now.toISOString(), answers: { ...draft?.answers, [item]: value } } },
    };
  });
}

/** Records a completed assessment and clears its draft. */
export function recordAssessment(result: AssessmentResult): void {
  updateProgress((doc) => {
    const drafts = { ...doc.drafts };
    delete drafts[result.instrument];
    return { ...doc, assessments: { ...doc.assessments, [result.id]: result }, drafts };
  });
}

/** Changes a setting. */
export function updateSettings(change: Partial<Omit<Settings, 'at'>>, now = new Date()): void {
  updateProgress((doc) => ({ ...doc, settings: { ...doc.settings, ...change, at: now.toISOString() } }));
}

/** Merges (default) or replaces with an imported document, keeping the previous state for undo. */
export function importProgress(incoming: ProgressDoc, mode: 'merge' | 'replace', now = new Date()): void {
  const epoch = newEpoch(now);
  changeWithUndo('import', (doc) => applyImport(doc, incoming, mode, epoch), now);
}

/** Downloads the learner's progress file and remembers when. */
export function exportProgress(now = new Date()): void {
  downloadText(exportFileName(now), JSON.stringify(buildExport($progress.get(), now), null, 2));
  recordExport(now);
}

/** Downloads a backup as a file the site's own import reads back. */
export function downloadBackup(key: string, at: string, now = new Date()): void {
  const backedUp = new Date(at);
  const name = exportFileName(Number.isFinite(backedUp.getTime()) ? backedUp : now, 'backup');
  downloadText(name, JSON.stringify(buildBackupExport(readBackup(key) ?? '', at, now), null, 2));
}

let autoStarted = false;

/** In the browser the store starts on localStorage when the first island subscribes to it. */
function startInBrowser(): void {
  if (autoStarted || engine || typeof window === 'undefined') return;
  autoStarted = true;
  startProgress(browserEngine(), new Date(), { durability: browserDurability() });
  window.addEventListener('pageshow', (event) => {
    if (event.persisted) resumeProgress();
  });
  // The plain page script (ui/page.ts) writes the lessons key itself; no storage event reaches this tab.
  window.addEventListener(LIGHT_WROTE, resumeProgress);
  // After the write that follows every change (updateProgress sets the store first, then writes).
  $progress.listen(() => queueMicrotask(() => window.dispatchEvent(new Event(STORE_CHANGED))));
  const unusual = (status: ProgressStatus) => {
    if (status.mode !== 'memory' && !status.recovered) return;
    // Marked on the page too, for a page script that starts after this store did.
    document.documentElement.dataset[UNUSUAL_MARK] = '';
    window.dispatchEvent(new Event(STORE_UNUSUAL));
  };
  unusual($progressStatus.get());
  $progressStatus.listen(unusual);
}
onMount($progress, startInBrowser);
onMount($progressStatus, startInBrowser);

/** What saving a field-tool record came to: the record as stored, or the first field that is not valid. */
export type ToolSave<C extends ToolCollection> = { ok: true; record: ToolRecords[C] } | { ok: false; problem: Problem };

/**
 * Saves a field-tool record, new or edited, stamped with the time of this change (so it wins a merge over the
 * copy it replaces) and no longer deleted. A record that is not valid is refused and nothing changes.
 */
export function saveToolRecord<C extends ToolCollection>(
  collection: C,
  record: ToolRecords[C],
  now = new Date(),
): ToolSave<C> {
  const copy = structuredClone({ ...record, at: now.toISOString() }) as unknown as Record<string, unknown>;
  delete copy['deleted'];
  const problem = recordChecks[collection](copy);
  if (problem) return { ok: false, problem };
  const saved = copy as unknown as ToolRecords[C];
  updateProgress((doc) => ({ ...doc, [collection]: { ...doc[collection], [saved.id]: saved } }), now);
  return { ok: true, record: saved };
}

/** Changes one stored tool record; false (and nothing changes) when there is no such record or `change` declines. */
function changeToolRecord<C extends ToolCollection>(
  collection: C,
  id: string,
  change: (record: ToolRecords[C]) => ToolRecords[C] | undefined,
  now: Date,
): boolean {
  let changed = false;
  updateProgress((doc) => {
    const records = doc[collection] as Record<string, ToolRecords[C]>;
    const record = Object.hasOwn(records, id) ? records[id] : undefined;
    const next = record && change(record);
    if (!next) return doc;
    changed = true;
    return { ...doc, [collection]: { ...records, [id]: next } };
  }, now);
  return changed;
}

/**
 * Deletes a tool record by keeping it as a tombstone (`deleted`, stamped now): another tab or an import that still
 * has the record cannot bring it back, and restoreToolRecord undoes it. False when there is nothing to delete.
 */
export function deleteToolRecord(collection: ToolCollection, id: string, now = new Date()): boolean {
  return changeToolRecord(
    collection,
    id,
    (record) => (record.deleted ? undefined : { ...record, deleted: true, at: now.toISOString() }),
    now,
  );
}

/** Undoes a delete: the record is back, stamped now so the restore wins over the tombstone. */
export function restoreToolRecord(collection: ToolCollection, id: string, now = new Date()): boolean {
  return changeToolRecord(
    collection,
    id,
    (record) => {
      if (!record.deleted) return undefined;
      const restored = { ...record, at: now.toISOString() };
      delete restored.deleted;
      return restored;
    },
    now,
  );
}

/** A new record id: the kind, the time and a random part, so two tabs or two phones never make the same one. */
export function newToolRecordId(kind: string, now = new Date()): string {
  const random = newEpoch(now)
    .id.replace(/[^A-Za-z0-9]/g, '')
    .slice(0, 12);
  return `${kind}-${now.getTime().toString(36)}-${random}`;
}
