/**
 * The zod schema the progress document was checked with before the hand-written validators
 * of src/progress/model/validate.ts replaced it in the browser. Kept here, unchanged, as the
 * oracle the validator tests compare against: same accepted documents, same first problem.
 */
import './progress-zod-jitless.ts';
import * as z from 'zod/v4/mini';
import { isProgressId, MAX_ID_LENGTH } from '../../src/progress/model/ids.ts';
import { isValidIsoTime } from '../../src/progress/model/time.ts';
import { toolRecordChecks } from '../../src/progress/model/tool-records/index.ts';

const CURRENT_VERSION = 5;

/** Limits that keep a hostile or broken file from swelling the store. */
export const LIMITS = { records: 20_000, idLength: MAX_ID_LENGTH, answerItems: 50 } as const;

/** An ISO 8601 UTC or offset time naming a real moment (see isValidIsoTime: much cheaper than z.iso on big documents). */
const TIME_MESSAGE = '時間格式不對或不存在';
const isoTime = z.string().check(z.refine(isValidIsoTime, TIME_MESSAGE));
/** The id rule of ids.ts: no Chinese, spaces or inherited names such as `toString`. */
const id = z.string().check(z.refine(isProgressId, 'id 格式不對'));
const fraction = z.number().check(z.minimum(0), z.maximum(1));
const count = z.number().check(z.int(), z.minimum(0), z.maximum(1_000_000));
/** A bounded record: ids as keys, at most LIMITS.records entries. */
const recordOf = <T extends z.ZodMiniType>(value: T) =>
  z.record(id, value).check(z.refine((r) => Object.keys(r).length <= LIMITS.records, '記錄太多'));

/** A lesson's completion state; `at` is when it last changed, so the later change wins a merge. */
export const lessonRecordSchema = z.object({ done: z.boolean(), at: isoTime });

/** What the learner answered: an option id, a set of ids, an order of ids, or pairs. */
export const answerSchema = z.union([
  id,
  z.array(id).check(z.maxLength(LIMITS.answerItems)),
  z.record(id, id).check(z.refine((r) => Object.keys(r).length <= LIMITS.answerItems, '配對太多')),
]);

/** One finished quiz attempt. Immutable once recorded. */
export const attemptSchema = z.object({
  id,
  quiz: id,
  at: isoTime,
  answers: z.record(id, answerSchema),
  /** How sure the learner was, per question: 1 guess · 2 fairly sure · 3 sure. */
  confidence: z.optional(z.record(id, z.union([z.literal(1), z.literal(2), z.literal(3)]))),
  /** Credit per question, 0 to 1. */
  scores: z.record(id, fraction),
  /** Credit per skill: earned out of possible. */
  skills: z.record(id, z.object({ earned: z.number().check(z.minimum(0)), possible: z.number().check(z.minimum(0)) })),
  score: fraction,
});

/** One completed self-assessment. Immutable once recorded. */
export const assessmentResultSchema = z.object({
  id,
  instrument: id,
  at: isoTime,
  answers: z.record(id, count),
  /** Level per skill on the instrument's scale. */
  levels: z.record(id, z.number().check(z.minimum(0), z.maximum(10))),
});

/** An assessment being filled in, saved answer by answer. */
export const draftSchema = z.object({ at: isoTime, answers: z.record(id, count) });

/** A question's place in the review schedule (FSRS card state). */
export const reviewCardSchema = z.object({
  quiz: id,
  question: id,
  at: isoTime,
  due: isoTime,
  stability: z.number().check(z.minimum(0)),
  difficulty: z.number().check(z.minimum(0)),
  elapsed_days: count,
  scheduled_days: count,
  learning_steps: count,
  reps: count,
  lapses: count,
  state: z.number().check(z.int(), z.minimum(0), z.maximum(3)),
  last_review: z.optional(isoTime),
  /** The last answer was wrong: the question stays in the review queue until answered right. */
  missed: z.optional(z.literal(true)),
});

/** A quiz being answered, saved answer by answer, so a reload or Back does not lose it (v3). */
export const quizDraftSchema = z.object({
  at: isoTime,
  answers: z.record(id, answerSchema),
  confidence: z.optional(z.record(id, z.union([z.literal(1), z.literal(2), z.literal(3)]))),
});

export const settingsSchema = z.object({
  at: z.optional(isoTime),
  askConfidence: z.boolean(),
  /** A random id made once per learner: seeds the option shuffle, so every learner sees their own order. */
  seed: z.optional(id),
  /** When the learner last downloaded a progress file: shown on /progress/, and drives the home reminder. */
  lastExportAt: z.optional(isoTime),
});

/** A queued xAPI statement: any JSON object with an id (v5). */
const statementSchema = z.looseObject({ id });
/** An outbox entry: the statements about one record, waiting or sent (v5). */
export const outboxEntrySchema = z.object({
  at: isoTime,
  statements: z.array(statementSchema).check(z.maxLength(500)),
  count: z.number().check(z.int(), z.minimum(0), z.maximum(500)),
  sent: z.optional(isoTime),
});

/** A tool record, accepted when its hand validator accepts it (see the note in progressSchema). */
function toolRecordSchema(name: keyof typeof toolRecordChecks) {
  return z.custom<Record<string, unknown>>((v) => toolRecordChecks[name](v) === undefined);
}

export const progressSchema = z.object({
  version: z.literal(CURRENT_VERSION),
  /**
   * Which generation of the data this is. Erasing or replacing everything starts a new
   * epoch; copies from an older epoch are then superseded instead of merged back in.
   */
  epoch: z.object({ id, at: isoTime }),
  lessons: recordOf(lessonRecordSchema),
  attempts: recordOf(attemptSchema),
  assessments: recordOf(assessmentResultSchema),
  drafts: recordOf(draftSchema),
  review: recordOf(reviewCardSchema),
  quizDrafts: recordOf(quizDraftSchema),
  // The field tools' collections (v4) were never checked by zod: their records are checked by the hand validators
  // alone, tested field by field in tools-records.test.ts. Here they only keep the document's shape.
  visits: recordOf(toolRecordSchema('visits')),
  salesPlans: recordOf(toolRecordSchema('salesPlans')),
  shortages: recordOf(toolRecordSchema('shortages')),
  reports: recordOf(toolRecordSchema('reports')),
  guidance: recordOf(toolRecordSchema('guidance')),
  outbox: recordOf(outboxEntrySchema),
  settings: settingsSchema,
});
