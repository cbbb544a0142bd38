/**
 * The progress document: everything the learner did, as one versioned JSON value.
 * Records carry their own time so two copies (two tabs, an import) can be merged
 * record by record instead of one copy overwriting the other.
 */
import * as z from 'zod/v4/mini';

export const APP_ID = 'performance-coach';
export const CURRENT_VERSION = 1;

const isoTime = z.iso.datetime({ offset: true });

/** A lesson's completion state; `at` is when it last changed, so the later change wins a merge. */
export const lessonRecordSchema = z.object({ done: z.boolean(), at: isoTime });

export const progressSchema = z.object({
  version: z.literal(CURRENT_VERSION),
  /** When the learner last erased everything; records older than this are gone. */
  resetAt: z.optional(isoTime),
  lessons: z.record(z.string().check(z.minLength(1), z.maxLength(200)), lessonRecordSchema),
});

export type LessonRecord = z.infer<typeof lessonRecordSchema>;
export type ProgressDoc = z.infer<typeof progressSchema>;

/** A new learner's document. */
export function emptyDocument(): ProgressDoc {
  return { version: CURRENT_VERSION, lessons: {} };
}

/** Ids of the lessons currently marked done. */
export function completedLessons(doc: ProgressDoc): Set<string> {
  return new Set(
    Object.entries(doc.lessons)
      .filter(([, r]) => r.done)
      .map(([id]) => id),
  );
}
