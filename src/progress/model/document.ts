/**
 * The progress document: everything the learner did, as one versioned JSON value (the
 * logical model; storage keeps it one key per collection, see stored.ts).
 * Records carry their own id and time so two copies (two tabs, an import) can be
 * merged record by record instead of one copy overwriting the other.
 */
import { LIMITS } from './checks.ts';
import { TOOL_COLLECTIONS } from './tool-records/names.ts';
import type { ToolRecords } from './tool-records/index.ts';

export { LIMITS };
export const APP_ID = 'performance-coach';
export const CURRENT_VERSION = 5;

/** The message of an impossible or malformed time, quoted by the import's refusal. */
export const TIME_MESSAGE = '時間格式不對或不存在';

/** A lesson's completion state; `at` is when it last changed, so the later change wins a merge. */
export type LessonRecord = {
  done: boolean;
  at: string;
};

/** What the learner answered: an option id, a set of ids, an order of ids, or pairs. */
export type Answer = string | string[] | Record<string, string>;

/** How sure the learner was, per question: 1 guess · 2 fairly sure · 3 sure. */
export type Confidence = Record<string, 1 | 2 | 3>;

/** One finished quiz attempt. Immutable once recorded. */
export type Attempt = {
  id: string;
  quiz: string;
  at: string;
  answers: Record<string, Answer>;
  confidence?: Confidence | undefined;
  /** Credit per question, 0 to 1. */
  scores: Record<string, number>;
  /** Credit per skill: earned out of possible. */
  skills: Record<string, { earned: number; possible: number }>;
  score: number;
};

/** One completed self-assessment. Immutable once recorded. */
export type AssessmentResult = {
  id: string;
  instrument: string;
  at: string;
  answers: Record<string, number>;
  /** Level per skill on the instrument's scale (0 to 10). */
  levels: Record<string, number>;
};

/** An assessment being filled in, saved answer by answer. */
export type Draft = {
  at: string;
  answers: Record<string, number>;
};

/** A question's place in the review schedule (FSRS card state). */
export type ReviewCard = {
  quiz: string;
  question: string;
  at: string;
  due: string;
  stability: number;
  difficulty: number;
  elapsed_days: number;
  scheduled_days: number;
  learning_steps: number;
  reps: number;
  lapses: number;
  state: number;
  last_review?: string | undefined;
  /** The last answer was wrong: the question stays in the review queue until answered right. */
  missed?: true | undefined;
};

/** A quiz being answered, saved answer by answer, so a reload or Back does not lose it (v3). */
export type QuizDraft = {
  at: string;
  answers: Record<string, Answer>;
  confidence?: Confidence | undefined;
};

/**
 * Statements for the organisation's LRS about one record (a lesson done, an attempt, an
 * assessment), waiting or sent (src/xapi/). `at` changes when the entry does, so a merge keeps
 * the later state; once sent only the count is kept. Statements are plain xAPI JSON objects.
 */
export type OutboxEntry = {
  at: string;
  statements: Record<string, unknown>[];
  count: number;
  sent?: string | undefined;
};

export type Settings = {
  at?: string | undefined;
  askConfidence: boolean;
  /** A random id made once per learner: seeds the option shuffle, so every learner sees their own order. */
  seed?: string | undefined;
  /** When the learner last downloaded a progress file: shown on /progress/, and drives the home reminder. */
  lastExportAt?: string | undefined;
  /** 「給教練看的名字」: how the learner wants a trainer to see them on /team/ (optional, carried in the export). */
  displayName?: string | undefined;
  /** A team code the trainer gave out, so files of one team are told apart from another's (optional). */
  teamCode?: string | undefined;
};

/**
 * Which generation of the data this is. Erasing or replacing everything starts a new
 * epoch; copies from an older epoch are then superseded instead of merged back in.
 */
export type Epoch = {
  id: string;
  at: string;
};

export type ProgressDoc = {
  version: typeof CURRENT_VERSION;
  epoch: Epoch;
  lessons: Record<string, LessonRecord>;
  attempts: Record<string, Attempt>;
  assessments: Record<string, AssessmentResult>;
  drafts: Record<string, Draft>;
  review: Record<string, ReviewCard>;
  quizDrafts: Record<string, QuizDraft>;
  /** The field tools' records (v4): visit plans, sales plans, shortage surveys, market reports, guidance sheets. */
  visits: Record<string, ToolRecords['visits']>;
  salesPlans: Record<string, ToolRecords['salesPlans']>;
  shortages: Record<string, ToolRecords['shortages']>;
  reports: Record<string, ToolRecords['reports']>;
  guidance: Record<string, ToolRecords['guidance']>;
  /** xAPI statements waiting for (or already accepted by) the organisation's LRS (v5). */
  outbox: Record<string, OutboxEntry>;
  settings: Settings;
};

/** The record collections of the document, each keyed by a stable id. */
export const COLLECTIONS = [
  'lessons',
  'attempts',
  'assessments',
  'drafts',
  'review',
  'quizDrafts',
  ...TOOL_COLLECTIONS,
  'outbox',
] as const;
export type CollectionName = (typeof COLLECTIONS)[number];

/** Each collection's record type. */
export type RecordOf<N extends CollectionName> = ProgressDoc[N][string];

/** The epoch of data never erased. */
export const INITIAL_EPOCH = { id: 'initial', at: '1970-01-01T00:00:00.000Z' } as const;

/** A new learner's document. */
export function emptyDocument(epoch: ProgressDoc['epoch'] = INITIAL_EPOCH): ProgressDoc {
  return {
    version: CURRENT_VERSION,
    epoch,
    lessons: {},
    attempts: {},
    assessments: {},
    drafts: {},
    review: {},
    quizDrafts: {},
    visits: {},
    salesPlans: {},
    shortages: {},
    reports: {},
    guidance: {},
    outbox: {},
    settings: { askConfidence: true },
  };
}

/** Ids of the lessons currently marked done. */
export function completedLessons(doc: ProgressDoc): Set<string> {
  return new Set(
    Object.entries(doc.lessons)
      .filter(([, r]) => r.done)
      .map(([id]) => id),
  );
}
