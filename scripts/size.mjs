// Reports the JavaScript each page type loads on first view (static imports followed,
// lazy import() chunks listed apart), raw and gzip, and fails if a budget is exceeded.
// Usage: node scripts/size.mjs [distDir]   (run after `astro build`)
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { gz, pageJs } from './lib/page-js.mjs';

const dist = resolve(process.argv[2] ?? 'dist');
/**
 * Page types, a built page of each, and gzip budgets: the JS it loads before any interaction (`js`),
 * the JS once its quiz is on screen (`view`, the total), its HTML, its stylesheets, and for the lesson the
 * whole cold load (HTML + CSS + JS up front, `cold`). Where a lean-and-layered goal (issue 12,
 * `npm run bench:pages`) is met, the budget is the goal: lesson HTML ≤ 10 kB (the warm view) and cold load
 * ≤ 20 kB, /review/ HTML ≤ 15 kB, /assessment/ ≤ 15 kB, home ≤ 12 kB. The two goals not met yet hold
 * today's figure, so nothing grows while the work goes on, with the goal beside them: lesson JS ≤ 3 kB up
 * front and ≤ 14 kB with its quiz. Other figures, which no goal names, hold today's figure.
 * The field tools' records (progress v4) add their checks to the full store, about 1,733 B on every page that loads
 * it (home, module, progress, review, assessment JS raised by exactly that), and the import preview's names of the
 * new collections 98 B to the progress page's HTML.
 * The xAPI outbox (progress v5) adds its check and the erase that keeps unsent statements to the full store: home
 * +183, module +185, progress +187, review +191, assessment +190 B JS (raised by exactly that); the progress page's
 * HTML +24 B (the outbox's name in the import preview), within its row. With xAPI off no page loads any xAPI code.
 */
const pages = [
  { type: 'home', file: 'index.html', js: 28_915, html: 12_000, css: 2_900 },
  { type: 'module', file: 'modules/role/index.html', js: 27_818, html: 4_600, css: 2_700 },
  {
    type: 'lesson',
    file: 'lessons/role/company-representative/index.html',
    js: 7_800, // goal 3,000
    view: 19_500, // goal 14,000
    html: 10_000,
    css: 3_800,
    cold: 20_000,
  },
  { type: 'progress', file: 'progress/index.html', js: 29_021, html: 7_998, css: 2_700 },
  { type: 'review', file: 'review/index.html', js: 39_224, html: 15_000, css: 3_900 },
  { type: 'assessment', file: 'assessment/index.html', js: 33_322, html: 15_000, css: 5_000 },
  { type: 'glossary', file: 'glossary/index.html', js: 7_300, html: 7_800, css: 2_700 },
  { type: '404', file: '404.html', js: 0, html: 1_700, css: 2_600 },
];
const extra = process.env.SIZE_PAGES ? JSON.parse(process.env.SIZE_PAGES) : [];

/** Gzip bytes of the stylesheets a page links. */
function pageCss(file) {
  const html = readFileSync(join(dist, file), 'utf8');
  return [...html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].reduce(
    (sum, m) => sum + gz(readFileSync(join(dist, m[1]))),
    0,
  );
}

function measure(page) {
  const js = pageJs(dist, page.file);
  return {
    ...js,
    ...page,
    files: js.files.length,
    htmlGzip: gz(readFileSync(join(dist, page.file))),
    cssGzip: pageCss(page.file),
  };
}

let failed = false;
const rows = [...pages, ...extra].map(measure);
const cell = (bytes, budget) => {
  if (budget === undefined) return `${bytes}`.padStart(15);
  const over = bytes > budget;
  if (over) failed = true;
  return `${bytes}/${budget}${over ? ' OVER' : ''}`.padStart(15);
};
console.log(
  'page type         JS up front     JS on view           HTML            CSS   (gzip B / budget)   files   islands',
);
for (const r of rows) {
  const total = r.gzip + (r.visibleGzip ?? 0);
  console.log(
    `${r.type.padEnd(10)} ${cell(r.gzip, r.js)} ${r.view !== undefined || r.visibleGzip ? cell(total, r.view) : '—'.padStart(15)} ${cell(r.htmlGzip, r.html)} ${cell(r.cssGzip, r.css)} ${String(r.files).padStart(7)}   ${r.islands.join(', ') || '—'}`,
  );
  if (r.cold !== undefined) {
    const cold = r.htmlGzip + r.cssGzip + r.gzip;
    console.log(`${''.padEnd(10)}   cold load (HTML + CSS + JS up front): ${cell(cold, r.cold).trim()}`);
  }
  for (const l of r.lazy) console.log(`${''.padEnd(10)}   lazy on demand: ${l.file} ${l.gzip} B gzip`);
}

// ---- search: the /search/ page, and the first search on the real course
// /search/ pays only for what it uses: its HTML (a form, no course data, so flat as lessons
// are added) and, beyond the JS every page loads (budgeted by the rows above), the search UI
// itself — Preact, SearchPage, its hook and the client, about 10 kB today. The engine chunk
// and the index are lazy and counted with the first search below.
const SEARCH_PAGE = { html: 12_000, ownJs: 11_000 };
// First search on the real course: the worst known-answer query as the first query on a
// lesson page (manifest + its shards + its lesson files) plus the JS and strings the header's
// dialog fetches on first open. 69 kB today; the 1,000-lesson budget (300 kB, the goal of
// issue 12) is checked by `npm run bench:search`, which builds that course.
const FIRST_SEARCH_REAL = 80_000;
{
  const { builtCourseIndex, compileSearchModules, firstOpenJs, firstSearchBytes } =
    await import('./lib/search-course.mjs');
  const searchHtml = gz(readFileSync(join(dist, 'search/index.html')));
  const searchJs = pageJs(dist, 'search/index.html');
  const everyPage = new Set(pageJs(dist, 'lessons/role/company-representative/index.html').files);
  const own = searchJs.files.filter((f) => !everyPage.has(f));
  const ownJs = own.reduce((sum, f) => sum + gz(readFileSync(f)), 0);
  const lib = compileSearchModules(
    join(fileURLToPath(new URL('..', import.meta.url)), 'node_modules/.cache/size-search'),
  );
  const recall = JSON.parse(
    readFileSync(new URL('../tests/fixtures/search/recall-queries.json', import.meta.url), 'utf8'),
  );
  const first = await firstSearchBytes(
    lib,
    await builtCourseIndex(dist, lib),
    recall.queries.map((r) => r.q),
  );
  const openJs = firstOpenJs(dist).reduce((sum, f) => sum + f.gzip, 0);
  const searchRows = [
    ['search page HTML', searchHtml, SEARCH_PAGE.html],
    [
      `search page JS beyond every page's (${own.map((f) => f.slice(f.lastIndexOf('/') + 1)).join(', ')})`,
      ownJs,
      SEARCH_PAGE.ownJs,
    ],
    [
      `first search, real course (worst: ${first.worst.q}; index ${first.max} B + dialog JS and strings ${openJs} B)`,
      first.max + openJs,
      FIRST_SEARCH_REAL,
    ],
  ];
  console.log('\nsearch                                   gzip (B)   budget (B)');
  for (const [name, bytes, budget] of searchRows) {
    const over = bytes > budget;
    if (over) failed = true;
    console.log(
      `${name}\n${''.padEnd(40)} ${String(bytes).padStart(9)} ${String(budget).padStart(12)}${over ? '   OVER BUDGET' : ''}`,
    );
  }
}

// Question data lives in /quizzes/<id>.json, never in a page. /review/ holds no quiz's id or question text, so
// it stays the same size as quizzes are added; a lesson page holds its quiz's prompts once (the static markup)
// and none of its explanations (they travel in the data file).
const quizDir = resolve(import.meta.dirname, '../content/quizzes');
const quizzes = readdirSync(quizDir)
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => ({ id: f.replace(/\.yaml$/, ''), ...parseYaml(readFileSync(join(quizDir, f), 'utf8')) }));
const decode = (html) => html.replace(/&quot;/g, '"').replace(/&amp;/g, '&');
const reviewHtml = decode(readFileSync(join(dist, 'review/index.html'), 'utf8'));
const dataProblems = [];
for (const quiz of quizzes) {
  if (!existsSync(join(dist, 'quizzes', `${quiz.id}.json`)))
    dataProblems.push(`/quizzes/${quiz.id}.json was not built`);
  if (reviewHtml.includes(quiz.id)) dataProblems.push(`/review/ names quiz ${quiz.id}`);
  for (const q of quiz.questions) {
    if (reviewHtml.includes(q.prompt)) dataProblems.push(`/review/ holds a question of ${quiz.id} (${q.id})`);
  }
}
const lessonsDir = join(dist, 'lessons');
for (const module of readdirSync(lessonsDir)) {
  for (const slug of readdirSync(join(lessonsDir, module))) {
    const file = join(lessonsDir, module, slug, 'index.html');
    if (!existsSync(file)) continue;
    const html = decode(readFileSync(file, 'utf8'));
    for (const quiz of quizzes) {
      for (const q of quiz.questions) {
        const times = html.split(q.prompt).length - 1;
        if (times > 1)
          dataProblems.push(`/lessons/${module}/${slug}/ holds ${quiz.id} ${q.id}'s prompt ${times} times`);
        if (times > 0 && html.includes(q.explanation)) {
          dataProblems.push(`/lessons/${module}/${slug}/ holds ${quiz.id} ${q.id}'s explanation`);
        }
      }
    }
  }
}
const reviewGzip = gz(readFileSync(join(dist, 'review/index.html')));
console.log(
  `\nquestion data: ${quizzes.length} quizzes in /quizzes/*.json; /review/ HTML ${reviewGzip} B gzip (budget 15000), no question text in it`,
);
if (reviewGzip > 15_000) dataProblems.push(`/review/ HTML is ${reviewGzip} B gzip, over 15000`);
for (const p of dataProblems) console.error(`  ${p}`);

if (failed) {
  console.error('\nA page or the search is over its budget (OVER above).');
  process.exit(1);
}
if (dataProblems.length > 0) {
  console.error('\nQuestion data is in a page instead of /quizzes/<id>.json.');
  process.exit(1);
}
