/** The progress file a learner downloads: our app id, schema version, time, and the document. */
import { APP_ID, CURRENT_VERSION, type ProgressDoc } from './document.ts';

export interface ProgressExport {
  app: typeof APP_ID;
  version: number;
  exportedAt: string;
  document: ProgressDoc;
}

/** Wraps the document for download. */
export function buildExport(doc: ProgressDoc, now = new Date()): ProgressExport {
  return { app: APP_ID, version: CURRENT_VERSION, exportedAt: now.toISOString(), document: doc };
}

/** A file name that sorts by date, e.g. performance-coach-progress-2026-11-27.json */
export function exportFileName(now = new Date(), kind = 'progress'): string {
  return `${APP_ID}-${kind}-${now.toISOString().slice(0, 10)}.json`;
}
