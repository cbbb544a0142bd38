/** A module's lessons in order, each marked done or not from `$progress`. */
import { formatPercent, translator } from '../../i18n/format.ts';
import { quizScores } from '../../progress/model/stats.ts';
import { useProgress } from '../../progress/ui/use-progress.ts';
import { doneLessons } from '../model/done.ts';

export interface ChecklistLesson {
  id: string;
  href: string;
  title: string;
  summary: string;
  order: number;
  minutes: number;
  quiz?: string | undefined;
}
interface Props {
  lessons: ChecklistLesson[];
  strings: Record<string, string>;
}

export default function LessonChecklist({ lessons, strings }: Props) {
  const tr = translator(strings);
  const doc = useProgress();
  const done = doneLessons(
    doc?.lessons,
    lessons.map((l) => l.id),
  );
  return (
    <div data-ready={doc ? 'true' : undefined}>
      <p class="meta" aria-live="polite">
        {doc
          ? tr('module.progress', { done: done.size, total: lessons.length })
          : tr('module.lessons', { count: lessons.length })}
      </p>
      <ol class="lesson-list">
        {lessons.map((l) => {
          const isDone = done.has(l.id);
          return (
            <li key={l.id}>
              <span class={isDone ? 'mark done' : 'mark'}>
                {doc ? (isDone ? `✓ ${tr('status.done')}` : tr('status.todo')) : tr('lesson.order', { order: l.order })}
              </span>
              <span>
                <a href={l.href}>{l.title}</a>
                <br />
                <span class="meta">
                  {l.summary} · {tr('module.minutes', { minutes: l.minutes })}
                </span>
                {doc && l.quiz && <QuizLine scores={quizScores(doc, l.quiz)} tr={tr} />}
              </span>
            </li>
          );
        })}
      </ol>
    </div>
  );
}

/** Best and last quiz score of a lesson, or that it has not been taken. */
function QuizLine({ scores, tr }: { scores: ReturnType<typeof quizScores>; tr: ReturnType<typeof translator> }) {
  return (
    <>
      <br />
      <span class="meta quiz-line">
        {scores
          ? tr('module.quiz', { best: formatPercent(scores.best), last: formatPercent(scores.last) })
          : tr('module.quiz.none')}
      </span>
    </>
  );
}
