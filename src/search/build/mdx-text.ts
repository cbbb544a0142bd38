/**
 * Turns a lesson's MDX body into the plain text a reader sees, split at headings, for
 * the search index. Only the syntax trainers use is handled (headings, emphasis, lists,
 * tables, links, and the `<Case>`/`<Callout>` components whose `title` is shown); a
 * full MDX parse would cost a dependency for no difference in what gets indexed.
 */

/** Plain text under one heading (or before the first heading, with `heading` undefined). */
export interface TextSection {
  heading?: string;
  depth?: number;
  text: string;
}

/** Strips inline Markdown: emphasis, code, links and images, inline HTML/JSX tags, escapes. */
export function stripInline(line: string): string {
  return line
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/<\/?[A-Za-z][^>]*>/g, '')
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/(^|[^\\*])\*(?!\s)([^*]+?)\*/g, '$1$2')
    .replace(/`([^`]*)`/g, '$1')
    .replace(/\\([\\`*_{}[\]()#+\-.!|<>])/g, '$1')
    .trim();
}

/** JSX attribute values a component renders as text (`title="…"`). */
function visibleAttributes(tag: string): string[] {
  return [...tag.matchAll(/\btitle=(?:"([^"]*)"|'([^']*)')/g)].map((m) => m[1] ?? m[2] ?? '');
}

/** Splits an MDX body into sections of visible plain text. */
export function mdxToSections(body: string): TextSection[] {
  const sections: TextSection[] = [];
  let current: TextSection = { text: '' };
  const lines: string[] = [];
  const flush = () => {
    current.text = lines.join('\n').trim();
    lines.length = 0;
    if (current.text || current.heading !== undefined) sections.push(current);
  };
  let fenced = false;
  for (const raw of body.replace(/\r\n?/g, '\n').split('\n')) {
    const line = raw.trim();
    if (/^(```|~~~)/.test(line)) {
      fenced = !fenced;
      continue;
    }
    if (fenced) {
      lines.push(line);
      continue;
    }
    if (line === '' || /^(import|export)\s/.test(line) || /^\|?\s*:?-{3,}/.test(line) || /^(-{3,}|\*{3,})$/.test(line))
      continue;
    const heading = /^(#{1,6})\s+(.*?)\s*#*$/.exec(line);
    if (heading) {
      flush();
      current = { heading: stripInline(heading[2] ?? ''), depth: heading[1]!.length, text: '' };
      continue;
    }
    if (/^<\/?[A-Z][\w.]*/.test(line)) {
      // A component tag on its own line: keep only the attributes it displays.
      lines.push(...visibleAttributes(line));
      continue;
    }
    if (line.startsWith('|')) {
      const cells = line
        .replace(/^\||\|$/g, '')
        .split('|')
        .map(stripInline)
        .filter(Boolean);
      if (cells.length) lines.push(cells.join(' '));
      continue;
    }
    const text = stripInline(line.replace(/^(>\s*)+/, '').replace(/^([-*+]|\d+[.)])\s+/, ''));
    if (text) lines.push(text);
  }
  flush();
  return sections;
}
