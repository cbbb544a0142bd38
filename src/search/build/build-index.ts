/**
 * Build time only: turns the course into `search-index.json`. The index is built by
 * lunr's own Builder (with our tokenizer and no English pipeline), then written in the
 * compact form of `index-format.ts`.
 */
import lunr from 'lunr';
import { createFolder, encodeFoldMap, type FoldMap } from '../model/fold.ts';
import { buildFoldMap } from './fold-map.ts';
import {
  SEARCH_FIELDS,
  SEARCH_INDEX_VERSION,
  encodePostings,
  encodeTerms,
  type SearchIndexFile,
  type SearchModule,
  type TermFrequencies,
} from '../model/index-format.ts';
import { tokenize } from '../model/tokenize.ts';

/** A lesson as the index builder needs it. */
export interface SearchSource {
  id: string;
  href: string;
  title: string;
  module: string;
  summary: string;
  sections: { anchor?: string; heading?: string; text: string }[];
}

/** What `buildSearchIndex` returns: the file, plus the lunr builder for tests that compare scores. */
export interface BuiltSearchIndex {
  file: SearchIndexFile;
  builder: lunr.Builder;
}

interface BuilderInternals {
  invertedIndex: Record<string, unknown>;
  fieldTermFrequencies: Record<string, TermFrequencies>;
  _k1: number;
  _b: number;
}

/**
 * Builds the search index over lessons; `foldMap` defaults to one derived from the lessons' own text.
 * `alsoIndex` gives, for a field's text, other words that should find it (the Simplified edition's
 * mainland words, 信息 where the course writes 資訊): indexed with the text, never shown.
 */
export function buildSearchIndex(
  lessons: readonly SearchSource[],
  modules: readonly SearchModule[],
  foldMap?: FoldMap,
  alsoIndex: (text: string) => readonly string[] = () => [],
): BuiltSearchIndex {
  const moduleNumber = new Map(modules.map((m, i) => [m.id, i]));
  const withAlso = (text: string) => {
    const also = alsoIndex(text);
    return also.length > 0 ? `${text}\n${also.join('\n')}` : text;
  };
  const fieldText = (l: SearchSource): Record<string, string> => ({
    title: withAlso(l.title),
    headings: withAlso(l.sections.map((s) => s.heading ?? '').join('\n')),
    summary: withAlso(l.summary),
    body: withAlso(l.sections.map((s) => s.text).join('\n')),
  });
  const map = foldMap ?? buildFoldMap(lessons.flatMap((l) => Object.values(fieldText(l))));
  const folder = createFolder(map);

  const builder = new lunr.Builder();
  // No stemmer, stop-word filter or trimmer: they are English-only and the trimmer
  // strips every CJK character (it removes \W from both ends of a token).
  builder.pipeline.reset();
  builder.searchPipeline.reset();
  builder.tokenizer = Object.assign(
    (value?: unknown) =>
      typeof value === 'string' ? tokenize(value, folder).map((t) => new lunr.Token(t.term, {})) : [],
    {
      separator: lunr.tokenizer.separator,
    },
  );
  builder.ref('ref');
  for (const [name, boost] of SEARCH_FIELDS) builder.field(name, { boost });
  lessons.forEach((lesson, i) => builder.add({ ref: String(i), ...fieldText(lesson) }));

  const internals = builder as unknown as BuilderInternals;
  const terms = Object.keys(internals.invertedIndex).sort();
  const termNumber = new Map(terms.map((t, i) => [t, i]));
  const postings = lessons.map((_, i) =>
    SEARCH_FIELDS.map(([name]) => encodePostings(internals.fieldTermFrequencies[`${name}/${i}`] ?? {}, termNumber)),
  );

  const file: SearchIndexFile = {
    v: SEARCH_INDEX_VERSION,
    lunr: lunr.version,
    fold: encodeFoldMap(map),
    fields: SEARCH_FIELDS.map(([name, boost]) => [name, boost]),
    k1: internals._k1,
    b: internals._b,
    modules: [...modules],
    docs: lessons.map((l) => {
      const module = moduleNumber.get(l.module);
      if (module === undefined)
        throw new Error(
          `lesson ${l.id} names module "${l.module}", which is not in the module list given to the search index`,
        );
      return {
        id: l.id,
        href: l.href,
        title: l.title,
        module,
        summary: l.summary,
        sections: l.sections.map((s) => [s.anchor ?? '', s.heading ?? '', s.text] as [string, string, string]),
      };
    }),
    terms: encodeTerms(terms),
    postings,
  };
  return { file, builder };
}
