/**
 * The two forms of the questionnaire and the answer that is not a rating. Pure.
 * The short form is the items marked `short: true` (one per skill); its results are stored
 * under the instrument id with `:short` appended, so one result schema holds both forms.
 */
import type { Instrument } from './model.ts';

/** The stored value of 「不適用」: outside every scale (scales start at 1), scored as no answer. */
export const NOT_APPLICABLE = 0;

/** Rough seconds one statement takes to read and rate on a phone, for the time estimates. */
export const SECONDS_PER_ITEM = 10;

/** Which form of the questionnaire. */
export type FormKind = 'full' | 'short';

/** The other form of the questionnaire, offered as a link from a page. */
export interface AlternateForm {
  kind: FormKind;
  href: string;
  items: number;
  minutes: number;
}

/** Where each form is taken. */
export const FORM_HREF: Record<FormKind, string> = { full: '/assessment/', short: '/assessment/short/' };

const SHORT_SUFFIX = ':short';

/** The id drafts and results of a form are stored under. */
export function formInstrumentId(base: string, form: FormKind): string {
  return form === 'short' ? `${base}${SHORT_SUFFIX}` : base;
}

/** The form a stored result or draft belongs to, or undefined when it is another instrument's. */
export function formOf(stored: string, base: string): FormKind | undefined {
  if (stored === base) return 'full';
  if (stored === `${base}${SHORT_SUFFIX}`) return 'short';
  return undefined;
}

/** The short form: the items marked `short`, under its own id; undefined when no item is marked. */
export function shortForm(instrument: Instrument): Instrument | undefined {
  const items = instrument.items.filter((i) => i.short === true);
  if (items.length === 0) return undefined;
  return { ...instrument, id: formInstrumentId(instrument.id, 'short'), items };
}

/** Whole minutes to fill in `items` statements, at least 1. */
export function estimateMinutes(items: number): number {
  return Math.max(1, Math.ceil((items * SECONDS_PER_ITEM) / 60));
}
