// Reports the JavaScript each page type loads on first view (static imports followed,
// lazy import() chunks listed apart), raw and gzip, and fails if a budget is exceeded.
// Usage: node scripts/size.mjs [distDir]   (run after `astro build`)
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const dist = resolve(process.argv[2] ?? 'dist');
/**
 * Page types, a built page of each, and the gzip budget of the JS it loads up front. These hold
 * today's figures against regressions; the lean-and-layered work brings them down to its goals.
 */
const pages = [
  { type: 'home', file: 'index.html', budget: 27_500 },
  { type: 'module', file: 'modules/role/index.html', budget: 27_000 },
  // The quiz loads with the lesson (client:load), so a signal lost after the page loaded cannot leave it dead.
  { type: 'lesson', file: 'lessons/role/company-representative/index.html', budget: 32_500 },
  { type: 'progress', file: 'progress/index.html', budget: 30_000 },
  { type: 'review', file: 'review/index.html', budget: 37_500 },
  // +1 kB for 不適用, the short form and keeping taps made before the island is ready.
  { type: 'assessment', file: 'assessment/index.html', budget: 34_500 },
  { type: '404', file: '404.html', budget: 0 },
];
const extra = process.env.SIZE_PAGES ? JSON.parse(process.env.SIZE_PAGES) : [];

const gz = (buf) => gzipSync(buf, { level: 9 }).length;
const staticImport = /(?:import|export)\s*(?:[\w$*{}\s,]*?from\s*)?["']([^"']+\.js)["']/g;
const dynamicImport = /import\(\s*["']([^"']+\.js)["']\s*\)/g;

function urlToFile(url, fromFile) {
  if (url.startsWith('/')) return join(dist, url);
  return resolve(dirname(fromFile), url);
}

/** Every file reachable by static imports from `entries`, and the lazy chunks they name. */
function closure(entries) {
  const seen = new Set();
  const lazy = new Set();
  const stack = [...entries];
  while (stack.length) {
    const file = stack.pop();
    if (seen.has(file) || !existsSync(file)) continue;
    seen.add(file);
    const code = readFileSync(file, 'utf8');
    for (const m of code.matchAll(staticImport)) stack.push(urlToFile(m[1], file));
    for (const m of code.matchAll(dynamicImport)) lazy.add(urlToFile(m[1], file));
  }
  return { files: seen, lazy: [...lazy].filter((f) => !seen.has(f)) };
}

function measure(page) {
  const html = readFileSync(join(dist, page.file), 'utf8');
  const entries = new Set();
  for (const m of html.matchAll(/<script[^>]*\bsrc="([^"]+)"/g)) entries.add(join(dist, m[1]));
  // Islands hydrated on load or idle count up front; client:visible ones only once scrolled into view.
  const visibleEntries = new Set();
  for (const m of html.matchAll(/<astro-island\b[^>]*>/g)) {
    const target = /\bclient="visible"/.test(m[0]) ? visibleEntries : entries;
    for (const u of m[0].matchAll(/(?:component-url|renderer-url|before-hydration-url)="([^"]+)"/g)) {
      target.add(join(dist, u[1]));
    }
  }
  const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]).join('\n');
  const { files, lazy } = closure(entries);
  const visible = closure(visibleEntries);
  const onVisible = [...visible.files].filter((f) => !files.has(f));
  for (const f of visible.lazy) if (!lazy.includes(f) && !files.has(f)) lazy.push(f);
  const visibleGzip = onVisible.reduce((sum, f) => sum + gz(readFileSync(f)), 0);
  let raw = Buffer.byteLength(inline);
  for (const f of files) raw += readFileSync(f).length;
  // Gzip per file, as the browser downloads them (plus the inline part).
  const gzip = (inline ? gz(Buffer.from(inline)) : 0) + [...files].reduce((sum, f) => sum + gz(readFileSync(f)), 0);
  const islands = [...html.matchAll(/<astro-island[^>]*component-export="[^"]*"[^>]*opts="([^"]+)"/g)].map((m) => {
    const name = m[1].match(/name&quot;:&quot;([^&]+)/);
    return name ? name[1] : '?';
  });
  return {
    ...page,
    raw,
    gzip,
    visibleGzip,
    files: files.size,
    islands,
    lazy: lazy.map((f) => ({ file: f.slice(dist.length), gzip: gz(readFileSync(f)) })),
  };
}

let failed = false;
const rows = [...pages, ...extra].map(measure);
console.log('page type   JS raw (B)   JS gzip (B)   budget (B)   files   islands');
for (const r of rows) {
  const over = r.gzip > r.budget;
  if (over) failed = true;
  console.log(
    `${r.type.padEnd(10)} ${String(r.raw).padStart(11)} ${String(r.gzip).padStart(13)} ${String(r.budget).padStart(12)} ${String(r.files).padStart(7)}   ${r.islands.join(', ') || '—'}${over ? '   OVER BUDGET' : ''}`,
  );
  if (r.visibleGzip) {
    console.log(
      `${''.padEnd(10)}   + when scrolled into view: ${r.visibleGzip} B gzip (total ${r.gzip + r.visibleGzip} B)`,
    );
  }
  for (const l of r.lazy) console.log(`${''.padEnd(10)}   lazy on demand: ${l.file} ${l.gzip} B gzip`);
}
if (failed) {
  console.error('\nA page loads more JavaScript than its budget allows.');
  process.exit(1);
}
