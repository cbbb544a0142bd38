/** Test helper: the real course, read from content/ and indexed the way the site build does (minus Astro's heading ids). */
import { join } from 'node:path';
import { readContentFiles } from '../../src/content-model/build/load.ts';
import { validateContent } from '../../src/content-model/model/validate.ts';
import { buildSearchIndex, type BuiltSearchIndex } from '../../src/search/build/build-index.ts';
import { createSearchEngine, type SearchEngine } from '../../src/search/model/engine.ts';
import type { SearchIndexFile } from '../../src/search/model/index-format.ts';
import { memoryIndex, type MemoryFetch } from '../../src/search/model/memory-loader.ts';
import { lessonSource } from '../../src/search/build/sources.ts';

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

/** An engine over `file`, split into shards and lesson files as the site serves them, loaded from memory. */
export function engineOver(
  file: SearchIndexFile,
  options: { shardCount?: number; onFetch?: (fetched: MemoryFetch) => void } = {},
): SearchEngine {
  const { manifest, loader } = memoryIndex(JSON.parse(JSON.stringify(file)) as SearchIndexFile, options);
  return createSearchEngine(manifest, loader);
}
