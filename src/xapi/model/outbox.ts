/**
 * The outbox: statements waiting for the organisation's LRS, kept in the progress document so a
 * reload, an offline week or a second tab loses none. One entry per record reported (a lesson
 * done, an attempt, an assessment), keyed by that record, so each record is queued once; its
 * statements keep their ids for every retry, and the entry keeps only its time once sent. Pure.
 */
import type { OutboxEntry, ProgressDoc } from '../../progress/model/document.ts';
import {
  assessmentCompleted,
  attemptStatements,
  lessonCompleted,
  type CourseInfo,
  type Learner,
  type QuizInfo,
  type Statement,
  toolUsed,
  type StatementSite,
  type ToolName,
} from './statements.ts';
import { TOOLS } from './vocabulary.ts';

/** The parts of the progress document statements are built from. */
export type Reported = Pick<ProgressDoc, 'lessons' | 'attempts' | 'assessments' | ToolName>;
const TOOL_NAMES = Object.keys(TOOLS) as ToolName[];

export type { OutboxEntry };
/** The outbox collection of the progress document: one entry per record reported, by the record's key. */
export type Outbox = Record<string, OutboxEntry>;

/** The statements of an entry (stored as plain JSON objects). */
const statementsOf = (entry: OutboxEntry): Statement[] => entry.statements as unknown as Statement[];

/** The most statements one request carries (one entry is never split: its statements go together). */
export const BATCH_LIMIT = 50;

export type Source =
  | { key: string; kind: 'lesson'; lesson: string; at: string }
  | { key: string; kind: 'attempt'; attempt: string; quiz: string }
  | { key: string; kind: 'assessment'; assessment: string }
  | { key: string; kind: 'tool'; tool: ToolName; record: string };

/** The outbox key of each record that should be reported, in the document's key order. */
export function sourcesOf(doc: Reported): Source[] {
  const out: Source[] = [];
  for (const [lesson, record] of Object.entries(doc.lessons))
    if (record.done) out.push({ key: `lesson:${lesson}:${record.at}`, kind: 'lesson', lesson, at: record.at });
  for (const [id, attempt] of Object.entries(doc.attempts))
    out.push({ key: `attempt:${id}`, kind: 'attempt', attempt: id, quiz: attempt.quiz });
  for (const id of Object.keys(doc.assessments))
    out.push({ key: `assessment:${id}`, kind: 'assessment', assessment: id });
  // A tool record is reported once, when first seen saved (a deleted one, never).
  for (const tool of TOOL_NAMES)
    for (const [id, record] of Object.entries(doc[tool] ?? {}))
      if (!record.deleted) out.push({ key: `tool:${tool}:${id}`, kind: 'tool', tool, record: id });
  return out;
}

/** The records not queued yet. */
export const unqueued = (sources: Source[], outbox: Outbox): Source[] =>
  sources.filter((s) => !Object.hasOwn(outbox, s.key));

/** The quizzes whose data is needed to queue `sources`. */
export const quizzesNeeded = (sources: Source[]): string[] => [
  ...new Set(sources.flatMap((s) => (s.kind === 'attempt' ? [s.quiz] : []))),
];

export interface Queued {
  /** The new entries, by key. */
  entries: Outbox;
  /** Records that could not be queued yet (their quiz's data is not at hand), by key. */
  deferred: string[];
}

/** Builds the entries of `sources`; attempts whose quiz data is missing wait for a later call. */
export function queueSources(input: {
  doc: Reported;
  sources: Source[];
  site: StatementSite;
  learner: Learner;
  course: CourseInfo;
  quizzes: Record<string, QuizInfo | undefined>;
  now: Date;
}): Queued {
  const { doc, site, learner, course } = input;
  const at = input.now.toISOString();
  const entries: Outbox = {};
  const deferred: string[] = [];
  const add = (key: string, statements: Statement[]) => {
    entries[key] = { at, statements: statements as unknown as OutboxEntry['statements'], count: statements.length };
  };
  for (const source of input.sources) {
    if (source.kind === 'lesson') {
      const record = doc.lessons[source.lesson];
      if (record?.done && record.at === source.at)
        add(source.key, [lessonCompleted(site, learner, source.lesson, record, course)]);
    } else if (source.kind === 'attempt') {
      const attempt = doc.attempts[source.attempt];
      const quiz = input.quizzes[source.quiz];
      if (!attempt) continue;
      if (!quiz) deferred.push(source.key);
      else add(source.key, attemptStatements(site, learner, attempt, quiz));
    } else if (source.kind === 'assessment') {
      const result = doc.assessments[source.assessment];
      if (result) add(source.key, [assessmentCompleted(site, learner, result, course)]);
    } else {
      const record = doc[source.tool][source.record];
      if (record && !record.deleted) add(source.key, [toolUsed(site, learner, source.tool, record)]);
    }
  }
  return { entries, deferred };
}

/** The entries still to send, oldest record first. */
export function pendingKeys(outbox: Outbox): string[] {
  return Object.entries(outbox)
    .filter(([, e]) => e.sent === undefined && e.statements.length > 0)
    .sort(([ka, a], [kb, b]) => (a.at < b.at ? -1 : a.at > b.at ? 1 : ka < kb ? -1 : ka > kb ? 1 : 0))
    .map(([key]) => key);
}

/** How many statements wait to be sent. */
export const waitingCount = (outbox: Outbox): number =>
  pendingKeys(outbox).reduce((n, key) => n + outbox[key]!.statements.length, 0);

/** When the LRS last accepted statements, or undefined when it never has. */
export function lastSentAt(outbox: Outbox): string | undefined {
  let last: string | undefined;
  for (const entry of Object.values(outbox)) if (entry.sent && (!last || entry.sent > last)) last = entry.sent;
  return last;
}

/** How many statements the LRS has accepted. */
export const sentCount = (outbox: Outbox): number =>
  Object.values(outbox).reduce((n, e) => n + (e.sent ? e.count : 0), 0);

/** The next request: whole entries, oldest first, up to BATCH_LIMIT statements (at least one entry). */
export function nextBatch(outbox: Outbox, limit = BATCH_LIMIT): { keys: string[]; statements: Statement[] } {
  const keys: string[] = [];
  const statements: Statement[] = [];
  for (const key of pendingKeys(outbox)) {
    const entry = outbox[key]!;
    if (keys.length > 0 && statements.length + entry.statements.length > limit) break;
    keys.push(key);
    statements.push(...statementsOf(entry));
  }
  return { keys, statements };
}

/** `doc` with new outbox entries added; an entry already there (queued by this tab or another) is kept as it is. */
export function withQueued<D extends { outbox: Outbox }>(doc: D, entries: Outbox): D {
  const fresh = Object.entries(entries).filter(([key]) => !Object.hasOwn(doc.outbox, key));
  return fresh.length ? { ...doc, outbox: { ...doc.outbox, ...Object.fromEntries(fresh) } } : doc;
}

/** `doc` with entries marked sent (`entries`: their sent versions); one already sent keeps its first mark. */
export function withSent<D extends { outbox: Outbox }>(doc: D, entries: Outbox): D {
  const changed = Object.entries(entries).filter(
    ([key]) => !Object.hasOwn(doc.outbox, key) || doc.outbox[key]!.sent === undefined,
  );
  return changed.length ? { ...doc, outbox: { ...doc.outbox, ...Object.fromEntries(changed) } } : doc;
}

/** The entries `keys` marked sent at `now`: their statements dropped, their count kept. */
export function markSent(outbox: Outbox, keys: readonly string[], now: Date): Outbox {
  const at = now.toISOString();
  const changed: Outbox = {};
  for (const key of keys) {
    const entry = outbox[key];
    if (entry && entry.sent === undefined) changed[key] = { at, statements: [], count: entry.count, sent: at };
  }
  return changed;
}
