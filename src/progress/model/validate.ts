/**
 * The checks of the whole progress document and of every collection, built from checks.ts
 * (kept apart so a lesson page loads only the checks of what it reads). Pure.
 */
import {
  boolean,
  count,
  epoch,
  fraction,
  here,
  id,
  isPlain,
  isoTime,
  LIMITS,
  lessonRecord,
  nonNegative,
  object,
  oneOf,
  range,
  recordOf,
  reviewCard,
  type Check,
} from './checks.ts';

import { toolRecordChecks } from './tool-records/index.ts';

export * from './checks.ts';

const idArray: Check = (v) =>
  Array.isArray(v) && v.length <= LIMITS.answerItems && v.every((x) => id(x) === undefined) ? undefined : here;

/** What the learner answered: an option id, a set of ids, an order of ids, or pairs. */
const pairs = /* @__PURE__ */ recordOf(id, LIMITS.answerItems);
export const answer: Check = (v) => (typeof v === 'string' ? id(v) : Array.isArray(v) ? idArray(v) : pairs(v) && here);
const confidence = /* @__PURE__ */ recordOf(oneOf(1, 2, 3));

export const attempt = /* @__PURE__ */ object(
  {
    id,
    quiz: id,
    at: isoTime,
    answers: recordOf(answer),
    confidence,
    scores: recordOf(fraction),
    skills: recordOf(object({ earned: nonNegative, possible: nonNegative })),
    score: fraction,
  },
  ['confidence'],
);

export const assessmentResult = /* @__PURE__ */ object({
  id,
  instrument: id,
  at: isoTime,
  answers: recordOf(count),
  levels: recordOf(range(0, 10)),
});

export const draft = /* @__PURE__ */ object({ at: isoTime, answers: recordOf(count) });

export const quizDraft = /* @__PURE__ */ object({ at: isoTime, answers: recordOf(answer), confidence }, ['confidence']);

/** Limits of what a learner types for the coach (issue 17): a name a trainer reads, a short team code. */
export const COACH_LIMITS = { displayName: 40, teamCode: 20 } as const;
/** A name as typed: trimmed, not empty, at most 40 characters, no control characters or angle brackets. */
export const displayName: Check = (v) =>
  typeof v === 'string' && v && v.length <= COACH_LIMITS.displayName && v === v.trim() && !/[<>\p{Cc}]/u.test(v)
    ? undefined
    : here;
/** A team code: letters, digits and hyphens, 1 to 20, starting with a letter or digit. */
export const teamCode: Check = (v) =>
  typeof v === 'string' && /^[A-Za-z0-9][A-Za-z0-9-]{0,19}$/.test(v) ? undefined : here;

/**
 * Settings with the optional coach fields (displayName, teamCode): the check of import files and of
 * the full store. The lesson page's plain read (checks.ts `settings`) leaves the two out, and never
 * writes settings, so it costs that page nothing.
 */
export const fullSettings = /* @__PURE__ */ object(
  { at: isoTime, askConfidence: boolean, seed: id, lastExportAt: isoTime, displayName, teamCode },
  ['at', 'seed', 'lastExportAt', 'displayName', 'teamCode'],
);

/** A queued xAPI statement: a plain object with an id (a UUID; what it says is the LRS's to judge). */
const statement: Check = (v) => (!isPlain(v) ? here : id(v['id']) && { path: ['id'] });
/** At most this many statements per entry (an attempt's questions and the quiz). */
const STATEMENTS_LIMIT = 500;
const statementList: Check = (v) => {
  if (!Array.isArray(v)) return here;
  for (let i = 0; i < v.length; i++) {
    const problem = statement(v[i]);
    if (problem) return { path: [i, ...problem.path] };
  }
  return v.length <= STATEMENTS_LIMIT ? undefined : here;
};

export const outboxEntry = /* @__PURE__ */ object(
  { at: isoTime, statements: statementList, count: range(0, STATEMENTS_LIMIT, true), sent: isoTime },
  ['sent'],
);

/** Each collection's record check, for validating records one by one. */
export const recordChecks = {
  lessons: lessonRecord,
  attempts: attempt,
  assessments: assessmentResult,
  drafts: draft,
  review: reviewCard,
  quizDrafts: quizDraft,
  ...toolRecordChecks,
  outbox: outboxEntry,
} as const;

/** One whole collection: ids as keys, at most LIMITS.records entries. */
export const collectionChecks = {
  lessons: /* @__PURE__ */ recordOf(lessonRecord, LIMITS.records),
  attempts: /* @__PURE__ */ recordOf(attempt, LIMITS.records),
  assessments: /* @__PURE__ */ recordOf(assessmentResult, LIMITS.records),
  drafts: /* @__PURE__ */ recordOf(draft, LIMITS.records),
  review: /* @__PURE__ */ recordOf(reviewCard, LIMITS.records),
  quizDrafts: /* @__PURE__ */ recordOf(quizDraft, LIMITS.records),
  visits: /* @__PURE__ */ recordOf(toolRecordChecks.visits, LIMITS.records),
  salesPlans: /* @__PURE__ */ recordOf(toolRecordChecks.salesPlans, LIMITS.records),
  shortages: /* @__PURE__ */ recordOf(toolRecordChecks.shortages, LIMITS.records),
  reports: /* @__PURE__ */ recordOf(toolRecordChecks.reports, LIMITS.records),
  guidance: /* @__PURE__ */ recordOf(toolRecordChecks.guidance, LIMITS.records),
  outbox: /* @__PURE__ */ recordOf(outboxEntry, LIMITS.records),
} as const;

/** The whole document at `version`. */
export const progressDocument = (version: number): Check =>
  object({
    version: oneOf(version),
    epoch,
    ...collectionChecks,
    settings: fullSettings,
  });
