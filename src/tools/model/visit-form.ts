/**
 * The visit-plan form's view-model: a blank visit, the form's text fields turned into a record, the record as the
 * checks of visit.ts read it, and the closing note of the last visit to the same retailer. Pure.
 */
import type { VisitRecord } from './records.ts';
import type { VisitPlan } from './visit.ts';

/** What the form edits: the record's fields, with the route position as typed. */
export type VisitDraft = Omit<VisitRecord, 'order' | 'at'> & { order: string; at?: string };

/** A blank visit on `date`. */
export function blankVisit(id: string, date: string): VisitDraft {
  return {
    id,
    retailer: '',
    grade: '',
    date,
    time: '',
    order: '',
    purpose: '',
    current: { sales: '', stock: '', display: '', issues: '' },
    desired: '',
    actions: '',
    bring: '',
    outcome: '',
    nextStep: '',
    nextStepDate: '',
  };
}

/** A stored visit, as the form shows it. */
export function draftOf(record: VisitRecord): VisitDraft {
  return {
    ...blankVisit(record.id, record.date),
    ...record,
    grade: record.grade ?? '',
    time: record.time ?? '',
    order: record.order === undefined ? '' : String(record.order),
    nextStepDate: record.nextStepDate ?? '',
  };
}

/** The route position as typed: a whole number, nothing, or what was typed (which the check then refuses). */
function orderOf(text: string): number | undefined | string {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  return /^\d+$/.test(trimmed) ? Number(trimmed) : trimmed;
}

/** The draft as the checks read it (visit.ts): empty optional fields left out. */
export function planOf(draft: VisitDraft): VisitPlan {
  const order = orderOf(draft.order);
  return {
    id: draft.id,
    retailer: draft.retailer,
    date: draft.date,
    purpose: draft.purpose,
    nextStep: draft.nextStep,
    ...(draft.time ? { time: draft.time } : {}),
    ...(order !== undefined ? { order: order as number } : {}),
    ...(draft.nextStepDate ? { nextStepDate: draft.nextStepDate } : {}),
  };
}

const trimmed = (value: string | undefined): string => (value ?? '').trim();

/** The record to store, from a draft the checks accepted; `at` is stamped by the store. */
export function recordOf(draft: VisitDraft, at: string): VisitRecord {
  const order = orderOf(draft.order);
  const grade = trimmed(draft.grade);
  return {
    id: draft.id,
    at,
    retailer: trimmed(draft.retailer),
    ...(grade ? { grade } : {}),
    date: draft.date,
    ...(draft.time ? { time: draft.time } : {}),
    ...(typeof order === 'number' ? { order } : {}),
    purpose: trimmed(draft.purpose),
    current: {
      sales: trimmed(draft.current.sales),
      stock: trimmed(draft.current.stock),
      display: trimmed(draft.current.display),
      issues: trimmed(draft.current.issues),
    },
    desired: trimmed(draft.desired),
    actions: trimmed(draft.actions),
    bring: trimmed(draft.bring),
    outcome: trimmed(draft.outcome),
    nextStep: trimmed(draft.nextStep),
    ...(draft.nextStepDate ? { nextStepDate: draft.nextStepDate } : {}),
  };
}

/** The same retailer, however the name was spaced or cased. */
const sameRetailer = (a: string, b: string): boolean =>
  a.trim().replace(/\s+/g, '').toLowerCase() === b.trim().replace(/\s+/g, '').toLowerCase();

export interface ClosingNote {
  date: string;
  outcome: string;
  nextStep: string;
  nextStepDate: string | undefined;
}

/**
 * The closing note of the latest earlier visit to `retailer` (before `date`, another record than `id`) that has an
 * outcome or a next step: what this visit starts from.
 */
export function lastClosingNote(
  visits: readonly VisitRecord[],
  retailer: string,
  date: string,
  id: string,
): ClosingNote | undefined {
  if (retailer.trim() === '') return undefined;
  const earlier = visits
    .filter((v) => v.id !== id && !v.deleted && v.date <= date && sameRetailer(v.retailer, retailer))
    .filter((v) => v.outcome !== '' || v.nextStep !== '')
    .sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : a.at < b.at ? 1 : -1));
  const last = earlier[0];
  return last && { date: last.date, outcome: last.outcome, nextStep: last.nextStep, nextStepDate: last.nextStepDate };
}

/** A local calendar date as YYYY-MM-DD (the phone's own day, not UTC's). */
export function localDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** 照上次的做: the visit again on `date`, with the outcome and next step cleared for the new visit. */
export const repeatChanges = (date: string): Partial<VisitRecord> => ({
  date,
  outcome: '',
  nextStep: '',
  nextStepDate: undefined,
});
