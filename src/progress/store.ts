/**
 * `$progress`: the learner's progress, persisted through an injected storage engine.
 * Every write reads the freshest stored copy and merges into it, so a second tab or a
 * race never costs a record; every read is validated; bad data is backed up, not dropped.
 */
import { atom } from 'nanostores';
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
} from './document.ts';
import type { DurabilityAdapter } from './durability.ts';
import type { StorageEngine } from './engine.ts';
import { mergeDocuments, normaliseDocument } from './merge.ts';
import { readStored } from './read.ts';

export const PROGRESS_KEY = 'performance-coach:progress';
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
/** The stored text as this tab last read or wrote it: if storage still holds it, no other tab wrote since. */
let lastSeenRaw: string | null = null;
let durability: DurabilityAdapter | undefined;
let askedToPersist = false;

/** The backups kept on this device (damaged or upgraded data), newest first. */
export const $backups = atom<{ key: string; at: string }[]>([]);
/** Whether the browser promised to keep the data; undefined until asked. */
export const $durability = atom<{ persisted: boolean | undefined }>({ persisted: undefined });

const serialise = (doc: ProgressDoc) => JSON.stringify(doc);

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

/** Reads the stored document: undefined when storage cannot be read at all. */
function readFresh(): ReturnType<typeof readStored> | 'unchanged' | undefined {
  try {
    const raw = engine?.get(PROGRESS_KEY) ?? null;
    // Skipping parse and validation when nothing changed keeps a click cheap on a big document.
    if (raw === lastSeenRaw) return 'unchanged';
    lastSeenRaw = raw;
    return readStored(raw);
  } catch {
    return undefined;
  }
}

/** Stops writing: another tab stored a document of a newer version, which this page must not overwrite. */
function yieldToNewer(version: number): void {
  $progressStatus.set({ ...$progressStatus.get(), mode: 'memory', reason: 'newer', newerVersion: version });
}

function write(doc: ProgressDoc): boolean {
  const status = $progressStatus.get();
  if (!engine || status.mode !== 'saved') return false;
  try {
    // Re-read before writing: a tab of a newer version of the site may have written since.
    const current = engine.get(PROGRESS_KEY);
    if (current !== lastSeenRaw) {
      const seen = readStored(current);
      if (seen.kind === 'newer') {
        yieldToNewer(seen.version);
        return false;
      }
    }
    const raw = serialise(doc);
    engine.set(PROGRESS_KEY, raw);
    lastSeenRaw = raw;
    askToPersist(doc);
    return true;
  } catch {
    $progressStatus.set({ ...status, mode: 'memory', reason: 'write-failed' });
    return false;
  }
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
  $durability.set({ persisted: undefined });
  let raw: string | null;
  try {
    raw = engine.get(PROGRESS_KEY);
  } catch {
    $progress.set(emptyDocument());
    $backups.set([]);
    $progressStatus.set({ mode: 'memory', reason: 'blocked' });
    return;
  }
  lastSeenRaw = raw;
  const result = readStored(raw);
  $backups.set(listBackups());
  if (result.kind === 'newer') {
    $progress.set(result.doc);
    $progressStatus.set({ mode: 'memory', reason: 'newer', newerVersion: result.version });
    return;
  }
  if (!canWrite()) {
    // Full or read-only storage: say so now, not after the learner's first change is lost.
    $progress.set(result.doc);
    $progressStatus.set({ mode: 'memory', reason: 'write-failed' });
    return;
  }
  removeStaleUndo();
  const status: ProgressStatus = { mode: 'saved' };
  const repair = result.kind === 'corrupt' || (result.kind === 'ok' && result.migratedFrom !== undefined);
  if (repair) {
    const backupKey = backup(raw ?? '', now);
    if (backupKey === undefined) {
      // Without a backup the damaged or older value must not be overwritten.
      $progress.set(result.doc);
      $progressStatus.set({ mode: 'memory', reason: 'write-failed' });
      return;
    }
    if (result.kind === 'corrupt')
      status.recovered = { backupKey, reason: result.reason, kept: result.kept, dropped: result.dropped };
    else status.migratedFrom = result.migratedFrom;
  }
  $progress.set(result.doc);
  $progressStatus.set(status);
  // Rewrite only what needed repair or an upgrade; a new visitor's empty document is not stored.
  if (repair) write(result.doc);
  else if (result.kind === 'ok') askToPersist(result.doc);
  stopListening = engine.listen((key, value) => {
    if (key.startsWith(BACKUP_PREFIX)) $backups.set(listBackups());
    if (key !== PROGRESS_KEY) return;
    lastSeenRaw = value;
    const incoming = readStored(value);
    if (incoming.kind === 'newer') return yieldToNewer(incoming.version);
    if (incoming.kind !== 'ok' && incoming.kind !== 'empty') return;
    const merged = mergeDocuments(incoming.doc, $progress.get());
    $progress.set(merged);
    if (serialise(merged) !== serialise(incoming.doc)) write(merged);
  });
}

/** Stops following storage (tests, page teardown). */
export function stopProgress(): void {
  stopListening?.();
  stopListening = undefined;
}

/** Applies a change on top of the freshest stored copy, so nothing another tab wrote is lost. */
export function updateProgress(change: (doc: ProgressDoc) => ProgressDoc, now = new Date()): void {
  let base = $progress.get();
  if ($progressStatus.get().mode === 'saved') {
    const fresh = readFresh();
    if (fresh && fresh !== 'unchanged') {
      if (fresh.kind === 'newer') yieldToNewer(fresh.version);
      else if (fresh.kind === 'ok' || fresh.kind === 'empty') base = mergeDocuments(fresh.doc, base);
      else if (fresh.kind === 'corrupt' && lastSeenRaw !== null && backup(lastSeenRaw, now) !== undefined) {
        // Another tab left damaged data: it is backed up, and what could be read is kept.
        base = mergeDocuments(fresh.doc, base);
      }
    }
  }
  const next = normaliseDocument(change(base));
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
  const fresh = readFresh();
  if (fresh && fresh !== 'unchanged' && fresh.kind === 'newer') yieldToNewer(fresh.version);
  else if (fresh && fresh !== 'unchanged' && (fresh.kind === 'ok' || fresh.kind === 'empty')) {
    $progress.set(mergeDocuments(fresh.doc, $progress.get()));
  }
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
  changeWithUndo('erase', (doc) => ({ ...emptyDocument(epoch), settings: doc.settings }), now);
  if ($progressStatus.get().mode !== 'saved') return;
  for (const key of [...listBackups().map((b) => b.key), UNDO_KEY]) {
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
