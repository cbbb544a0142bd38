/** Home page: every module with its lessons done and its progress bar. */
import { translator } from '../../i18n/format.ts';
import { useProgress } from '../../progress/ui/use-progress.ts';
import { doneLessons, moduleCompletion } from '../model/done.ts';
import ProgressBar from '../../components/ProgressBar.tsx';

export interface GridModule {
  id: string;
  href: string;
  title: string;
  summary: string;
  /** The module's lesson ids. */
  lessons: string[];
  minutes: number;
}
interface Props {
  modules: GridModule[];
  strings: Record<string, string>;
}

export default function ModuleGrid({ modules, strings }: Props) {
  const tr = translator(strings);
  const doc = useProgress();
  const done = doneLessons(doc?.lessons);
  return (
    <div class="module-grid" data-ready={doc ? 'true' : undefined}>
      <h2 id="modules">{tr('home.modules')}</h2>
      <ol class="card-list two">
        {modules.map((m) => {
          const { count, total } = moduleCompletion(m.lessons, done);
          const text = tr('module.progress', { done: count, total });
          return (
            <li class="card" key={m.id}>
              <h3>
                <a href={m.href}>{m.title}</a>
              </h3>
              <p>{m.summary}</p>
              <p class="meta">
                {tr('module.lessons', { count: total })} · {tr('module.minutes', { minutes: m.minutes })}
              </p>
              <ProgressBar value={count} max={total} label={m.title} valueText={text} />
              <p class="meta">{text}</p>
            </li>
          );
        })}
      </ol>
    </div>
  );
}
