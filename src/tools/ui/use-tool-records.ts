/** Preact hook for a tool's list: its records from the progress store, live and deleted (subscribing starts the store). */
import { useMemo } from 'preact/hooks';
import type { ToolCollection, ToolRecords } from '../../progress/model/tool-records/index.ts';
import { useProgress } from '../../progress/ui/use-progress.ts';
import { deletedRecords, liveRecords } from '../model/records.ts';

export interface ToolList<T> {
  /** False until the island has mounted and read storage: render the server's HTML until then. */
  ready: boolean;
  /** Not deleted, latest change first. */
  live: T[];
  /** Deleted, latest first: what undo can restore. */
  deleted: T[];
  /** Every record (deleted ones too) by id. */
  byId: Readonly<Record<string, T>>;
}

const EMPTY = {};

/** The records of one tool collection. */
export function useToolRecords<C extends ToolCollection>(collection: C): ToolList<ToolRecords[C]> {
  const doc = useProgress();
  const records = (doc?.[collection] ?? EMPTY) as Record<string, ToolRecords[C]>;
  return useMemo(
    () => ({ ready: doc !== undefined, live: liveRecords(records), deleted: deletedRecords(records), byId: records }),
    [records, doc === undefined],
  );
}
