/**
 * The module page's start button. The server writes a link to the first lesson, which works
 * without JavaScript; once progress is read it points at the first unfinished lesson.
 */
import { translator } from '../../i18n/format.ts';
import { useProgress } from '../../progress/ui/use-progress.ts';
import { doneLessons } from '../model/done.ts';
import { moduleStart } from '../model/module-start.ts';

interface Props {
  lessons: { id: string; href: string; title: string }[];
  strings: Record<string, string>;
}

export default function ModuleStart({ lessons, strings }: Props) {
  const tr = translator(strings);
  const doc = useProgress();
  const done = doneLessons(
    doc?.lessons,
    lessons.map((l) => l.id),
  );
  const start = moduleStart(lessons, new Set(done.keys()));
  if (!start) return null;
  const label =
    start.state === 'continue'
      ? tr('module.continue', { title: start.lesson.title })
      : start.state === 'again'
        ? tr('module.again')
        : tr('module.start');
  return (
    // data-state, not data-ready: pages and tests look for the module's one [data-ready] island, the checklist.
    <p class="module-start" data-state={doc ? start.state : undefined}>
      <a class="button" href={start.lesson.href}>
        {label}
      </a>
    </p>
  );
}
