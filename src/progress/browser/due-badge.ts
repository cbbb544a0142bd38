/** The header's count of review questions due, as a plain script over the server-rendered badge. */
import { format } from '../../i18n/format.ts';
import { emptyDocument, type ReviewCard } from '../model/document.ts';
import { dueCount } from '../model/review-queue.ts';

/** Shows how many of `review`'s cards are due at `now`; hidden when none is. */
export function renderDueBadge(badge: HTMLElement, review: Record<string, ReviewCard>, now = new Date()): void {
  const n = dueCount({ ...emptyDocument(), review }, now);
  badge.hidden = n === 0;
  const [count, label] = badge.children;
  if (count) count.textContent = String(n);
  if (label) label.textContent = format(badge.dataset['label'], { n });
}
