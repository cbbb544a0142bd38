// The search bench's shared parts: src/search compiled for Node, the synthetic course of
// N lessons made from the real lessons' sections, and the JS the header's search fetches
// on first open. Used by scripts/bench-search.mjs and scripts/bench-pages.mjs.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import ts from 'typescript';
import { gz } from './page-js.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** Deterministic PRNG (mulberry32), so every run benchmarks the same corpus and queries. */
export function random(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// src/search/model/*.ts and src/search/build/*.ts (the engine and the index builder, with
// everything they import from each other) transpiled with TypeScript into `cache`/lib,
// since Node 20 cannot run .ts. The folder layout is kept, so relative imports between
// the two folders still resolve.
export const SEARCH_NODE_FOLDERS = ['model', 'build'];
export function compileSearchModules(cache) {
  const lib = join(cache, 'lib');
  rmSync(lib, { recursive: true, force: true });
  for (const folder of SEARCH_NODE_FOLDERS) {
    const from = join(root, 'src/search', folder);
    mkdirSync(join(lib, folder), { recursive: true });
    for (const name of readdirSync(from).filter((f) => f.endsWith('.ts'))) {
      const source = readFileSync(join(from, name), 'utf8');
      const { outputText } = ts.transpileModule(source, {
        compilerOptions: {
          module: ts.ModuleKind.ESNext,
          target: ts.ScriptTarget.ES2022,
          verbatimModuleSyntax: true,
          rewriteRelativeImportExtensions: true,
        },
      });
      writeFileSync(join(lib, folder, name.replace(/\.ts$/, '.js')), outputText);
    }
  }
  return lib;
}

/**
 * What the header's search fetches when it is first opened on a lesson page, before the
 * first query: the chunks the launcher script imports with import() (followed through
 * their static imports and any further import(), such as the engine chunk), minus what
 * the page had loaded already, plus the dialog's strings file.
 */
export function firstOpenJs(site) {
  const html = readFileSync(join(site, 'lessons/practice/sales-plan/index.html'), 'utf8');
  const staticImport = /(?:import|export)\s*(?:[\w$*{}\s,]*?from\s*)?["']([^"']+\.js)["']/g;
  const dynamicImport = /import\(\s*["']([^"']+\.js)["']\s*\)/g;
  const toFile = (url, from) => (url.startsWith('/') ? join(site, url) : resolve(dirname(from), url));
  const closure = (entries, skip = new Set()) => {
    const seen = new Set();
    const stack = [...entries];
    while (stack.length) {
      const file = stack.pop();
      if (seen.has(file) || skip.has(file) || !existsSync(file)) continue;
      seen.add(file);
      for (const m of readFileSync(file, 'utf8').matchAll(staticImport)) stack.push(toFile(m[1], file));
    }
    return seen;
  };
  const entries = [
    ...[...html.matchAll(/(?:component-url|renderer-url)="([^"]+)"/g)].map((m) => join(site, m[1])),
    ...[...html.matchAll(/<script[^>]*\bsrc="([^"]+)"/g)].map((m) => join(site, m[1])),
  ];
  const loaded = closure(entries);
  const launcher = [...loaded].find((f) => readFileSync(f, 'utf8').includes('data-search-launch'));
  if (!launcher) throw new Error('no search launcher script (ui/launcher.ts) on the lesson page');
  const lazyOf = (files) =>
    [...files].flatMap((f) => [...readFileSync(f, 'utf8').matchAll(dynamicImport)].map((m) => toFile(m[1], f)));
  // The page shell's script holds the launcher and other parts' lazy imports (store, notice, quiz):
  // only the dialog's chunk is what opening search fetches.
  // What the page has loaded already is neither counted nor followed.
  let fetched = closure(
    lazyOf([launcher]).filter((f) => /\/mount-dialog\.[^/]+\.js$/.test(f)),
    loaded,
  );
  if (fetched.size === 0) throw new Error('the search launcher names no mount-dialog chunk');
  for (;;) {
    const more = lazyOf(fetched).filter((f) => !loaded.has(f) && !fetched.has(f));
    if (!more.length) break;
    fetched = new Set([...fetched, ...closure(more, loaded)]);
  }
  const files = [...fetched].filter((f) => !loaded.has(f));
  const strings = join(site, 'search/strings.json');
  if (!existsSync(strings)) throw new Error('no search/strings.json in the built site');
  return [...files, strings].map((f) => ({
    name: f.slice(f.lastIndexOf('/') + 1),
    raw: statSync(f).size,
    gzip: gz(readFileSync(f)),
  }));
}

/**
 * The index bytes (gzip) of a first search for each query, on a page that has fetched
 * nothing yet: the manifest, the shards the query needs and the lesson files it reads
 * (for the phrase bonus and the `limit` results shown). `lib` is `compileSearchModules`'s
 * output; the index is split as the site splits it.
 */
export async function firstSearchBytes(lib, file, queries, limit = 8) {
  const { memoryIndex } = await import(pathToFileURL(join(lib, 'model/memory-loader.js')).href);
  const { createSearchEngine } = await import(pathToFileURL(join(lib, 'model/engine.js')).href);
  const { indexFiles } = await import(pathToFileURL(join(lib, 'build/index-files.js')).href);
  const manifestGzip = gz(Buffer.from(indexFiles(file).manifestText));
  const sizes = new Map();
  const rows = [];
  let seen = () => {};
  // Split once; each query gets a fresh engine, so nothing an earlier query fetched counts as cached.
  const { manifest, loader } = memoryIndex(file, { onFetch: (f) => seen(f) });
  for (const q of queries) {
    let bytes = manifestGzip;
    const counts = { shards: 0, docs: 0 };
    seen = ({ kind, n, text }) => {
      const key = `${kind}${n}`;
      if (!sizes.has(key)) sizes.set(key, gz(Buffer.from(text)));
      bytes += sizes.get(key);
      counts[kind === 'shard' ? 'shards' : 'docs']++;
    };
    await createSearchEngine(manifest, loader).search(q, limit);
    rows.push({ q, bytes, ...counts });
  }
  const sorted = rows.map((r) => r.bytes).sort((a, b) => a - b);
  return {
    manifestGzip,
    rows,
    median: sorted[Math.floor((sorted.length - 1) / 2)],
    max: sorted[sorted.length - 1],
    worst: rows.reduce((a, b) => (b.bytes > a.bytes ? b : a)),
  };
}

/**
 * The whole index of a built site's course (`SearchIndexFile`), rebuilt from the lesson
 * files it serves: the same lessons through the same builder give the same index.
 */
export async function builtCourseIndex(site, lib) {
  const manifest = JSON.parse(readFileSync(join(site, 'search-index.json'), 'utf8'));
  const { docPath } = await import(pathToFileURL(join(lib, 'model/shard.js')).href);
  const { buildSearchIndex } = await import(pathToFileURL(join(lib, 'build/build-index.js')).href);
  const docs = manifest.docs.map((hash, n) => JSON.parse(readFileSync(join(site, docPath(n, hash)), 'utf8')));
  const sources = docs.map((d) => ({
    id: d.id,
    href: d.href,
    title: d.title,
    module: manifest.modules[d.module].id,
    summary: d.summary,
    sections: d.sections.map(([anchor, heading, text]) => ({ anchor, heading, text })),
  }));
  return buildSearchIndex(sources, manifest.modules).file;
}

/** `count` lessons, each a real lesson's title and summary with five sections drawn from across the course. */
export function syntheticLessons(file, count) {
  const next = random(42);
  const pick = (list) => list[Math.floor(next() * list.length)];
  return Array.from({ length: count }, (_, i) => {
    const base = file.docs[i % file.docs.length];
    const sections = Array.from({ length: 5 }, () => {
      const [anchor, heading, text] = pick(pick(file.docs).sections);
      return { anchor, heading, text };
    });
    return {
      id: `synthetic/${i + 1}`,
      href: `/synthetic/${i + 1}/`,
      title: `${base.title}（${i + 1}）`,
      module: file.modules[base.module].id,
      summary: base.summary,
      sections,
    };
  });
}
