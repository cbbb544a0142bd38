/** When to remind the learner to download a progress file. Pure. */
import { COLLECTIONS, type ProgressDoc } from './document.ts';
import { compareTimes } from './merge.ts';
import { timeValue } from './time.ts';

/** Days of activity without an export after which home shows the reminder. */
export const REMIND_AFTER_DAYS = 14;
const DAY_MS = 24 * 60 * 60 * 1000;

/** The time of every record the learner made. */
export function activityTimes(doc: ProgressDoc): string[] {
  return COLLECTIONS.flatMap((name) =>
    Object.values(doc[name] as Record<string, { at?: unknown }>).flatMap((r) =>
      typeof r.at === 'string' ? [r.at] : [],
    ),
  );
}

/**
 * A reminder when the learner's first record since the last export (or ever) is at least
 * 14 days old: `days` since then, and the last export if there was one. Undefined otherwise.
 */
export function exportReminder(
  doc: ProgressDoc,
  now: Date,
): { days: number; lastExportAt: string | undefined } | undefined {
  const since = doc.settings.lastExportAt;
  let first = Number.POSITIVE_INFINITY;
  for (const at of activityTimes(doc)) {
    if (since !== undefined && compareTimes(at, since) <= 0) continue;
    const t = timeValue(at);
    if (t < first) first = t;
  }
  if (!Number.isFinite(first)) return undefined;
  const days = Math.floor((now.getTime() - first) / DAY_MS);
  return days >= REMIND_AFTER_DAYS ? { days, lastExportAt: since } : undefined;
}
