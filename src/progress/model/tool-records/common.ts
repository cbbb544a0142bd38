/**
 * Building blocks of the field-tool records (visit plans, sales plans, shortage surveys, market reports, guidance
 * sheets): the fields every record has, and the checks of bounded text, dates, amounts and lists, in the style of
 * ../checks.ts. Pure.
 *
 * The record types live in the progress model, not in src/tools/, because the dependency runs one way: the tools
 * import the progress store, so progress may not import the tools.
 */
import { here, isoTime, id, object, oneOf, range, type Check, type Problem } from '../checks.ts';
import { isValidIsoDate } from '../time.ts';

/** Limits of the field-tool records: a form a manager fills in on a phone stays far below them. */
export const TOOL_LIMITS = {
  /** A name, a code, a label. */
  name: 80,
  /** A one-line answer. */
  line: 200,
  /** A paragraph. */
  text: 2000,
  /** The largest quantity or amount (條, 元). */
  amount: 1_000_000_000,
} as const;

/** What every tool record has: a stable id, the time of its last change, and the tombstone of a delete. */
export interface ToolRecordBase {
  id: string;
  /** Last change: the later one wins a merge, so a delete (or its undo) survives another tab or an import. */
  at: string;
  /** Deleted, kept as a tombstone so a copy that still has the record cannot bring it back; undo clears it. */
  deleted?: true | undefined;
}

/** The checks of the base fields, to spread into each kind's shape. */
export const baseShape = { id, at: isoTime, deleted: oneOf(true) } as const;
/** The base fields that may be absent. */
export const BASE_OPTIONAL = ['deleted'] as const;

/** A string of at most `max` characters; `min` 1 refuses the empty string. */
export const text =
  (max: number, min = 0): Check =>
  (v) =>
    typeof v === 'string' && v.length >= min && v.length <= max ? undefined : here;

/** A name or label that must be there. */
export const name = /* @__PURE__ */ text(TOOL_LIMITS.name, 1);
/** A line that may be empty. */
export const line = /* @__PURE__ */ text(TOOL_LIMITS.line);
/** A paragraph that may be empty. */
export const paragraph = /* @__PURE__ */ text(TOOL_LIMITS.text);
/** A short optional label (檔位, unit). */
export const tag = /* @__PURE__ */ text(20);

/** A calendar date, YYYY-MM-DD, that exists. */
export const isoDate: Check = (v) => (typeof v === 'string' && isValidIsoDate(v) ? undefined : here);
/** A month, YYYY-MM. */
export const isoMonth: Check = (v) => (typeof v === 'string' && isValidIsoDate(`${v}-01`) ? undefined : here);
/** A clock time, HH:MM (24 hours). */
export const clock: Check = (v) => (typeof v === 'string' && /^([01]\d|2[0-3]):[0-5]\d$/.test(v) ? undefined : here);
/** A quantity or an amount: 0 up to TOOL_LIMITS.amount, fractions allowed. */
export const amount = /* @__PURE__ */ range(0, TOOL_LIMITS.amount);
/** A whole number of 戶, 條 or days: 0 up to TOOL_LIMITS.amount. */
export const whole = /* @__PURE__ */ range(0, TOOL_LIMITS.amount, true);
/** A share in percent, 0 to 100. */
export const percent = /* @__PURE__ */ range(0, 100);

/** An array of at most `max` items, each checked; a problem names the index. */
export function listOf(item: Check, max: number): Check {
  return (v) => {
    if (!Array.isArray(v) || v.length > max) return here;
    for (let i = 0; i < v.length; i++) {
      const problem = item(v[i]);
      if (problem) return prefixed(i, problem);
    }
    return undefined;
  };
}

/** An array of distinct values from `values` (e.g. which acceptance levels stock a substitute). */
export function setOf(values: readonly string[]): Check {
  const member = oneOf(...values);
  return (v) => {
    if (!Array.isArray(v) || v.length > values.length || new Set(v).size !== v.length) return here;
    for (let i = 0; i < v.length; i++) if (member(v[i])) return { path: [i] };
    return undefined;
  };
}

const prefixed = (key: number, problem: Problem): Problem =>
  problem.time ? { path: [key, ...problem.path], time: true } : { path: [key, ...problem.path] };

/** A tool record's check: the base fields plus the kind's own; `optional` names the kind's fields that may be absent. */
export function toolRecord(shape: Record<string, Check>, optional: readonly string[] = []): Check {
  return object({ ...baseShape, ...shape }, [...BASE_OPTIONAL, ...optional]);
}

/** An item of a list inside a record (a 分目標, a survey row): its own id, so an edit keeps it apart from the others. */
export function listItem(shape: Record<string, Check>, optional: readonly string[] = []): Check {
  return object({ id, ...shape }, optional);
}
