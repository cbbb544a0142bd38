// The JavaScript a built page loads: its module scripts and island entries, followed
// through their static imports, with the lazy import() chunks they name listed apart.
// Shared by scripts/size.mjs (budgets) and scripts/bench-pages.mjs (goal table).
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Gzip size at level 9, as a static host would serve it. */
export const gz = (buf) => gzipSync(buf, { level: 9 }).length;

const staticImport = /(?:import|export)\s*(?:[\w$*{}\s,]*?from\s*)?["']([^"']+\.js)["']/g;
const dynamicImport = /import\(\s*["']([^"']+\.js)["']\s*\)/g;

function urlToFile(dist, url, fromFile) {
  if (url.startsWith('/')) return join(dist, url);
  return resolve(dirname(fromFile), url);
}

/** Every file reachable by static imports from `entries`, and the lazy chunks they name. */
export function closure(dist, entries) {
  const seen = new Set();
  const lazy = new Set();
  const stack = [...entries];
  while (stack.length) {
    const file = stack.pop();
    if (seen.has(file) || !existsSync(file)) continue;
    seen.add(file);
    const code = readFileSync(file, 'utf8');
    for (const m of code.matchAll(staticImport)) stack.push(urlToFile(dist, m[1], file));
    for (const m of code.matchAll(dynamicImport)) lazy.add(urlToFile(dist, m[1], file));
  }
  return { files: seen, lazy: [...lazy].filter((f) => !seen.has(f)) };
}

/** The island's component name, from its `opts` attribute. */
function islandName(tag) {
  const name = tag.match(/\bopts="[^"]*name&quot;:&quot;([^&]+)/);
  return name ? name[1] : '?';
}

/**
 * The JS of one built page. Islands hydrated on load or idle count up front; client:visible
 * ones only once scrolled into view. `without` names islands left out entirely (their own
 * chunks then count only if another part of the page imports them too).
 * @param {string} dist the built site
 * @param {string} file the page, relative to `dist`
 * @param {{ without?: string[] }} [options]
 */
export function pageJs(dist, file, { without = [] } = {}) {
  const html = readFileSync(join(dist, file), 'utf8');
  const entries = new Set();
  for (const m of html.matchAll(/<script[^>]*\bsrc="([^"]+)"/g)) entries.add(join(dist, m[1]));
  const visibleEntries = new Set();
  /** @type {string[]} */
  const left = [];
  for (const m of html.matchAll(/<astro-island\b[^>]*>/g)) {
    if (without.includes(islandName(m[0]))) {
      left.push(islandName(m[0]));
      continue;
    }
    const target = /\bclient="visible"/.test(m[0]) ? visibleEntries : entries;
    for (const u of m[0].matchAll(/(?:component-url|renderer-url|before-hydration-url)="([^"]+)"/g)) {
      target.add(join(dist, u[1]));
    }
  }
  // The page shell's script starts a quiz when it comes into view (src/quiz/ui/on-view.ts): it counts up
  // front, and what it imports then (the mount-quiz chunk and its own imports) counts "on view", as Astro's
  // client:visible islands do. On a page without a quiz that chunk is never loaded.
  if (html.includes('data-quiz-island')) {
    for (const f of closure(dist, entries).lazy) if (/\/mount-quiz\.[^/]*\.js$/.test(f)) visibleEntries.add(f);
  }
  const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]).join('\n');
  const { files, lazy } = closure(dist, entries);
  const visible = closure(dist, visibleEntries);
  const onVisible = [...visible.files].filter((f) => !files.has(f));
  // What loads on view is counted there, not again as lazy.
  for (let i = lazy.length - 1; i >= 0; i--) if (visible.files.has(lazy[i])) lazy.splice(i, 1);
  for (const f of visible.lazy) if (!lazy.includes(f) && !files.has(f)) lazy.push(f);
  const visibleGzip = onVisible.reduce((sum, f) => sum + gz(readFileSync(f)), 0);
  let raw = Buffer.byteLength(inline);
  for (const f of files) raw += readFileSync(f).length;
  // Gzip per file, as the browser downloads them (plus the inline part).
  const gzip = (inline ? gz(Buffer.from(inline)) : 0) + [...files].reduce((sum, f) => sum + gz(readFileSync(f)), 0);
  const islands = [...html.matchAll(/<astro-island[^>]*component-export="[^"]*"[^>]*>/g)]
    .map((m) => islandName(m[0]))
    .filter((name) => !without.includes(name));
  return {
    html,
    raw,
    gzip,
    inlineGzip: inline ? gz(Buffer.from(inline)) : 0,
    visibleGzip,
    files: [...files],
    visibleFiles: onVisible,
    islands,
    left,
    lazy: lazy.map((f) => ({ file: f.slice(dist.length), gzip: gz(readFileSync(f)) })),
  };
}
