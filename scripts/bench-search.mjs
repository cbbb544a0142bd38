// Search benchmark: `npm run bench:search [-- --dist <builtSite>] [--lessons 1000] [--runs 5]`
//
// 1. Builds the site into node_modules/.cache/bench-search/site (or uses --dist), so the
//    index, the engine chunk and the lesson HTML measured are the ones the site ships.
// 2. Our engine in Node, on the real course and on a synthetic course of 1,000 lessons
//    made from the real lessons' sections: index size (raw, gzip), load+parse time,
//    query latency p50/p95 over the recall queries plus generated ones (≥ 200).
// 3. Side by side in Chromium, the same queries through our shipped engine chunk and
//    through Pagefind (index made with its Node API from the built lesson HTML, and from
//    the synthetic lessons): hits in the top 5 for queries with known answers, bytes
//    downloaded (counted by the bench's own gzip-serving HTTP server), latency.
// 4. First-search bytes at 1,000 lessons (manifest + the shards and lesson files each
//    known-answer query needs, + the JS and strings the dialog fetches on first open),
//    checked against the budget: the run exits with code 1 over it, or if any
//    known-answer query misses its lesson in Chromium.
// Node 20 cannot run .ts, so src/search/model and src/search/build are transpiled with
// TypeScript (already a devDependency) into the cache folder and imported from there.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { dirname, extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import {
  builtCourseIndex,
  compileSearchModules,
  firstOpenJs,
  firstSearchBytes,
  random,
  syntheticLessons,
} from './lib/search-course.mjs';

/** First search at 1,000 lessons, gzip bytes: the goal of issue 12. */
const FIRST_SEARCH_BUDGET = 300_000;

const root = fileURLToPath(new URL('..', import.meta.url));
const cache = join(root, 'node_modules/.cache/bench-search');
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(`--${name}`);
  return at === -1 ? fallback : args[at + 1];
};
const LESSONS = Number(option('lessons', 1000));
const RUNS = Number(option('runs', 5));

const gz = (data) => gzipSync(data, { level: 9 }).length;
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const ms = (x) => `${x.toFixed(2)} ms`;
const percentile = (values, q) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1))];
};
const median = (values) => percentile(values, 0.5);
const log = (...parts) => console.log(...parts);

// ---------------------------------------------------------------- our modules
// ---------------------------------------------------------------- the built site
function builtSite() {
  const given = option('dist');
  if (given) return resolve(given);
  const out = join(cache, 'site');
  log(`Building the site into ${out} …`);
  const result = spawnSync('npx', ['astro', 'build', '--outDir', out], { cwd: root, encoding: 'utf8' });
  if (result.status !== 0) {
    process.stderr.write(result.stdout + result.stderr);
    throw new Error('astro build failed; fix the build, or pass --dist <a built site>');
  }
  return out;
}

function lessonPages(site) {
  const pages = [];
  const base = join(site, 'lessons');
  for (const module of readdirSync(base)) {
    for (const slug of readdirSync(join(base, module))) {
      const file = join(base, module, slug, 'index.html');
      if (existsSync(file)) pages.push({ url: `/lessons/${module}/${slug}/`, file });
    }
  }
  return pages;
}

// ---------------------------------------------------------------- queries
function loadRecallQueries() {
  return JSON.parse(readFileSync(join(root, 'tests/fixtures/search/recall-queries.json'), 'utf8')).queries;
}

/** Substrings of the lessons' own text (2–6 characters), a third of them in Simplified, some as two words. */
function generateQueries(file, count, toSimplified) {
  const next = random(7);
  const runs = [];
  for (const doc of file.docs) {
    for (const [, heading, text] of doc.sections) {
      for (const m of `${heading}\n${text}`.matchAll(/\p{Script=Han}{2,}/gu)) runs.push(m[0]);
    }
  }
  const piece = () => {
    const run = runs[Math.floor(next() * runs.length)];
    const length = Math.min(run.length, 2 + Math.floor(next() * 5));
    const at = Math.floor(next() * (run.length - length + 1));
    return run.slice(at, at + length);
  };
  const out = [];
  for (let i = 0; i < count; i++) {
    let q = i % 10 === 9 ? `${piece()} ${piece()}` : piece();
    if (i % 3 === 1) q = toSimplified(q);
    out.push(q);
  }
  return out;
}

// ---------------------------------------------------------------- synthetic course
// ---------------------------------------------------------------- Node timing
// The engine over the split index in memory: load+parse is the manifest; the first pass
// includes parsing the shards and lesson files each query needs (no network).
async function measureNode(lib, json, queries) {
  const { createSearchEngine } = await import(pathToFileURL(join(lib, 'model/engine.js')).href);
  const { memoryIndex } = await import(pathToFileURL(join(lib, 'model/memory-loader.js')).href);
  const { manifest, loader } = memoryIndex(JSON.parse(json));
  const manifestJson = JSON.stringify(manifest);
  const loads = [];
  let engine;
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    engine = createSearchEngine(JSON.parse(manifestJson), loader);
    loads.push(performance.now() - t0);
  }
  const cold = [];
  for (const q of queries) {
    const t0 = performance.now();
    await engine.search(q);
    cold.push(performance.now() - t0);
  }
  // Each query's median over RUNS repeats, so a garbage collection or another process
  // taking the CPU for a moment does not pass for a slow query.
  const times = queries.map(() => []);
  for (let r = 0; r < RUNS; r++) {
    for (const [i, q] of queries.entries()) {
      const t0 = performance.now();
      await engine.search(q);
      times[i].push(performance.now() - t0);
    }
  }
  const warm = times.map(median);
  return {
    load: median(loads),
    coldP50: percentile(cold, 0.5),
    coldP95: percentile(cold, 0.95),
    p50: percentile(warm, 0.5),
    p95: percentile(warm, 0.95),
    max: Math.max(...warm),
  };
}

// ---------------------------------------------------------------- Pagefind
async function buildPagefind(out, add) {
  const pagefind = await import('pagefind');
  // Configured as the site would deploy it: language taken from <html lang="zh-Hant">, and
  // only <main> indexed (what data-pagefind-body would mark), so the header and footer
  // text of every page does not blur the results.
  const { index, errors } = await pagefind.createIndex({ rootSelector: 'main' });
  if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);
  await add(index);
  const files = await index.getFiles();
  if (files.errors.length) throw new Error(`pagefind: ${files.errors.join('; ')}`);
  rmSync(out, { recursive: true, force: true });
  let indexBytes = 0;
  for (const f of files.files) {
    const target = join(out, f.path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, f.content);
    if (/\.pf_|pagefind-entry/.test(f.path)) indexBytes += f.content.length;
  }
  await index.deleteIndex();
  return { indexBytes, fileCount: files.files.length };
}

// ---------------------------------------------------------------- HTTP server
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.css': 'text/css',
  '.wasm': 'application/wasm',
};
function serve(mounts) {
  let bytes = 0;
  // Compressed once and kept: gzipping megabytes per request would be timed as loading.
  const compressed = new Map();
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    const [prefix, dir] = Object.entries(mounts).find(([p]) => path.startsWith(p)) ?? [];
    let file = dir && normalize(join(dir, path.slice(prefix.length)));
    if (file && existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!file || !file.startsWith(dir) || !existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    let body = readFileSync(file);
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    const headers = { 'Content-Type': type, 'Cache-Control': 'no-cache' };
    // Text is gzipped as any static host would; Pagefind's own files are compressed already.
    if (/text|json/.test(type) && /gzip/.test(req.headers['accept-encoding'] ?? '')) {
      if (!compressed.has(file)) compressed.set(file, gzipSync(body, { level: 9 }));
      body = compressed.get(file);
      headers['Content-Encoding'] = 'gzip';
    }
    bytes += body.length;
    res.writeHead(200, headers).end(body);
  });
  const warm = (files) => files.forEach((f) => compressed.set(f, gzipSync(readFileSync(f), { level: 9 })));
  return new Promise((done) =>
    server.listen(0, '127.0.0.1', () =>
      done({ server, url: `http://127.0.0.1:${server.address().port}`, bytes: () => bytes, warm }),
    ),
  );
}

// ---------------------------------------------------------------- Chromium runs
async function runInBrowser(browser, http, setup, searchOne, queries) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${http.url}/bench/blank.html`);
  const before = http.bytes();
  const load = await page.evaluate(setup.fn, setup.arg);
  const loadBytes = http.bytes() - before;
  const pass = async () => {
    const rows = [];
    for (const q of queries) {
      const b = http.bytes();
      const { time, urls } = await page.evaluate(searchOne, q);
      rows.push({ q, time, urls, bytes: http.bytes() - b });
    }
    return rows;
  };
  // First pass: every query is new to the page. Repeat pass: the same queries again.
  const rows = await pass();
  const again = await pass();
  await context.close();
  return { load, loadBytes, rows, again };
}

// As src/search/browser/client.ts does it: the manifest first, then shards and lesson
// files by the paths of src/search/model/shard.ts, under `base`.
const oursSetup = async ({ engineUrl, base }) => {
  const t0 = performance.now();
  const json = (url) =>
    fetch(url).then((r) => {
      if (!r.ok) throw new Error(`${url} answered ${r.status}`);
      return r.json();
    });
  const [{ createSearchEngine }, manifest] = await Promise.all([import(engineUrl), json(`${base}/search-index.json`)]);
  window.__engine = createSearchEngine(manifest, {
    shard: (n, hash) => json(`${base}/search/shard/${n}-${hash}.json`),
    doc: (n, hash) => json(`${base}/search/doc/${n}-${hash}.json`),
  });
  return performance.now() - t0;
};
const oursSearch = async (q) => {
  const t0 = performance.now();
  const outcome = await window.__engine.search(q, 5);
  return { time: performance.now() - t0, urls: outcome.hits.map((h) => h.href.replace(/#.*$/, '')) };
};
const pagefindSetup = async ({ bundle }) => {
  const t0 = performance.now();
  window.__pagefind = await import(`${bundle}pagefind.js`);
  await window.__pagefind.options({ excerptLength: 30 });
  await window.__pagefind.init();
  return performance.now() - t0;
};
const pagefindSearch = async (q) => {
  const t0 = performance.now();
  const search = await window.__pagefind.search(q);
  const top = await Promise.all((search?.results ?? []).slice(0, 5).map((r) => r.data()));
  return { time: performance.now() - t0, urls: top.map((d) => d.url) };
};

// ---------------------------------------------------------------- main
async function main() {
  const lib = compileSearchModules(cache);
  const site = builtSite();
  const { buildSearchIndex } = await import(pathToFileURL(join(lib, 'build/build-index.js')).href);
  const { indexFiles } = await import(pathToFileURL(join(lib, 'build/index-files.js')).href);
  const { docPath, shardPath } = await import(pathToFileURL(join(lib, 'model/shard.js')).href);
  const { Converter } = await import('opencc-js');
  const toSimplified = Converter({ from: 'tw', to: 'cn' });

  const real = await builtCourseIndex(site, lib);
  const realJson = JSON.stringify(real);
  const recall = loadRecallQueries();
  const queries = [...recall.map((r) => r.q), ...generateQueries(real, Math.max(0, 250 - recall.length), toSimplified)];

  log(`Building the synthetic course (${LESSONS} lessons) …`);
  const synthetic = syntheticLessons(real, LESSONS);
  const synthFile = buildSearchIndex(synthetic, real.modules).file;
  const synthJson = JSON.stringify(synthFile);
  const bench = join(cache, 'bench');
  rmSync(bench, { recursive: true, force: true });
  mkdirSync(bench, { recursive: true });
  // The synthetic course split and named as the site build does it, under /bench/synthetic/.
  const synthFiles = indexFiles(synthFile);
  const synthDir = join(bench, 'synthetic');
  const write = (path, text) => {
    mkdirSync(dirname(join(synthDir, path)), { recursive: true });
    writeFileSync(join(synthDir, path), text);
  };
  write('search-index.json', synthFiles.manifestText);
  for (const f of synthFiles.shards) write(shardPath(f.n, f.hash), f.text);
  for (const f of synthFiles.docs) write(docPath(f.n, f.hash), f.text);
  writeFileSync(join(bench, 'blank.html'), '<!doctype html><meta charset="utf-8"><title>bench</title>');

  // ---- our engine in Node
  log(`Timing our engine in Node (${queries.length} queries × ${RUNS} runs) …`);
  const nodeReal = await measureNode(lib, realJson, queries);
  const nodeSynth = await measureNode(lib, synthJson, queries);
  const foldPairs = [...real.fold].length / 2;
  const foldJson = JSON.stringify(real.fold);

  // ---- Pagefind indexes over the same built lesson pages and the same synthetic lessons
  log('Building Pagefind indexes …');
  const pfReal = await buildPagefind(join(cache, 'pagefind-course'), async (index) => {
    for (const page of lessonPages(site))
      await index.addHTMLFile({ url: page.url, content: readFileSync(page.file, 'utf8') });
  });
  const pfSynth = await buildPagefind(join(cache, 'pagefind-synthetic'), async (index) => {
    for (const l of synthetic) {
      const content = [l.title, l.summary, ...l.sections.flatMap((s) => [s.heading ?? '', s.text])].join('\n');
      // Custom records take an ISO 639-1 code; zh is the closest to the pages' zh-Hant.
      await index.addCustomRecord({ url: l.href, content, language: 'zh', meta: { title: l.title } });
    }
  });
  await (await import('pagefind')).close();

  // ---- Chromium, side by side
  const engineChunk = readdirSync(join(site, '_astro')).find((f) => /^engine\..*\.js$/.test(f));
  if (!engineChunk)
    throw new Error('no _astro/engine.*.js in the built site: is the search engine still loaded with import()?');
  const http = await serve({
    '/pagefind-course/': join(cache, 'pagefind-course'),
    '/pagefind-synthetic/': join(cache, 'pagefind-synthetic'),
    '/bench/': bench,
    '/': site,
  });
  http.warm([join(site, 'search-index.json'), join(synthDir, 'search-index.json'), join(site, '_astro', engineChunk)]);
  const { chromium } = await import('@playwright/test');
  const { chromiumLaunch } = await import('./chromium.mjs');
  const browser = await chromium.launch(chromiumLaunch);
  log('Running both engines in Chromium …');
  const engineUrl = `/_astro/${engineChunk}`;
  const browserRuns = {
    oursReal: await runInBrowser(browser, http, { fn: oursSetup, arg: { engineUrl, base: '' } }, oursSearch, queries),
    pfReal: await runInBrowser(
      browser,
      http,
      { fn: pagefindSetup, arg: { bundle: '/pagefind-course/' } },
      pagefindSearch,
      queries,
    ),
    oursSynth: await runInBrowser(
      browser,
      http,
      { fn: oursSetup, arg: { engineUrl, base: '/bench/synthetic' } },
      oursSearch,
      queries,
    ),
    pfSynth: await runInBrowser(
      browser,
      http,
      { fn: pagefindSetup, arg: { bundle: '/pagefind-synthetic/' } },
      pagefindSearch,
      queries,
    ),
  };
  await browser.close();
  http.server.close();

  // ---- report
  const engineBytes = readFileSync(join(site, '_astro', engineChunk));
  log('');
  log('## Our index');
  log(
    '| corpus | lessons | whole index raw | whole index gzip (never served whole) | fold map | load+parse (Node, median) | first pass p50 / p95 | query p50 | query p95 | slowest query |',
  );
  log('|---|---|---|---|---|---|---|---|---|---|');
  const nodeRow = (name, lessons, json, fold, t) =>
    `| ${name} | ${lessons} | ${kb(Buffer.byteLength(json))} | ${kb(gz(json))} | ${fold} | ${ms(t.load)} | ${ms(t.coldP50)} / ${ms(t.coldP95)} | ${ms(t.p50)} | ${ms(t.p95)} | ${ms(t.max)} |`;
  log(
    nodeRow(
      'real course',
      real.docs.length,
      realJson,
      `${foldPairs} pairs, ${kb(Buffer.byteLength(foldJson))} raw / ${kb(gz(foldJson))} gzip`,
      nodeReal,
    ),
  );
  log(nodeRow('synthetic', LESSONS, synthJson, `${[...synthFile.fold].length / 2} pairs`, nodeSynth));
  const firstOpen = firstOpenJs(site);
  log(
    `JS and strings the dialog fetches on first open (lesson page): ${firstOpen.map((f) => `${f.name} ${kb(f.gzip)}`).join(', ')} = ${kb(firstOpen.reduce((a, f) => a + f.raw, 0))} raw, ${kb(firstOpen.reduce((a, f) => a + f.gzip, 0))} gzip, plus the index files.`,
  );
  const openGzip = firstOpen.reduce((a, f) => a + f.gzip, 0);
  const firstReal = await firstSearchBytes(
    lib,
    real,
    recall.map((r) => r.q),
  );
  const firstSynth = await firstSearchBytes(
    lib,
    synthFile,
    recall.map((r) => r.q),
  );
  log('');
  log('## First search: bytes fetched (gzip) when the first query is a known-answer query, dialog limit 8');
  log(
    '| corpus | manifest | index files, median query | index files, worst query | + JS and strings | first search, worst | budget |',
  );
  log('|---|---|---|---|---|---|---|');
  const firstRow = (name, f, budget) =>
    `| ${name} | ${kb(f.manifestGzip)} | ${kb(f.median)} | ${kb(f.max)} (${f.worst.q}: ${f.worst.shards} shards, ${f.worst.docs} lessons) | ${kb(openGzip)} | ${kb(f.max + openGzip)} | ${budget ? `≤ ${budget.toLocaleString('en')} B: ${(f.max + openGzip).toLocaleString('en')} B ${f.max + openGzip <= budget ? 'ok' : 'OVER'}` : '—'} |`;
  log(firstRow('real course', firstReal));
  log(firstRow(`${LESSONS} lessons`, firstSynth, LESSONS === 1000 ? FIRST_SEARCH_BUDGET : undefined));
  log(
    `Engine chunk (lunr + tokenizer + snippets): ${kb(engineBytes.length)} raw, ${kb(gz(engineBytes))} gzip. Queries: ${queries.length} (${recall.length} with known answers + generated substrings). First pass: each query once, right after loading. Query p50/p95: over the queries, of each query's median of ${RUNS} further runs.`,
  );

  const hitsTop5 = (rows) => {
    const byQuery = new Map(rows.map((r) => [r.q, r.urls]));
    const misses = [];
    let hits = 0;
    for (const r of recall) {
      const want = `/lessons/${r.expect}/`;
      if ((byQuery.get(r.q) ?? []).includes(want)) hits++;
      else misses.push(r.q);
    }
    return { hits, misses };
  };
  const side = (name, run, recallResult) => {
    const times = run.rows.map((r) => r.time);
    const perQuery = run.rows.map((r) => r.bytes);
    const top = recallResult ? `${recallResult.hits} / ${recall.length}` : '—';
    const again = run.again.map((r) => r.time);
    return `| ${name} | ${top} | ${ms(run.load)} | ${kb(run.loadBytes)} | ${kb(perQuery.reduce((a, b) => a + b, 0) / perQuery.length)} | ${kb(Math.max(...perQuery))} | ${kb(run.loadBytes + perQuery.reduce((a, b) => a + b, 0))} | ${ms(percentile(times, 0.5))} / ${ms(percentile(times, 0.95))} | ${ms(percentile(again, 0.5))} / ${ms(percentile(again, 0.95))} |`;
  };
  const recallOurs = hitsTop5(browserRuns.oursReal.rows);
  const recallPf = hitsTop5(browserRuns.pfReal.rows);
  log('');
  log('## Side by side in Chromium, same built site, same queries');
  log(
    `Pagefind index files: course ${kb(pfReal.indexBytes)} in its bundle, synthetic ${kb(pfSynth.indexBytes)} (compressed .pf_* files plus entry).`,
  );
  log(
    '| engine · corpus | known answers in top 5 | load (init) | bytes to load | bytes per query (mean) | bytes per query (max) | bytes for all queries | first pass p50 / p95 | repeat pass p50 / p95 |',
  );
  log('|---|---|---|---|---|---|---|---|---|');
  log(side('ours · real course', browserRuns.oursReal, recallOurs));
  log(side('Pagefind · real course', browserRuns.pfReal, recallPf));
  log(side(`ours · ${LESSONS} lessons`, browserRuns.oursSynth));
  log(side(`Pagefind · ${LESSONS} lessons`, browserRuns.pfSynth));
  log('');
  log('Known-answer queries by kind (hits in top 5, ours / Pagefind):');
  const kinds = [...new Set(recall.map((r) => r.kind))];
  for (const kind of kinds) {
    const list = recall.filter((r) => r.kind === kind);
    const count = (misses) => list.filter((r) => !misses.includes(r.q)).length;
    log(`  ${kind.padEnd(10)} ${count(recallOurs.misses)}/${list.length} · ${count(recallPf.misses)}/${list.length}`);
  }
  if (recallOurs.misses.length) log(`Ours missed: ${recallOurs.misses.join('、')}`);
  log(`Pagefind missed: ${recallPf.misses.join('、') || 'nothing'}`);
  log(
    'Latency in Chromium includes fetching what each query needs: for Pagefind its index chunks and the fragments of the top 5 (what its UI needs to show them); for ours the shards and lesson files not fetched by an earlier query.',
  );
  const failures = [];
  if (recallOurs.misses.length) failures.push(`known answers missed: ${recallOurs.misses.join('、')}`);
  if (LESSONS === 1000 && firstSynth.max + openGzip > FIRST_SEARCH_BUDGET)
    failures.push(
      `first search at 1,000 lessons is ${kb(firstSynth.max + openGzip)}, over ${FIRST_SEARCH_BUDGET.toLocaleString('en')} B`,
    );
  if (failures.length) {
    console.error(`bench:search failed: ${failures.join('; ')}`);
    process.exitCode = 1;
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
