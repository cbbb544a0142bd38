/** A tool's record collection for an island, kept in memory until the progress store holds the tool collections. */
import { useState } from 'preact/hooks';
import type { RecordAccess, StoredRecord } from './use-editor.ts';

/** The live records of one collection, newest change first, with save, delete and restore. */
export function useToolRecords<F>(_collection: string): RecordAccess<F> {
  const [all, setAll] = useState<Record<string, StoredRecord<F>>>({});
  const live = Object.values(all)
    .filter((r) => !r.deleted)
    .sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0));
  return {
    records: live,
    save: (record) => setAll((old) => ({ ...old, [record.id]: record })),
    remove: (id) =>
      setAll((old) => (old[id] ? { ...old, [id]: { ...old[id]!, deleted: true, at: new Date().toISOString() } } : old)),
    restore: (id) =>
      setAll((old) => {
        const r = old[id];
        if (!r) return old;
        const { deleted: _d, ...rest } = r;
        return { ...old, [id]: { ...(rest as StoredRecord<F>), at: new Date().toISOString() } };
      }),
  };
}
