// Reports the JavaScript each page type loads on first view (static imports followed,
// lazy import() chunks listed apart), raw and gzip, and fails if a budget is exceeded.
// Usage: node scripts/size.mjs [distDir]   (run after `astro build`)
import { resolve } from 'node:path';
import { pageJs } from './lib/page-js.mjs';

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

function measure(page) {
  const js = pageJs(dist, page.file);
  return { ...page, ...js, files: js.files.length };
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
