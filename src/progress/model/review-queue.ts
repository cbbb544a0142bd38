/** What the review queue holds at a given time. Pure; no scheduler needed to read it. */
import type { ProgressDoc, ReviewCard } from './document.ts';
import { repairCard } from './review-repair.ts';

/** When a card is really due: a review stamped while the clock was ahead counts from now, not from the future. */
const dueOf = (card: ReviewCard, now: Date) => repairCard(card, now).due;

/** Cards to review now: every missed question, then every card that has fallen due, earliest first. */
export function dueCards(doc: ProgressDoc, now: Date): ReviewCard[] {
  const iso = now.toISOString();
  return Object.values(doc.review)
    .filter((c) => c.missed === true || dueOf(c, now) <= iso)
    .sort((a, b) => {
      const [x, y] = [dueOf(a, now), dueOf(b, now)];
      return Number(b.missed === true) - Number(a.missed === true) || (x < y ? -1 : x > y ? 1 : 0);
    });
}

/** How many cards are waiting; shown in the header and on the home page. */
export function dueCount(doc: ProgressDoc, now: Date): number {
  return dueCards(doc, now).length;
}

/** The next time a card falls due, for "nothing to review until …". */
export function nextDue(doc: ProgressDoc, now: Date): string | undefined {
  const iso = now.toISOString();
  return Object.values(doc.review)
    .map((c) => dueOf(c, now))
    .filter((d) => d > iso)
    .sort()[0];
}

/** About how many minutes `n` due cards take: half a minute each, never less than one minute. */
export function reviewMinutes(n: number): number {
  return Math.max(1, Math.ceil(n / 2));
}
