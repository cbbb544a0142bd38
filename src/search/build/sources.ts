/** Turns a lesson (frontmatter + MDX body) into what the index builder reads. Shared by the site build and the tests. */
import type { SearchSource } from './build-index.ts';
import { mdxToSections } from './mdx-text.ts';

/** The lesson fields the index uses. */
export interface LessonInput {
  id: string;
  title: string;
  summary: string;
  module: string;
  objectives: readonly string[];
  body: string;
}

/** A heading as Astro rendered it, with the id it gave the element. */
export interface RenderedHeading {
  depth: number;
  slug: string;
  text: string;
}

/** Where a lesson lives and how its page labels the objectives box. */
export interface LessonSourceOptions {
  href: string;
  objectivesHeading: string;
  objectivesAnchor: string;
  /** Astro's headings for the lesson, so results can jump to a section; omitted in tests. */
  headings?: readonly RenderedHeading[];
}

const sameText = (a: string, b: string) => a.replace(/\s+/g, '') === b.replace(/\s+/g, '');

/** A lesson as a search source: objectives first (they open the page), then the body split at its headings. */
export function lessonSource(lesson: LessonInput, options: LessonSourceOptions): SearchSource {
  const rendered = options.headings ?? [];
  let cursor = 0;
  const sections = mdxToSections(lesson.body).map((s) => {
    if (s.heading === undefined) return { text: s.text };
    // Pair headings in order; one Astro changed beyond recognition just gets no anchor.
    const found = rendered.slice(cursor).findIndex((h) => sameText(h.text, s.heading!));
    if (found === -1) return { heading: s.heading, text: s.text };
    cursor += found + 1;
    return { heading: s.heading, anchor: rendered[cursor - 1]!.slug, text: s.text };
  });
  return {
    id: lesson.id,
    href: options.href,
    title: lesson.title,
    module: lesson.module,
    summary: lesson.summary,
    sections: [
      { heading: options.objectivesHeading, anchor: options.objectivesAnchor, text: lesson.objectives.join('\n') },
      ...sections,
    ],
  };
}
