/** Downloading progress and backups: the file, and the note of when the learner last exported. */
import { downloadText } from './download.ts';
import { buildBackupExport, buildExport, exportFileName } from './export.ts';
import { $progress, readBackup, recordExport } from './store.ts';

/** Downloads the learner's progress file and remembers when. */
export function exportProgress(now = new Date()): void {
  downloadText(exportFileName(now), JSON.stringify(buildExport($progress.get(), now), null, 2));
  recordExport(now);
}

/** Downloads a backup as a file the site's own import reads back. */
export function downloadBackup(key: string, at: string, now = new Date()): void {
  const backedUp = new Date(at);
  const name = exportFileName(Number.isFinite(backedUp.getTime()) ? backedUp : now, 'backup');
  downloadText(name, JSON.stringify(buildBackupExport(readBackup(key) ?? '', at, now), null, 2));
}
