/**
 * Build time only: the course's search index files, built once per build and shared by
 * the endpoints that serve them (src/pages/search-index.json.ts, src/pages/search/shard/,
 * src/pages/search/doc/).
 */
import { render } from 'astro:content';
import { t } from '../../i18n/index.ts';
import { loadCourse } from '../../lessons/build/catalog.ts';
import { mainlandWords } from '../../edition/build/convert.ts';
import { buildSearchIndex } from './build-index.ts';
import { indexFiles, type IndexFiles } from './index-files.ts';
import { lessonSource } from './sources.ts';

let pending: Promise<IndexFiles> | undefined;

/** The split, named index files of the course. */
export function courseIndexFiles(): Promise<IndexFiles> {
  pending ??= (async () => {
    const { modules, lessons, entries } = await loadCourse();
    const entryById = new Map(entries.map((e) => [e.id, e]));
    const sources = await Promise.all(
      lessons.map(async (lesson) => {
        const entry = entryById.get(lesson.id)!;
        // Astro's own heading ids, so a result can jump to the matching section.
        const { headings } = await render(entry);
        return lessonSource(
          {
            id: entry.id,
            title: entry.data.title,
            summary: entry.data.summary,
            module: entry.data.module,
            objectives: entry.data.objectives,
            body: entry.body ?? '',
          },
          // The lesson page gives its objectives box this id (src/pages/lessons/[module]/[slug].astro).
          {
            href: lesson.href,
            objectivesHeading: t('lesson.objectives'),
            objectivesAnchor: 'objectives-heading',
            headings,
          },
        );
      }),
    );
    // The Simplified edition's mainland words (信息 for 資訊) find the same lessons in both editions.
    const { file } = buildSearchIndex(
      sources,
      modules.map((m) => ({ id: m.id, title: m.title, href: m.href })),
      undefined,
      mainlandWords(),
    );
    return indexFiles(file);
  })();
  return pending;
}
