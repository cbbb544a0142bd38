/**
 * Review cards that the scheduler would refuse, made schedulable. Pure: the clock is passed in.
 * Stored cards can hold a memory state FSRS rejects (difficulty below 1, stability 0 from an old or edited
 * file) or times in the future (answered while the device clock was ahead, then the clock was corrected).
 * A repaired card keeps its history; a card reviewed "in the future" is due now.
 */
import type { ReviewCard } from './document.ts';

/** FSRS's bounds for a reviewed card's memory state (ts-fsrs S_MIN and its difficulty range). */
export const MIN_STABILITY = 0.001;
export const DIFFICULTY_RANGE = [1, 10] as const;
/** FSRS's "new" state: a new card has no memory state yet. */
const NEW = 0;

const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x));
const time = (iso: string | undefined) => (iso === undefined ? Number.NaN : Date.parse(iso));

/** True when FSRS would refuse to schedule this card at `now`. */
export function needsRepair(card: ReviewCard, now: Date): boolean {
  const last = time(card.last_review);
  if (Number.isFinite(last) && last > now.getTime()) return true;
  if (card.last_review !== undefined && !Number.isFinite(last)) return true;
  if (!Number.isFinite(time(card.due))) return true;
  if (card.state === NEW) return false;
  return (
    !(card.difficulty >= DIFFICULTY_RANGE[0] && card.difficulty <= DIFFICULTY_RANGE[1]) ||
    !(card.stability >= MIN_STABILITY)
  );
}

/** The card made schedulable at `now`; a card that needs nothing comes back unchanged (the same object). */
export function repairCard(card: ReviewCard, now: Date): ReviewCard {
  if (!needsRepair(card, now)) return card;
  const out: ReviewCard = { ...card };
  const nowMs = now.getTime();
  const last = time(card.last_review);
  if (card.last_review !== undefined && !Number.isFinite(last)) delete out.last_review;
  if (Number.isFinite(last) && last > nowMs) {
    // The clock was ahead: when that review really happened is unknown, so its schedule cannot be trusted.
    // The card is due now (never stuck until the real date catches up); its memory state is kept.
    out.last_review = now.toISOString();
    out.due = now.toISOString();
  }
  if (!Number.isFinite(time(out.due))) out.due = now.toISOString();
  if (out.state !== NEW) {
    out.difficulty = Number.isFinite(out.difficulty)
      ? clamp(out.difficulty, DIFFICULTY_RANGE[0], DIFFICULTY_RANGE[1])
      : (DIFFICULTY_RANGE[0] + DIFFICULTY_RANGE[1]) / 2;
    if (!(out.stability >= MIN_STABILITY)) out.stability = MIN_STABILITY;
  }
  return out;
}

/**
 * The `at` a card saved now must carry to supersede the stored one: merges keep the later `at`, and a card
 * stamped while the clock was ahead would otherwise win over every later answer.
 */
export function nextStamp(previous: ReviewCard | undefined, now: Date): string {
  const before = time(previous?.at);
  return new Date(Number.isFinite(before) && before >= now.getTime() ? before + 1 : now.getTime()).toISOString();
}
