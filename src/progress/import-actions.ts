/** The import action, kept out of the store module so pages without the import form do not ship it. */
import type { ProgressDoc } from './document.ts';
import { applyImport } from './import.ts';
import { changeWithUndo, newEpoch } from './store.ts';

/** Merges (default) or replaces with an imported document, keeping the previous state for undo. */
export function importProgress(incoming: ProgressDoc, mode: 'merge' | 'replace', now = new Date()): void {
  const epoch = newEpoch(now);
  changeWithUndo('import', (doc) => applyImport(doc, incoming, mode, epoch), now);
}
