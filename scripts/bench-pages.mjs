// Page-weight and heavy-learner bench: `npm run bench:pages [-- options]`
//
// Prints, in one run, the goal table of the "lean and layered" work: today's figure from
// the built site, the goal, and pass/fail per row, as a Markdown table on stdout and as
// JSON in bench-out/pages.json. It builds nothing of ours: run `npx astro build` first
// (it reads dist/, or --dist <dir>). KB means 1,000 bytes; every byte figure is gzip at
// level 9, as the bench's own static server sends it.
//
// How each row is measured:
// - JS before interaction: the page's module scripts and island entries (client:load and
//   client:idle; client:visible counts as on scroll) followed through their static
//   imports, as `npm run size` does (scripts/lib/page-js.mjs).
// - Cold / warm lesson: Chromium (412×823, mobile) loads the page from a small static
//   server that gzips text, sends /_astro/* and /pagefind/* as immutable and HTML and the
//   rest as no-cache with an ETag. Cold: an empty cache, every response body counted until
//   the network has been quiet for 2 s (so JS fetched on idle counts). Warm: the same
//   profile after one other lesson: hashed assets come from the cache, HTML is sent again,
//   unhashed files (favicon) answer 304 with no body.
// - Progress store rows: bench/pages-store.bench-run.ts through the real store in Node
//   (vitest): read + validate median of 30, and the bytes written to storage by an
//   instrumented storage engine when one lesson is marked done.
// - Blocking work: `astro preview` on a free port, Chromium with CDP
//   Emulation.setCPUThrottlingRate 4, the heavy-year document put into localStorage (in the
//   keys the store keeps it in: bench/pages-store.bench-run.ts lets the store move it) before
//   the lesson loads; the figure is the sum of long-task time beyond 50 ms (PerformanceObserver
//   'longtask', as Total Blocking Time counts it) from navigation until the done control is
//   ready plus 1 s; median of --runs (3). Scripting time (CDP Performance ScriptDuration) is
//   reported beside it.
// - First search at 1,000 lessons: the synthetic course of `npm run bench:search`, indexed
//   with src/search/build/build-index.ts and split as the site splits it; the figure is the
//   worst known-answer query as the first search (manifest + its shards + its lesson files)
//   plus the JS and strings the header's search fetches on first open.
// - Starlight: the same lessons built with @astrojs/starlight (pinned below) in a temporary
//   folder (installed there from the npm registry, never into this project), measured as
//   the cold / warm row. --no-starlight skips it; the row then says 未測 and why.
//
// - Lighthouse (only with --lighthouse): lighthouse (pinned below; 12.8.x runs on Node 20),
//   installed in a temporary folder, mobile preset with its default simulated throttling,
//   one run per page against the same static server.
//
// Options: --dist <dir> --runs <n> --no-starlight --starlight-dir <dir> --lighthouse
//          --lighthouse-dir <dir> --out <dir>
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { createServer as createNetServer } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { parse as parseYaml } from 'yaml';
import { chromiumLaunch } from './chromium.mjs';
import { pageJs } from './lib/page-js.mjs';
import { precacheSize } from './lib/precache.mjs';
import {
  builtCourseIndex,
  compileSearchModules,
  firstOpenJs,
  firstSearchBytes,
  syntheticLessons,
} from './lib/search-course.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(`--${name}`);
  return at === -1 ? fallback : args[at + 1];
};
const dist = resolve(option('dist', join(root, 'dist')));
const outDir = resolve(option('out', join(root, 'bench-out')));
const RUNS = Number(option('runs', 3));
const STARLIGHT = '0.37.7';
const ASTRO = JSON.parse(readFileSync(join(root, 'node_modules/astro/package.json'), 'utf8')).version;
const starlightDir = resolve(option('starlight-dir', join(tmpdir(), 'performance-coach-starlight')));
const LIGHTHOUSE = '12.8.2';
const lighthouseDir = resolve(option('lighthouse-dir', join(tmpdir(), 'performance-coach-lighthouse')));

const LESSON = 'lessons/role/company-representative';
const OTHER_LESSON = 'lessons/role/retailer-manager';
const LIGHTHOUSE_PAGES = ['', LESSON, 'assessment', 'progress', 'review'];
const VIEWPORT = { width: 412, height: 823 };
const NOT_MEASURED = '未測';

const gz = (data) => gzipSync(data, { level: 9 }).length;
const kb = (bytes) => `${(bytes / 1000).toFixed(1)} KB`;
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const log = (...parts) => console.error(...parts);

function run(command, commandArgs, options) {
  const result = spawnSync(command, commandArgs, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, ...options });
  if (result.status !== 0) {
    const tail = `${result.stdout ?? ''}${result.stderr ?? ''}`.trim().split('\n').slice(-15).join('\n');
    throw new Error(`${command} ${commandArgs.join(' ')} failed (exit ${result.status}):\n${tail}`);
  }
  return result;
}

/**
 * `run` without blocking this process: for a child that talks to the bench's own static
 * server (Lighthouse), which could not answer while spawnSync holds the event loop.
 */
function runAsync(command, commandArgs, { timeout, ...options } = {}) {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(command, commandArgs, { stdio: ['ignore', 'pipe', 'pipe'], ...options });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    const timer = timeout ? setTimeout(() => child.kill('SIGKILL'), timeout) : undefined;
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      if (code === 0) resolvePromise(output);
      else {
        const tail = output.trim().split('\n').slice(-15).join('\n');
        reject(new Error(`${command} ${commandArgs.join(' ')} failed (exit ${code}):\n${tail}`));
      }
    });
  });
}

// ---------------------------------------------------------------- static server (bytes)
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.json': 'application/json',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.wasm': 'application/wasm',
  '.woff2': 'font/woff2',
  '.png': 'image/png',
  '.webp': 'image/webp',
  '.webmanifest': 'application/manifest+json',
};
const kindOf = (path) => {
  const ext = extname(path);
  if (ext === '.html' || path.endsWith('/')) return 'html';
  if (ext === '.css') return 'css';
  if (ext === '.js' || ext === '.mjs') return 'js';
  if (/\.(woff2?|ttf|otf)$/.test(ext)) return 'font';
  if (/\.(svg|png|jpe?g|webp|avif|gif|ico)$/.test(ext)) return 'image';
  return 'data';
};

function staticServer(site) {
  let log = [];
  const compressed = new Map();
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    let file = normalize(join(site, path));
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    const found = file.startsWith(site) && existsSync(file);
    if (!found) file = join(site, '404.html');
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    const raw = readFileSync(file);
    const immutable = /^\/(_astro|pagefind)\//.test(path);
    const headers = {
      'Content-Type': type,
      'Cache-Control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
    };
    const etag = `"${createHash('sha1').update(raw).digest('hex').slice(0, 16)}"`;
    if (!immutable) headers.ETag = etag;
    if (!immutable && req.headers['if-none-match'] === etag) {
      log.push({ path, kind: kindOf(path), bytes: 0, status: 304 });
      res.writeHead(304, headers).end();
      return;
    }
    let body = raw;
    if (/text|json|svg|javascript/.test(type) && /gzip/.test(req.headers['accept-encoding'] ?? '')) {
      if (!compressed.has(file)) compressed.set(file, gzipSync(raw, { level: 9 }));
      body = compressed.get(file);
      headers['Content-Encoding'] = 'gzip';
    }
    const status = found ? 200 : 404;
    log.push({ path, kind: kindOf(path), bytes: body.length, status });
    res.writeHead(status, headers).end(body);
  });
  return new Promise((done) =>
    server.listen(0, '127.0.0.1', () =>
      done({
        server,
        url: `http://127.0.0.1:${server.address().port}`,
        take: () => {
          const taken = log;
          log = [];
          return taken;
        },
        count: () => log.length,
      }),
    ),
  );
}

/** Waits until the server has seen no request for `quietMs`. */
async function networkQuiet(http, quietMs = 2000, limitMs = 20_000) {
  const start = Date.now();
  let seen = http.count();
  let since = Date.now();
  while (Date.now() - start < limitMs) {
    await new Promise((r) => setTimeout(r, 200));
    if (http.count() !== seen) {
      seen = http.count();
      since = Date.now();
    } else if (Date.now() - since >= quietMs) return;
  }
}

function summarise(requests) {
  const byKind = { html: 0, css: 0, js: 0, font: 0, image: 0, data: 0 };
  for (const r of requests) byKind[r.kind] += r.bytes;
  return {
    total: requests.reduce((sum, r) => sum + r.bytes, 0),
    requests: requests.length,
    byKind,
    files: requests.map((r) => `${r.status} ${r.path} ${r.bytes}`),
  };
}

/** Cold and warm bytes of `lesson` on `site`, in Chromium. */
async function coldWarm(browser, site, lesson, other) {
  const http = await staticServer(site);
  try {
    const load = async (page, path) => {
      await page.goto(`${http.url}/${path}/`, { waitUntil: 'load' });
      await networkQuiet(http);
    };
    // The page's own bytes: the service worker's background download of the whole course (src/offline/,
    // after load and idle) is measured apart, as the precache row of `npm run size`.
    const coldContext = await browser.newContext({
      viewport: VIEWPORT,
      isMobile: true,
      hasTouch: true,
      serviceWorkers: 'block',
    });
    http.take();
    await load(await coldContext.newPage(), lesson);
    const cold = summarise(http.take());
    await coldContext.close();

    const warmContext = await browser.newContext({
      viewport: VIEWPORT,
      isMobile: true,
      hasTouch: true,
      serviceWorkers: 'block',
    });
    const page = await warmContext.newPage();
    await load(page, other);
    http.take();
    await load(page, lesson);
    const warm = summarise(http.take());
    await warmContext.close();
    return { cold, warm };
  } finally {
    http.server.close();
  }
}

// ---------------------------------------------------------------- astro preview (blocking work)
function freePort() {
  return new Promise((done, fail) => {
    const s = createNetServer();
    s.once('error', fail);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => done(port));
    });
  });
}

async function startPreview(site) {
  const port = await freePort();
  const child = spawn(
    process.execPath,
    [
      join(root, 'node_modules/astro/astro.js'),
      'preview',
      '--host',
      '127.0.0.1',
      '--port',
      String(port),
      '--outDir',
      site,
    ],
    { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`astro preview exited (${child.exitCode}):\n${output}`);
    try {
      if ((await fetch(`${url}/`)).ok) return { url, stop: () => child.kill('SIGTERM') };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  child.kill('SIGTERM');
  throw new Error(`astro preview did not answer on ${url} within 60 s:\n${output}`);
}

/** Long tasks and scripting time of one lesson load at 4× CPU, with `stored` (key → value) in localStorage. */
async function blockingOnce(browser, url, stored) {
  const context = await browser.newContext({ viewport: VIEWPORT, isMobile: true, hasTouch: true });
  try {
    const setup = await context.newPage();
    // The 404 page runs no script, so nothing reads the storage before the lesson does.
    await setup.goto(`${url}/bench-pages-setup-not-a-page/`);
    if (stored !== null) {
      await setup.evaluate((entries) => {
        for (const [k, v] of Object.entries(entries)) localStorage.setItem(k, v);
      }, stored);
      const back = await setup.evaluate(
        (keys) => keys.reduce((sum, k) => sum + (localStorage.getItem(k)?.length ?? 0), 0),
        Object.keys(stored),
      );
      const length = Object.values(stored).reduce((sum, v) => sum + v.length, 0);
      if (back !== length) throw new Error('the heavy-year document did not fit in localStorage');
    }
    await setup.close();
    const page = await context.newPage();
    await page.addInitScript(() => {
      window.__longTasks = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) window.__longTasks.push({ start: e.startTime, duration: e.duration });
      }).observe({ type: 'longtask', buffered: true });
    });
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await page.goto(`${url}/${LESSON}/`, { waitUntil: 'load' });
    let ready = true;
    try {
      await page.waitForSelector('.done-control[data-ready="true"]', { timeout: 30_000 });
    } catch {
      ready = false;
    }
    await page.waitForTimeout(1000);
    const tasks = await page.evaluate(() => window.__longTasks);
    const { metrics } = await cdp.send('Performance.getMetrics');
    const metric = (name) => (metrics.find((m) => m.name === name)?.value ?? 0) * 1000;
    return {
      ready,
      blockingMs: tasks.reduce((sum, t) => sum + Math.max(0, t.duration - 50), 0),
      longestTaskMs: Math.max(0, ...tasks.map((t) => t.duration)),
      longTasks: tasks.length,
      scriptingMs: metric('ScriptDuration'),
    };
  } finally {
    await context.close();
  }
}

async function blockingWork(browser, stored) {
  const preview = await startPreview(dist);
  try {
    const heavy = [];
    const empty = [];
    for (let i = 0; i < RUNS; i++) {
      heavy.push(await blockingOnce(browser, preview.url, stored));
      empty.push(await blockingOnce(browser, preview.url, null));
    }
    const pick = (list) => ({
      blockingMs: median(list.map((r) => r.blockingMs)),
      blockingRange: [Math.min(...list.map((r) => r.blockingMs)), Math.max(...list.map((r) => r.blockingMs))],
      longestTaskMs: median(list.map((r) => r.longestTaskMs)),
      scriptingMs: median(list.map((r) => r.scriptingMs)),
      ready: list.every((r) => r.ready),
      runs: list,
    });
    return { heavy: pick(heavy), empty: pick(empty) };
  } finally {
    preview.stop();
  }
}

// ---------------------------------------------------------------- progress store (Node)
function storeFigures() {
  run(
    process.execPath,
    [
      join(root, 'node_modules/vitest/vitest.mjs'),
      'run',
      '--config',
      'vitest.bench.config.ts',
      'bench/pages-store.bench-run.ts',
    ],
    { cwd: root, env: { ...process.env, BENCH_OUT: outDir } },
  );
  return {
    ...JSON.parse(readFileSync(join(outDir, 'store.json'), 'utf8')),
    stored: JSON.parse(readFileSync(join(outDir, 'heavy-year.json'), 'utf8')),
  };
}

// ---------------------------------------------------------------- search at 1,000 lessons
async function firstSearch() {
  const lib = compileSearchModules(join(root, 'node_modules/.cache/bench-pages'));
  const { buildSearchIndex } = await import(pathToFileURL(join(lib, 'build/build-index.js')).href);
  const real = await builtCourseIndex(dist, lib);
  const file = buildSearchIndex(syntheticLessons(real, 1000), real.modules).file;
  // The worst known-answer query as the first search: manifest + its shards + its lesson files.
  const recall = JSON.parse(readFileSync(join(root, 'tests/fixtures/search/recall-queries.json'), 'utf8')).queries;
  const index = await firstSearchBytes(
    lib,
    file,
    recall.map((r) => r.q),
  );
  const js = firstOpenJs(dist);
  const jsGzip = js.reduce((sum, f) => sum + f.gzip, 0);
  return {
    lessons: 1000,
    indexGzip: index.max,
    indexMedian: index.median,
    worst: index.worst.q,
    jsGzip,
    total: index.max + jsGzip,
    js,
  };
}

// ---------------------------------------------------------------- Starlight peer
/** The same lessons as a Starlight site in `starlightDir`; returns its dist folder. */
function buildStarlight() {
  const installed = join(starlightDir, 'node_modules/@astrojs/starlight/package.json');
  const version = existsSync(installed) ? JSON.parse(readFileSync(installed, 'utf8')).version : undefined;
  mkdirSync(starlightDir, { recursive: true });
  const manifest = {
    name: 'starlight-peer',
    private: true,
    type: 'module',
    dependencies: { '@astrojs/starlight': STARLIGHT, astro: ASTRO },
  };
  if (version !== STARLIGHT) {
    log(`Installing @astrojs/starlight ${STARLIGHT} and astro ${ASTRO} into ${starlightDir} …`);
    writeFileSync(join(starlightDir, 'package.json'), JSON.stringify(manifest, null, 2));
    run('npm', ['install', '--no-audit', '--no-fund'], { cwd: starlightDir });
  }
  const modules = parseYaml(readFileSync(join(root, 'content/modules.yaml'), 'utf8')).sort((a, b) => a.order - b.order);
  writeFileSync(
    join(starlightDir, 'astro.config.mjs'),
    `import starlight from '@astrojs/starlight';
import { defineConfig } from 'astro/config';
export default defineConfig({
  integrations: [
    starlight({
      title: '績效教練',
      defaultLocale: 'root',
      locales: { root: { label: '繁體中文', lang: 'zh-TW' } },
      sidebar: ${JSON.stringify(modules.map((m) => ({ label: m.title, autogenerate: { directory: `lessons/${m.id}` } })))},
    }),
  ],
});
`,
  );
  mkdirSync(join(starlightDir, 'src'), { recursive: true });
  writeFileSync(
    join(starlightDir, 'src/content.config.ts'),
    `import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';
export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };
`,
  );
  // The same favicon as ours, so neither page pays for a 404 body in its image bytes.
  mkdirSync(join(starlightDir, 'public'), { recursive: true });
  cpSync(join(root, 'public/favicon.svg'), join(starlightDir, 'public/favicon.svg'));
  const docs = join(starlightDir, 'src/content/docs');
  rmSync(docs, { recursive: true, force: true });
  let count = 0;
  for (const m of modules) {
    const from = join(root, 'content/lessons', m.id);
    mkdirSync(join(docs, 'lessons', m.id), { recursive: true });
    // Images the lessons link to (./images/…) go along, as Astro optimises them on both sites.
    if (existsSync(join(from, 'images')))
      cpSync(join(from, 'images'), join(docs, 'lessons', m.id, 'images'), { recursive: true });
    for (const name of readdirSync(from).filter((f) => f.endsWith('.mdx'))) {
      const source = readFileSync(join(from, name), 'utf8');
      const match = source.match(/^---\n([\s\S]*?)\n---\n([\s\S]*)$/);
      if (!match) throw new Error(`no front matter in ${m.id}/${name}`);
      const meta = parseYaml(match[1]);
      // Our Callout and Case boxes become Starlight's Aside; the text is the same.
      const body = match[2]
        .replace(/<Callout type="warning"/g, '<Aside type="caution"')
        .replace(/<Callout\b/g, '<Aside')
        .replace(/<\/Callout>/g, '</Aside>')
        .replace(/<Case\b/g, '<Aside type="note"')
        .replace(/<\/Case>/g, '</Aside>');
      const front = JSON.stringify({ title: meta.title, description: meta.summary, sidebar: { order: meta.order } });
      writeFileSync(
        join(docs, 'lessons', m.id, name),
        `---\n${front}\n---\nimport { Aside } from '@astrojs/starlight/components';\n\n${body}`,
      );
      count++;
    }
  }
  writeFileSync(
    join(docs, 'index.mdx'),
    `---\ntitle: 績效教練\ndescription: 客戶經理的線上課程\n---\n\n${modules.map((m) => `- [${m.title}](/lessons/${m.id}/)`).join('\n')}\n`,
  );
  log(`Building the Starlight peer (${count} lessons) …`);
  run(process.execPath, [join(starlightDir, 'node_modules/astro/astro.js'), 'build'], { cwd: starlightDir });
  return { site: join(starlightDir, 'dist'), lessons: count };
}

// ---------------------------------------------------------------- Lighthouse (--lighthouse)
/** Lighthouse mobile (default simulated throttling) on each page, served by the bench's static server. */
async function lighthouse() {
  const installed = join(lighthouseDir, 'node_modules/lighthouse/package.json');
  const version = existsSync(installed) ? JSON.parse(readFileSync(installed, 'utf8')).version : undefined;
  if (version !== LIGHTHOUSE) {
    log(`Installing lighthouse ${LIGHTHOUSE} into ${lighthouseDir} …`);
    mkdirSync(lighthouseDir, { recursive: true });
    writeFileSync(
      join(lighthouseDir, 'package.json'),
      JSON.stringify({ name: 'lighthouse-runner', private: true, dependencies: { lighthouse: LIGHTHOUSE } }, null, 2),
    );
    run('npm', ['install', '--no-audit', '--no-fund'], { cwd: lighthouseDir });
  }
  const http = await staticServer(dist);
  try {
    const results = [];
    for (const path of LIGHTHOUSE_PAGES) {
      const report = join(outDir, `lighthouse-${path.replace(/\W+/g, '-') || 'home'}.json`);
      const audit = () =>
        runAsync(
          process.execPath,
          [
            join(lighthouseDir, 'node_modules/lighthouse/cli/index.js'),
            `${http.url}/${path}${path ? '/' : ''}`,
            '--only-categories=performance',
            '--output=json',
            `--output-path=${report}`,
            '--chrome-flags=--headless=new --no-sandbox --disable-gpu',
            '--quiet',
          ],
          { cwd: root, env: { ...process.env, CHROME_PATH: chromiumLaunch.executablePath }, timeout: 180_000 },
        );
      try {
        await audit();
      } catch (error) {
        // One retry: on a loaded machine Chromium sometimes closes the tab under Lighthouse.
        log(`Lighthouse failed on /${path}, once more: ${String(error.message).split('\n').at(-1)}`);
        await audit();
      }
      const lhr = JSON.parse(readFileSync(report, 'utf8'));
      results.push({
        page: `/${path}${path ? '/' : ''}`,
        score: Math.round((lhr.categories.performance.score ?? 0) * 100),
        cls: lhr.audits['cumulative-layout-shift'].numericValue,
        tbtMs: lhr.audits['total-blocking-time'].numericValue,
        lcpMs: lhr.audits['largest-contentful-paint'].numericValue,
      });
    }
    // Offline (issue 14): the installability audit on home (Lighthouse 12 has none of its own:
    // scripts/lighthouse/installable.config.mjs asks Chromium, as Lighthouse ≤ 11 did).
    const installReport = join(outDir, 'lighthouse-installable.json');
    await runAsync(
      process.execPath,
      [
        join(lighthouseDir, 'node_modules/lighthouse/cli/index.js'),
        `${http.url}/`,
        `--config-path=${join(root, 'scripts/lighthouse/installable.config.mjs')}`,
        '--output=json',
        `--output-path=${installReport}`,
        '--chrome-flags=--headless=new --no-sandbox --disable-gpu',
        '--quiet',
      ],
      { cwd: root, env: { ...process.env, CHROME_PATH: chromiumLaunch.executablePath }, timeout: 180_000 },
    );
    const installable = JSON.parse(readFileSync(installReport, 'utf8')).audits['installable-manifest'];
    results.installable = {
      pass: installable.score === 1,
      detail: installable.displayValue ?? installable.errorMessage,
    };
    return results;
  } finally {
    http.server.close();
  }
}

// ---------------------------------------------------------------- main
async function main() {
  if (!existsSync(join(dist, 'index.html')) || !existsSync(join(dist, LESSON, 'index.html'))) {
    throw new Error(`No built site in ${dist}: run \`npx astro build\` first.`);
  }
  mkdirSync(outDir, { recursive: true });
  const notes = [];

  // Lesson pages, and which is the plain one.
  const lessons = readdirSync(join(dist, 'lessons')).flatMap((m) =>
    readdirSync(join(dist, 'lessons', m))
      .filter((s) => existsSync(join(dist, 'lessons', m, s, 'index.html')))
      .map((s) => `lessons/${m}/${s}/index.html`),
  );
  const withoutQuiz = lessons.find((f) => !pageJs(dist, f).islands.includes('QuizIsland'));
  const plainFile = withoutQuiz ?? `${LESSON}/index.html`;
  const plain = pageJs(dist, plainFile, { without: withoutQuiz ? [] : ['QuizIsland'] });
  const plainHow = withoutQuiz
    ? `${plainFile.replace(/index\.html$/, '')} (a lesson without a quiz)`
    : `/${LESSON}/ without the QuizIsland island's chunks (every lesson has a quiz)`;
  const quizLesson = pageJs(dist, `${LESSON}/index.html`);
  const htmlGzip = (file) => gz(readFileSync(join(dist, file)));

  log('Measuring the progress store in Node …');
  const store = storeFigures();
  log('Indexing the 1,000-lesson course …');
  const search = await firstSearch();

  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch(chromiumLaunch);
  let ours;
  // A site built without the service worker has no precache to report.
  const precache = existsSync(join(dist, 'sw.js')) ? precacheSize(dist) : undefined;
  let starlight;
  let blocking;
  try {
    log('Loading our lesson cold and warm in Chromium …');
    ours = await coldWarm(browser, dist, LESSON, OTHER_LESSON);
    log(`Measuring blocking work at 4× CPU (${RUNS} runs each, heavy year and empty storage) …`);
    blocking = await blockingWork(browser, store.stored);
    if (!blocking.heavy.ready)
      notes.push('The done control did not report ready in every heavy-year run (30 s limit).');
    if (args.includes('--no-starlight')) {
      starlight = { error: 'skipped with --no-starlight' };
    } else {
      try {
        const peer = buildStarlight();
        log('Loading the Starlight lesson cold and warm …');
        starlight = { ...(await coldWarm(browser, peer.site, LESSON, OTHER_LESSON)), lessons: peer.lessons };
      } catch (error) {
        const lines = String(error.message ?? error).split('\n');
        const cause = lines.find((l) => /error|could not|cannot/i.test(l) && !/ failed \(exit/.test(l));
        starlight = { error: cause ? `${lines[0]} ${cause.trim()}` : lines[0] };
        log(String(error.stack ?? error));
      }
    }
  } finally {
    await browser.close();
  }
  let lh;
  if (args.includes('--lighthouse')) {
    log('Running Lighthouse …');
    try {
      lh = await lighthouse();
    } catch (error) {
      const lines = String(error.message ?? error)
        .split('\n')
        .filter((l) => l.trim());
      lh = { error: lines.find((l) => /Reason|Error:/.test(l)) ?? lines.at(-1) ?? 'Lighthouse failed' };
      log(String(error.stack ?? error));
    }
  }

  // ---- the table
  const rows = [];
  const row = (figure, today, goal, checks) => {
    const measured = checks.filter((c) => c !== undefined);
    const failed = measured.some((c) => !c);
    let result = failed ? 'fail' : 'pass';
    if (!failed && measured.length < checks.length) result = `— (${NOT_MEASURED} part)`;
    rows.push({ figure, today, goal, result });
  };
  row(`plain lesson page, JS gzip before interaction — ${plainHow}`, kb(plain.gzip), '≤ 3 KB', [plain.gzip <= 3000]);
  const peerMeasured = !starlight.error;
  row(
    'lesson page cold / warm, all bytes gzip',
    `${kb(ours.cold.total)} / ${kb(ours.warm.total)}`,
    '≤ 20 / ≤ 10 KB, below Starlight in the same run',
    [
      ours.cold.total <= 20_000,
      ours.warm.total <= 10_000,
      peerMeasured ? ours.cold.total < starlight.cold.total : undefined,
      peerMeasured ? ours.warm.total < starlight.warm.total : undefined,
    ],
  );
  rows.push({
    figure: `Starlight ${STARLIGHT} lesson cold / warm, same lessons, same run`,
    today: peerMeasured
      ? `${kb(starlight.cold.total)} / ${kb(starlight.warm.total)}`
      : `${NOT_MEASURED} (${starlight.error})`,
    goal: '(the peer)',
    result: '—',
  });
  const quizTotal = quizLesson.gzip + quizLesson.visibleGzip;
  row(`lesson with its quiz (/${LESSON}/), total JS gzip`, kb(quizTotal), '≤ 14 KB', [quizTotal <= 14_000]);
  const review = htmlGzip('review/index.html');
  row(
    '/review/ HTML gzip',
    kb(review),
    '≤ 15 KB (flat as quizzes are added: `npm run size` checks it holds no question text)',
    [review <= 15_000],
  );
  const assessment = htmlGzip('assessment/index.html');
  const home = htmlGzip('index.html');
  row('/assessment/ and home HTML gzip', `${kb(assessment)} / ${kb(home)}`, '≤ 15 / ≤ 12 KB', [
    assessment <= 15_000,
    home <= 12_000,
  ]);
  row(
    `heavy year (${store.attempts} attempts): blocking work on a lesson page at 4× CPU (long tasks beyond 50 ms, median of ${RUNS})`,
    `${Math.round(blocking.heavy.blockingMs)} ms`,
    '≤ 50 ms',
    [blocking.heavy.ready && blocking.heavy.blockingMs <= 50],
  );
  row(
    `heavy year: /progress/ read + validate (Node bench, median of ${store.runs})`,
    `${store.readValidateMedianMs.toFixed(1)} ms`,
    '≤ 20 ms',
    [store.readValidateMedianMs <= 20],
  );
  row('marking one lesson done, bytes written, heavy year', kb(store.markDone.bytesWritten), '≤ 10 KB', [
    store.markDone.bytesWritten <= 10_000,
  ]);
  row(
    'first search at 1,000 lessons, bytes (index + JS fetched on first open)',
    kb(search.total),
    '≤ 300 KB (recall: `npm run bench:search`)',
    [search.total <= 300_000],
  );
  if (lh && !Array.isArray(lh)) {
    rows.push({
      figure: 'Lighthouse mobile: home, lesson, assessment, progress, review',
      today: `${NOT_MEASURED} (${lh.error})`,
      goal: '≥ 98 each, CLS 0',
      result: '—',
    });
  } else if (lh) {
    row(
      'Lighthouse mobile (12.8.2, one run each): home, lesson, assessment, progress, review',
      lh.map((r) => `${r.page} ${r.score}, CLS ${r.cls.toFixed(3)}`).join('; '),
      '≥ 98 each, CLS 0',
      lh.map((r) => r.score >= 98 && r.cls === 0),
    );
    row(
      'Lighthouse installability (home: web manifest, icons, service worker; Chromium Page.getInstallabilityErrors)',
      lh.installable.pass ? `passes (${lh.installable.detail})` : `fails: ${lh.installable.detail}`,
      'passes',
      [lh.installable.pass],
    );
  } else {
    rows.push({
      figure: 'Lighthouse mobile: home, lesson, assessment, progress, review',
      today: `${NOT_MEASURED} (run with --lighthouse)`,
      goal: '≥ 98 each, CLS 0',
      result: '—',
    });
  }

  const cell = (s) => String(s).replace(/\|/g, '\\|');
  const lines = [
    `## Page goals (built site: ${dist}; Node ${process.version}; ${new Date().toISOString()})`,
    '',
    '| figure | today | goal | result |',
    '|---|---|---|---|',
    ...rows.map((r) => `| ${cell(r.figure)} | ${cell(r.today)} | ${cell(r.goal)} | ${r.result} |`),
    '',
    '### Detail',
    `- Plain lesson JS: ${plain.files.length} files + inline island scripts (${plain.inlineGzip} B); islands ${plain.islands.join(', ')}${plain.left.length ? `; left out: ${plain.left.join(', ')}` : ''}.`,
    `- Lesson with its quiz: ${quizLesson.gzip} B up front + ${quizLesson.visibleGzip} B on scroll; lazy on demand: ${quizLesson.lazy.map((l) => `${l.file} ${l.gzip} B`).join(', ') || 'none'}.`,
    `- Ours, cold: ${ours.cold.requests} responses, ${Object.entries(ours.cold.byKind)
      .map(([k, v]) => `${k} ${v}`)
      .join(', ')} B. Warm: ${ours.warm.requests} responses, ${Object.entries(ours.warm.byKind)
      .map(([k, v]) => `${k} ${v}`)
      .join(', ')} B.`,
    precache
      ? `- Offline (service worker blocked in the rows above): after load and idle, the first visit also downloads the whole course for offline use, ${precache.files} files, ${kb(precache.wire)} gzip (\`npm run size\` budgets it).`
      : '- Offline: no service worker in this build.',
    peerMeasured
      ? `- Starlight (${starlight.lessons} lessons), cold: ${starlight.cold.requests} responses, ${Object.entries(
          starlight.cold.byKind,
        )
          .map(([k, v]) => `${k} ${v}`)
          .join(', ')} B. Warm: ${starlight.warm.requests} responses, ${Object.entries(starlight.warm.byKind)
          .map(([k, v]) => `${k} ${v}`)
          .join(', ')} B.`
      : `- Starlight: ${NOT_MEASURED}: ${starlight.error}.`,
    `- Blocking work at 4× CPU, heavy year: ${Math.round(blocking.heavy.blockingMs)} ms (runs ${blocking.heavy.blockingRange.map(Math.round).join('–')} ms), longest task ${Math.round(blocking.heavy.longestTaskMs)} ms, scripting ${Math.round(blocking.heavy.scriptingMs)} ms. Empty storage: ${Math.round(blocking.empty.blockingMs)} ms, longest task ${Math.round(blocking.empty.longestTaskMs)} ms, scripting ${Math.round(blocking.empty.scriptingMs)} ms.`,
    `- Heavy year: ${store.storedBytes} B stored in ${store.keys.length} keys (${store.legacyBytes} B in the single key of earlier versions, read + validate ${store.legacyReadValidateMedianMs.toFixed(1)} ms; the move wrote ${store.migrationBytesWritten} B once); a lesson page reads meta + lessons + review in ${store.lessonPageReadMedianMs.toFixed(2)} ms; marking one lesson done wrote ${store.markDone.writes.map((w) => `${w.key} ${w.bytes} B`).join(', ')}.`,
    `- First search at 1,000 lessons: index files ${search.indexGzip} B for the worst known-answer query (${search.worst}; median ${search.indexMedian} B) + JS and strings ${search.jsGzip} B (${search.js.map((f) => `${f.name} ${f.gzip}`).join(', ')}).`,
    ...notes.map((n) => `- ${n}`),
    '',
    'Model: KB = 1,000 B, gzip level 9. Cold = empty cache, every response until the network is quiet for 2 s. Warm = after one other lesson in the same profile: hashed /_astro/ (and /pagefind/) files are cached as immutable, HTML is sent again, other files answer 304.',
  ];
  console.log(lines.join('\n'));
  const { stored: _stored, ...storeJson } = store;
  writeFileSync(
    join(outDir, 'pages.json'),
    JSON.stringify(
      {
        at: new Date().toISOString(),
        dist,
        node: process.version,
        rows,
        plain: { how: plainHow, gzip: plain.gzip, files: plain.files.map((f) => f.slice(dist.length)) },
        quizLesson: { gzip: quizLesson.gzip, visibleGzip: quizLesson.visibleGzip, lazy: quizLesson.lazy },
        html: { review, assessment, home },
        ours,
        starlight,
        blocking,
        store: storeJson,
        search,
        lighthouse: lh,
      },
      null,
      2,
    ),
  );
  log(`JSON: ${join(outDir, 'pages.json')}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
