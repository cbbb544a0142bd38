/** Home page card: how many questions are due for review today. */
import { translator } from '../../i18n/format.ts';
import { useProgress } from '../../progress/ui/use-progress.ts';
import { dueCount, reviewMinutes } from '../../progress/model/review-queue.ts';

export default function HomeReview({ strings }: { strings: Record<string, string> }) {
  const tr = translator(strings);
  const doc = useProgress();
  if (!doc || Object.keys(doc.review).length === 0) return null;
  const n = dueCount(doc, new Date());
  return (
    <section class="card home-review" aria-labelledby="home-review-heading" data-ready="true">
      <h2 id="home-review-heading">{tr('home.review.title')}</h2>
      {n > 0 ? (
        <>
          <p>{tr('home.review.due', { n, minutes: reviewMinutes(n) })}</p>
          <p>
            <a class="button" href="/review/">
              {tr('home.review.go')}
            </a>
          </p>
        </>
      ) : (
        <p>{tr('home.review.none')}</p>
      )}
    </section>
  );
}
