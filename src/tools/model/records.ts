/**
 * The field tools' stored records as a tool lists them: the live ones, the deleted ones still to undo, and a copy
 * for 「照上次的做」. The record types and their checks live in the progress model
 * (src/progress/model/tool-records/), because the tools import the progress store and not the other way round.
 */
import type { ToolRecordBase } from '../../progress/model/tool-records/index.ts';

export type {
  GuidanceRecord,
  ReportRecord,
  SalesPart,
  SalesPeriod,
  SalesPlanRecord,
  ShortageRecord,
  ShortageRow,
  ShortageSubstitute,
  ToolCollection,
  ToolRecordBase,
  ToolRecords,
  VisitRecord,
  VisitState,
} from '../../progress/model/tool-records/index.ts';

/** Latest change first; ties by id, so every render lists them the same way. Stored times are all UTC ISO strings. */
const newestFirst = (a: ToolRecordBase, b: ToolRecordBase): number =>
  a.at < b.at ? 1 : a.at > b.at ? -1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;

/** The records that are not deleted, latest change first. */
export function liveRecords<T extends ToolRecordBase>(records: Readonly<Record<string, T>>): T[] {
  return Object.values(records)
    .filter((r) => !r.deleted)
    .sort(newestFirst);
}

/** The deleted records (tombstones), latest delete first: what an undo can bring back. */
export function deletedRecords<T extends ToolRecordBase>(records: Readonly<Record<string, T>>): T[] {
  return Object.values(records)
    .filter((r) => r.deleted === true)
    .sort(newestFirst);
}

/**
 * A copy of `record` under a new id, stamped `at`, never deleted, with `changes` applied (a new date, the outcome
 * cleared): the tool's 「照上次的做」. The list items inside keep their ids, which only need to be unique in a record.
 */
export function duplicateRecord<T extends ToolRecordBase>(
  record: T,
  id: string,
  at: string,
  changes: Partial<T> = {},
): T {
  const copy = { ...structuredClone(record), ...changes, id, at };
  delete copy.deleted;
  return copy;
}
