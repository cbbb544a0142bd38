/** Test helper: the real course, read from content/ and indexed the way the site build does (minus Astro's heading ids). */
import { join } from 'node:path';
import { readContentFiles } from '../../src/content-model/build/load.ts';
import { validateContent } from '../../src/content-model/model/validate.ts';
import { buildSearchIndex, type BuiltSearchIndex } from '../../src/search/build-index.ts';
import type { SearchIndexFile } from '../../src/search/index-format.ts';
import { lessonSource } from '../../src/search/sources.ts';

let built: BuiltSearchIndex | undefined;

/** The course's search index, built once per test file. */
export function courseIndex(): BuiltSearchIndex {
  if (built) return built;
  const result = validateContent(readContentFiles(join(import.meta.dirname, '../..')));
  if (!result.ok) throw new Error('content/ does not validate; run the content tests first');
  const { lessons, modules } = result.content;
  const sources = lessons.map((l) =>
    lessonSource(
      {
        id: l.id,
        title: l.meta.title,
        summary: l.meta.summary,
        module: l.meta.module,
        objectives: l.meta.objectives,
        body: l.body,
      },
      { href: `/lessons/${l.id}/`, objectivesHeading: '學完這一課,你能夠', objectivesAnchor: 'objectives-heading' },
    ),
  );
  built = buildSearchIndex(
    sources,
    modules.map((m) => ({ id: m.id, title: m.title, href: `/modules/${m.id}/` })),
  );
  return built;
}

/** The index as the browser gets it: through JSON. */
export function courseIndexFile(): SearchIndexFile {
  return JSON.parse(JSON.stringify(courseIndex().file)) as SearchIndexFile;
}
