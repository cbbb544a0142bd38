/** The files a learner downloads: the progress export, and a backup of damaged or upgraded data. */
import { APP_ID, CURRENT_VERSION, type ProgressDoc } from './document.ts';

export interface ProgressExport {
  app: typeof APP_ID;
  version: number;
  exportedAt: string;
  document: ProgressDoc;
}

/** A backup as a file: the stored text exactly as it was, wrapped so the site's import recognises it. */
export interface BackupExport {
  app: typeof APP_ID;
  kind: 'backup';
  /** When the backup was made. */
  backedUpAt: string;
  exportedAt: string;
  /** The stored value, byte for byte, even when it is not valid JSON. */
  raw: string;
}

/** Wraps the document for download. */
export function buildExport(doc: ProgressDoc, now = new Date()): ProgressExport {
  return { app: APP_ID, version: CURRENT_VERSION, exportedAt: now.toISOString(), document: doc };
}

/** Wraps a backup's raw text for download. */
export function buildBackupExport(raw: string, backedUpAt: string, now = new Date()): BackupExport {
  return { app: APP_ID, kind: 'backup', backedUpAt, exportedAt: now.toISOString(), raw };
}

/** A file name that sorts by date, e.g. performance-coach-progress-2026-11-27.json */
export function exportFileName(now = new Date(), kind = 'progress'): string {
  const day = Number.isFinite(now.getTime()) ? now.toISOString().slice(0, 10) : 'undated';
  return `${APP_ID}-${kind}-${day}.json`;
}
