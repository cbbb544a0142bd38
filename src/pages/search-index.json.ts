/** `/search-index.json`: the search index, built once at build time and fetched by the browser on first search. */
import type { APIRoute } from 'astro';
import { render } from 'astro:content';
import { t } from '../i18n/index.ts';
import { loadCourse } from '../lessons/build/catalog.ts';
import { buildSearchIndex } from '../search/build-index.ts';
import { lessonSource } from '../search/sources.ts';

export const prerender = true;

export const GET: APIRoute = async () => {
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
  const { file } = buildSearchIndex(
    sources,
    modules.map((m) => ({ id: m.id, title: m.title, href: m.href })),
  );
  return new Response(JSON.stringify(file), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
