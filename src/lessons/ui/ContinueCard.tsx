/** Home page: "continue where you stopped", from the lessons done and the quizzes submitted. */
import { translator } from '../../i18n/format.ts';
import { useProgress } from '../../progress/ui/use-progress.ts';
import { doneLessons, quizActivity } from '../model/done.ts';
import { continueWhere } from '../model/order.ts';

export interface ContinueLesson {
  id: string;
  href: string;
  title: string;
  module: string;
  order: number;
  minutes: number;
  /** The id of the quiz at the lesson's end: submitting it counts as working on the lesson. */
  quiz?: string | undefined;
}
interface Props {
  /** Every lesson in course order. */
  lessons: ContinueLesson[];
  /** Module id → title, for the line above the button. */
  modules: Record<string, string>;
  strings: Record<string, string>;
}

export default function ContinueCard({ lessons, modules, strings }: Props) {
  const tr = translator(strings);
  const doc = useProgress();
  const done = doneLessons(doc?.lessons);
  const activity = doc ? quizActivity(lessons, Object.values(doc.attempts)) : new Map<string, string>();
  const where = continueWhere(lessons, done, activity);
  const next = where?.lesson;
  const started = done.size > 0 || activity.size > 0;
  return (
    <section class="card continue" aria-labelledby="continue-heading" data-ready={doc ? 'true' : undefined}>
      <h2 id="continue-heading">{tr('home.continue')}</h2>
      {next ? (
        <>
          <p class="meta">
            {modules[next.module] ?? ''} · {tr('lesson.order', { order: next.order })} ·{' '}
            {tr('module.minutes', { minutes: next.minutes })}
          </p>
          <p>
            <a class="button" href={next.href}>
              {tr(
                where?.resume
                  ? 'home.continue.resumeTitle'
                  : started
                    ? 'home.continue.nextTitle'
                    : 'home.continue.startTitle',
                { title: next.title },
              )}
            </a>
          </p>
        </>
      ) : (
        <p>{tr('home.continue.done')}</p>
      )}
    </section>
  );
}
