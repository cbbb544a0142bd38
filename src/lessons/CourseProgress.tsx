/** Home page: "continue where you stopped" (part="continue") or every module with its progress bar (part="modules"). */
import { translator } from '../i18n/format.ts';
import { useProgress } from '../progress/ui/use-progress.ts';
import { continueWhere } from './order.ts';

interface Lesson {
  id: string;
  href: string;
  title: string;
  module: string;
  order: number;
  minutes: number;
  /** The id of the quiz at the lesson's end: submitting it counts as working on the lesson. */
  quiz?: string | undefined;
}
interface Module {
  id: string;
  href: string;
  title: string;
  summary: string;
  lessons: string[];
  minutes: number;
}
interface Props {
  /** Two instances on the home page, so today's review and the plan can sit between them. */
  part: 'continue' | 'modules';
  modules: Module[];
  lessons: Lesson[];
  strings: Record<string, string>;
}

export default function CourseProgress({ part, modules, lessons, strings }: Props) {
  const tr = translator(strings);
  const doc = useProgress();
  const done = new Map(
    doc ? Object.entries(doc.lessons).flatMap(([id, r]) => (r.done ? [[id, r.at] as const] : [])) : [],
  );
  const activity = new Map<string, string>();
  if (doc) {
    const lessonOfQuiz = new Map(lessons.flatMap((l) => (l.quiz ? [[l.quiz, l.id] as const] : [])));
    for (const attempt of Object.values(doc.attempts)) {
      const lesson = lessonOfQuiz.get(attempt.quiz);
      if (lesson && attempt.at > (activity.get(lesson) ?? '')) activity.set(lesson, attempt.at);
    }
  }
  const where = continueWhere(lessons, done, activity);
  const next = where?.lesson;
  const started = done.size > 0 || activity.size > 0;
  const moduleTitle = (id: string) => modules.find((m) => m.id === id)?.title ?? '';
  const ready = doc ? 'true' : undefined;
  if (part === 'continue') {
    return (
      <section class="card continue" aria-labelledby="continue-heading" data-ready={ready}>
        <h2 id="continue-heading">{tr('home.continue')}</h2>
        {next ? (
          <>
            <p class="meta">
              {moduleTitle(next.module)} · {tr('lesson.order', { order: next.order })} ·{' '}
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
  return (
    <div class="module-grid" data-ready={ready}>
      <h2 id="modules">{tr('home.modules')}</h2>
      <ol class="card-list two">
        {modules.map((m) => {
          const count = m.lessons.filter((id) => done.has(id)).length;
          const pct = m.lessons.length ? Math.round((count / m.lessons.length) * 100) : 0;
          return (
            <li class="card" key={m.id}>
              <h3>
                <a href={m.href}>{m.title}</a>
              </h3>
              <p>{m.summary}</p>
              <p class="meta">
                {tr('module.lessons', { count: m.lessons.length })} · {tr('module.minutes', { minutes: m.minutes })}
              </p>
              <div
                class="progress-bar"
                role="progressbar"
                aria-label={m.title}
                aria-valuemin={0}
                aria-valuemax={m.lessons.length}
                aria-valuenow={count}
                aria-valuetext={tr('module.progress', { done: count, total: m.lessons.length })}
              >
                {/* No style attribute in the server HTML: the CSP refuses inline style attributes. */}
                <span style={pct > 0 ? { width: `${pct}%` } : undefined} />
              </div>
              <p class="meta">{tr('module.progress', { done: count, total: m.lessons.length })}</p>
            </li>
          );
        })}
      </ol>
    </div>
  );
}
