/**
 * The editing state every one of these tools shares: which record is open, its fields as typed, whether they
 * changed since the last save, and the list actions (edit, duplicate, delete with undo) over a record collection.
 */
import { useState } from 'preact/hooks';
import type { ToolCollection, ToolRecordBase, ToolRecords } from '../../progress/model/tool-records/index.ts';
import { deleteToolRecord, newToolRecordId, restoreToolRecord, saveToolRecord } from '../../progress/store.ts';
import { hasUnreadableNumber } from '../model/form-input.ts';
import { useToolRecords } from './use-tool-records.ts';

/** A stored tool record: its id, last change, optional tombstone, and the tool's fields. */
export type StoredRecord<F> = F & { id: string; at: string; deleted?: true };

/** The collection actions a tool needs (the progress store provides them). */
export interface RecordAccess<F> {
  /** Live records, newest change first; undefined until stored progress is read. */
  records: StoredRecord<F>[] | undefined;
  /** Saves a record; a problem (the path of the field the store refused) when it does not. */
  save: (record: StoredRecord<F>) => { path: (string | number)[] } | undefined;
  remove: (id: string) => void;
  restore: (id: string) => void;
}

/** A new record id (or list-item id): letters, digits and dashes only, as the progress document requires. */
export function newRecordId(kind: string): string {
  return newToolRecordId(kind);
}

/** The records of one tool collection and the store's actions on them, for useEditor. */
export function useRecordAccess<C extends ToolCollection>(collection: C): RecordAccess<FieldsOf<C>> {
  const list = useToolRecords(collection);
  return {
    records: list.ready ? (list.live as unknown as StoredRecord<FieldsOf<C>>[]) : undefined,
    save: (record) => {
      const r = saveToolRecord(collection, record as unknown as ToolRecords[C]);
      return r.ok ? undefined : r.problem;
    },
    remove: (id) => {
      deleteToolRecord(collection, id);
    },
    restore: (id) => {
      restoreToolRecord(collection, id);
    },
  };
}

/** A tool record's own fields: the stored record without its id, time and tombstone. */
export type FieldsOf<C extends ToolCollection> = Omit<ToolRecords[C], keyof ToolRecordBase>;

export type SaveOutcome = 'saved' | 'unreadable' | 'invalid' | 'refused';

/** What useEditor gives a tool's island. */
export type Editor<F extends object> = ReturnType<typeof useEditor<F>>;

/** Form state over a collection: open, change, save, duplicate, delete and undo. */
export function useEditor<F extends object>(
  kind: string,
  access: RecordAccess<F>,
  blank: () => F,
  /** Problems that stop a save (besides a number box holding text). */
  check: (fields: F) => { field: string; message: string }[] = () => [],
) {
  const [id, setId] = useState<string>(() => newRecordId(kind));
  const [fields, setFields] = useState<F>(blank);
  const [dirty, setDirty] = useState(false);
  const [outcome, setOutcome] = useState<{ kind: SaveOutcome; problems: { field: string; message: string }[] }>();
  const [deleted, setDeleted] = useState<StoredRecord<F>>();
  const saved = access.records?.some((r) => r.id === id) ?? false;

  const change = (next: F | ((old: F) => F)) => {
    setFields(next);
    setDirty(true);
    setOutcome(undefined);
  };
  const open = (record: StoredRecord<F>, asCopy = false) => {
    const { id: recordId, at: _at, deleted: _deleted, ...rest } = record;
    setFields(structuredClone(rest) as unknown as F);
    setId(asCopy ? newRecordId(kind) : recordId);
    setDirty(asCopy);
    setOutcome(undefined);
    setDeleted(undefined);
  };
  /** Fills in defaults known only in the browser (today's month) without counting as a change. */
  const prefill = (fn: (old: F) => F) => setFields(fn);
  const start = () => {
    setFields(blank());
    setId(newRecordId(kind));
    setDirty(false);
    setOutcome(undefined);
  };
  const save = (): SaveOutcome => {
    if (hasUnreadableNumber(fields)) {
      setOutcome({ kind: 'unreadable', problems: [] });
      return 'unreadable';
    }
    const problems = check(fields);
    if (problems.length > 0) {
      setOutcome({ kind: 'invalid', problems });
      return 'invalid';
    }
    const refused = access.save({ ...(fields as F), id, at: new Date().toISOString() } as StoredRecord<F>);
    if (refused) {
      setOutcome({ kind: 'refused', problems: [{ field: refused.path.join('.'), message: refused.path.join(' › ') }] });
      return 'refused';
    }
    setDirty(false);
    setDeleted(undefined);
    setOutcome({ kind: 'saved', problems: [] });
    return 'saved';
  };
  const find = (recordId: string) => access.records?.find((r) => r.id === recordId);
  const remove = (recordId: string) => {
    const record = find(recordId);
    if (!record) return;
    access.remove(recordId);
    setDeleted(record);
    if (recordId === id) start();
  };
  const undo = () => {
    if (!deleted) return;
    access.restore(deleted.id);
    setDeleted(undefined);
  };
  return { id, fields, change, prefill, dirty, saved, outcome, deleted, open, start, save, find, remove, undo };
}
