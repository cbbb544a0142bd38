/**
 * Schema migrations. Each step takes a document of version N and returns version N+1;
 * `migrate` chains them, so a document from any older version of the site comes forward.
 */
import { CURRENT_VERSION } from './document.ts';

type Step = (doc: Record<string, unknown>) => Record<string, unknown>;

/** `steps[n]` upgrades a version-n document to n+1. */
const steps: Record<number, Step> = {
  // v1 (first release) kept only lessons; v2 adds quiz attempts, assessments, drafts, review and settings.
  1: (doc) => ({
    ...doc,
    version: 2,
    epoch: { id: 'initial', at: '1970-01-01T00:00:00.000Z' },
    attempts: {},
    assessments: {},
    drafts: {},
    review: {},
    settings: { askConfidence: true },
  }),
  // v3 adds quiz answers in progress (quizDrafts).
  2: (doc) => ({ ...doc, version: 3, quizDrafts: {} }),
  // v4 adds the field tools' records: visit plans, sales plans, shortage surveys, market reports, guidance sheets.
  3: (doc) => ({ ...doc, version: 4, visits: {}, salesPlans: {}, shortages: {}, reports: {}, guidance: {} }),
  // v5 adds the outbox of xAPI statements for the organisation's LRS (src/xapi/).
  4: (doc) => ({ ...doc, version: 5, outbox: {} }),
};

export type MigrateResult = { ok: true; doc: Record<string, unknown>; from: number } | { ok: false; reason: string };

/** Brings an older document to the current version. Does not validate: the caller does. */
export function migrate(data: unknown): MigrateResult {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return { ok: false, reason: 'not-object' };
  let doc = data as Record<string, unknown>;
  const from = doc['version'];
  if (typeof from !== 'number' || !Number.isInteger(from) || from < 1) return { ok: false, reason: 'no-version' };
  if (from > CURRENT_VERSION) return { ok: false, reason: 'newer' };
  for (let v = from; v < CURRENT_VERSION; v++) {
    const step = steps[v];
    if (!step) return { ok: false, reason: `no-step-${v}` };
    doc = step(doc);
  }
  return { ok: true, doc, from };
}
