/**
 * `$xapi`: the delivery of the learner's statements to the organisation's LRS. It watches the
 * progress document, queues a statement entry in the document's outbox for each new record
 * (model/outbox.ts), and sends what waits, oldest first, with backoff while the LRS cannot be
 * reached. Nothing is dropped: an entry leaves the outbox only as "sent", and only after the LRS
 * said it has the statements (a repeat of the same ids counts as sent). The progress store, the
 * sender and the course data are passed in, so all of it is tested without a browser.
 */
import { atom } from 'nanostores';
import type { XapiConfig } from './model/config.ts';
import { retryDelay, type Outcome } from './model/delivery.ts';
import {
  lastSentAt,
  markSent,
  nextBatch,
  queueSources,
  quizzesNeeded,
  sentCount,
  sourcesOf,
  unqueued,
  waitingCount,
  type Outbox,
  type Reported,
} from './model/outbox.ts';
import type { CourseInfo, CoursePort, QuizInfo } from './model/statements.ts';
import type { Sender } from './browser/send.ts';
import type { ProgressDoc } from '../progress/model/document.ts';

/** What the learner is told on /progress/. */
export interface XapiStatus {
  /** `idle`: nothing waits · `sending` · `waiting`: will try again · `stopped`: needs the learner or the deployer. */
  state: 'idle' | 'sending' | 'waiting' | 'stopped';
  /** Statements queued and not yet sent, plus those of records still to be queued. */
  waiting: number;
  sent: number;
  lastSentAt?: string | undefined;
  /** Why the last try failed. */
  problem?: Exclude<Outcome, { kind: 'sent' }> | { kind: 'course-data' } | undefined;
  /** When the next automatic try is due. */
  retryAt?: string | undefined;
}

export const $xapi = atom<XapiStatus>({ state: 'idle', waiting: 0, sent: 0 });

/** The progress store, as this store uses it. */
export interface ProgressPort {
  get(): Reported & Pick<ProgressDoc, 'quizDrafts' | 'settings'> & { outbox: Outbox };
  subscribe(listener: () => void): () => void;
  /** Adds new outbox entries (never replaces one already there). */
  queue(entries: Outbox): void;
  /** Marks entries sent. */
  sent(entries: Outbox): void;
  /** Makes the learner's random id when there is none yet. */
  ensureSeed(): void;
}

export interface XapiDeps {
  config: XapiConfig;
  progress: ProgressPort;
  send: Sender;
  data: CoursePort;
  now?: () => Date;
  random?: () => number;
  /** Timers, injectable for tests. */
  later?: (run: () => void, ms: number) => () => void;
}

let deps: XapiDeps | undefined;
let stopWatching: (() => void) | undefined;
let cancelRetry: (() => void) | undefined;
let running: Promise<void> | undefined;
let again = false;
let failures = 0;
let stopped = false;
/** Entries the LRS refused on their own: skipped until the page is loaded again. */
const held = new Set<string>();
/** One entry per request after a refusal, to find the entry the LRS refused. */
let oneByOne = false;
let course: CourseInfo | undefined;
const quizzes: Record<string, QuizInfo | undefined> = {};
let deferred: string[] = [];
/** The course data could not be read: the records wait, and a retry is scheduled. */
let dataMissing = false;

const nowOf = () => (deps?.now ?? (() => new Date()))();

/** The outbox without the entries held back after a refusal. */
function sendable(outbox: Outbox): Outbox {
  if (held.size === 0) return outbox;
  return Object.fromEntries(Object.entries(outbox).filter(([key]) => !held.has(key)));
}

/** Statements of records not queued yet (an attempt counts its answers and the quiz). */
function deferredCount(doc: ReturnType<ProgressPort['get']>): number {
  return deferred.reduce((n, key) => {
    const attempt = doc.attempts[key.slice('attempt:'.length)];
    return n + (attempt ? Object.keys(attempt.answers).length + 1 : 1);
  }, 0);
}

function publish(patch: Partial<XapiStatus>): void {
  if (!deps) return;
  const doc = deps.progress.get();
  $xapi.set({
    ...$xapi.get(),
    ...patch,
    waiting: waitingCount(doc.outbox) + deferredCount(doc),
    sent: sentCount(doc.outbox),
    lastSentAt: lastSentAt(doc.outbox),
  });
}

/** Fetches the course data and the data of quizzes `quizIds`, keeping what was read. */
async function loadData(quizIds: string[]): Promise<boolean> {
  if (!deps) return false;
  course ??= await deps.data.course().catch(() => undefined);
  if (!course) return false;
  for (const id of quizIds) {
    if (quizzes[id]) continue;
    quizzes[id] = await deps.data.quiz(id, course).catch(() => undefined);
  }
  return true;
}

/** Reads the data of the quizzes being answered now, so an attempt submitted offline is queued at once. */
async function prefetchDrafts(doc: ReturnType<ProgressPort['get']>): Promise<void> {
  const ids = Object.keys(doc.quizDrafts).filter((id) => !quizzes[id]);
  if (ids.length) await loadData(ids);
}

/** Queues an entry for each record of the document not in the outbox yet. */
async function queueNew(): Promise<void> {
  if (!deps) return;
  let doc = deps.progress.get();
  let sources = unqueued(sourcesOf(doc), doc.outbox);
  dataMissing = false;
  if (sources.length === 0) {
    deferred = [];
    await prefetchDrafts(doc);
    return;
  }
  if (!doc.settings.seed) {
    deps.progress.ensureSeed();
    doc = deps.progress.get();
  }
  const seed = doc.settings.seed;
  if (!seed || !(await loadData(quizzesNeeded(sources)))) {
    deferred = sources.map((s) => s.key);
    dataMissing = true;
    return;
  }
  // The document may have changed while the data was read.
  doc = deps.progress.get();
  sources = unqueued(sourcesOf(doc), doc.outbox);
  const displayName = (doc.settings as { displayName?: unknown }).displayName;
  const queued = queueSources({
    doc,
    sources,
    site: { site: deps.config.site, homePage: deps.config.homePage },
    learner: { seed, displayName: typeof displayName === 'string' ? displayName : undefined },
    course: course!,
    quizzes,
    now: nowOf(),
  });
  deferred = queued.deferred;
  if (Object.keys(queued.entries).length > 0) deps.progress.queue(queued.entries);
}

function scheduleRetry(): void {
  if (!deps) return;
  cancelRetry?.();
  const delay = retryDelay(failures, (deps.random ?? Math.random)());
  const later = deps.later ?? ((run, ms) => clearTimeout.bind(null, setTimeout(run, ms)));
  cancelRetry = later(() => {
    cancelRetry = undefined;
    void flush();
  }, delay);
  publish({ state: 'waiting', retryAt: new Date(nowOf().getTime() + delay).toISOString() });
}

/** Sends batches until nothing waits, or the LRS cannot take them now. */
async function sendAll(): Promise<void> {
  if (!deps) return;
  for (;;) {
    const outbox = sendable(deps.progress.get().outbox);
    const batch = nextBatch(outbox, oneByOne ? 1 : undefined);
    if (batch.keys.length === 0) {
      oneByOne = false;
      if (dataMissing) {
        failures++;
        publish({ problem: { kind: 'course-data' } });
        return scheduleRetry();
      }
      publish({
        state: held.size ? 'stopped' : 'idle',
        retryAt: undefined,
        ...(held.size ? {} : { problem: undefined }),
      });
      return;
    }
    publish({ state: 'sending' });
    const outcome = await deps.send(batch.statements);
    if (outcome.kind === 'sent') {
      failures = 0;
      deps.progress.sent(markSent(deps.progress.get().outbox, batch.keys, nowOf()));
      if (!held.size) publish({ problem: undefined });
      continue;
    }
    if (outcome.kind === 'retry') {
      failures++;
      publish({ problem: outcome });
      scheduleRetry();
      return;
    }
    if (outcome.kind === 'rejected') {
      publish({ problem: outcome });
      // A refused batch of several entries is sent again one entry at a time, to hold back only the bad one.
      if (batch.keys.length > 1) {
        oneByOne = true;
        continue;
      }
      held.add(batch.keys[0]!);
      continue;
    }
    stopped = true;
    publish({ state: 'stopped', problem: outcome, retryAt: undefined });
    return;
  }
}

/**
 * Queues new records and sends what waits, unless a retry is already scheduled (backoff holds
 * while the learner goes on working) or delivery stopped; calls made meanwhile run once more afterwards.
 */
export function flush(): Promise<void> {
  if (!deps) return Promise.resolve();
  if (running) {
    again = true;
    return running;
  }
  running = (async () => {
    do {
      again = false;
      await queueNew();
      if (!stopped && !cancelRetry) await sendAll();
      else publish({});
    } while (again && deps);
  })().finally(() => {
    running = undefined;
  });
  return running;
}

/** Sends at once, without waiting for the scheduled retry (the browser is back online). */
export function sendNow(): Promise<void> {
  cancelRetry?.();
  cancelRetry = undefined;
  return flush();
}

/** The learner asked to send now: clears a stop (a wrong key, a refusal) and tries at once. */
export function retryNow(): Promise<void> {
  stopped = false;
  failures = 0;
  held.clear();
  oneByOne = false;
  return sendNow();
}

/** Starts delivery with `given`: follows the progress document from now on. */
export function startXapi(given: XapiDeps): void {
  stopXapi();
  deps = given;
  publish({ state: 'idle' });
  let scheduled = false;
  stopWatching = given.progress.subscribe(() => {
    // Several changes in one task (an attempt and its review cards) make one flush.
    if (scheduled) return;
    scheduled = true;
    queueMicrotask(() => {
      scheduled = false;
      if (!running) void flush();
      else again = true;
    });
  });
  void flush();
}

/** Stops delivery (tests, page teardown). What waits stays in the outbox. */
export function stopXapi(): void {
  stopWatching?.();
  stopWatching = undefined;
  cancelRetry?.();
  cancelRetry = undefined;
  deps = undefined;
  running = undefined;
  again = false;
  failures = 0;
  stopped = false;
  held.clear();
  oneByOne = false;
  course = undefined;
  deferred = [];
  dataMissing = false;
  for (const key of Object.keys(quizzes)) delete quizzes[key];
  $xapi.set({ state: 'idle', waiting: 0, sent: 0 });
}
