/** The number of review questions due, beside the header's review link. */
import { translator } from '../i18n/format.ts';
import { useProgress } from '../progress/ui/use-progress.ts';
import { dueCount } from './queue.ts';

export default function DueBadge({ strings }: { strings: Record<string, string> }) {
  const doc = useProgress();
  const n = doc ? dueCount(doc, new Date()) : 0;
  if (n === 0) return null;
  return (
    <span class="badge">
      <span aria-hidden="true">{n}</span>
      <span class="visually-hidden">{translator(strings)('review.due', { n })}</span>
    </span>
  );
}
