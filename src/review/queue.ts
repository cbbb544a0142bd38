/** What the review queue holds at a given time. Pure; no scheduler needed to read it. */
import type { ProgressDoc, ReviewCard } from '../progress/document.ts';

/** Cards to review now: every missed question, then every card that has fallen due, earliest first. */
export function dueCards(doc: ProgressDoc, now: Date): ReviewCard[] {
  const iso = now.toISOString();
  return Object.values(doc.review)
    .filter((c) => c.missed === true || c.due <= iso)
    .sort(
      (a, b) => Number(b.missed === true) - Number(a.missed === true) || (a.due < b.due ? -1 : a.due > b.due ? 1 : 0),
    );
}

/** How many cards are waiting; shown in the header and on the home page. */
export function dueCount(doc: ProgressDoc, now: Date): number {
  return dueCards(doc, now).length;
}

/** The next time a card falls due, for "nothing to review until …". */
export function nextDue(doc: ProgressDoc, now: Date): string | undefined {
  const iso = now.toISOString();
  return Object.values(doc.review)
    .map((c) => c.due)
    .filter((d) => d > iso)
    .sort()[0];
}
