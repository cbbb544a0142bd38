// The search bench's shared parts: src/search compiled for Node, the synthetic course of
// N lessons made from the real lessons' sections, and the JS the header's search fetches
// on first open. Used by scripts/bench-search.mjs and scripts/bench-pages.mjs.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
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
 * JavaScript the header's search fetches when it is first opened on a lesson page: the
 * chunks its island imports with import(), and everything they import that the page had
 * not loaded already.
 */
export function firstOpenJs(site) {
  const html = readFileSync(join(site, 'lessons/practice/sales-plan/index.html'), 'utf8');
  const staticImport = /(?:import|export)\s*(?:[\w$*{}\s,]*?from\s*)?["']([^"']+\.js)["']/g;
  const dynamicImport = /import\(\s*["']([^"']+\.js)["']\s*\)/g;
  const toFile = (url, from) => (url.startsWith('/') ? join(site, url) : resolve(dirname(from), url));
  const closure = (entries) => {
    const seen = new Set();
    const stack = [...entries];
    while (stack.length) {
      const file = stack.pop();
      if (seen.has(file) || !existsSync(file)) continue;
      seen.add(file);
      for (const m of readFileSync(file, 'utf8').matchAll(staticImport)) stack.push(toFile(m[1], file));
    }
    return seen;
  };
  const entries = [...html.matchAll(/(?:component-url|renderer-url)="([^"]+)"/g)].map((m) => join(site, m[1]));
  const loaded = closure(entries);
  const dialog = entries.find((f) => /\/SearchDialog\./.test(f));
  if (!dialog) throw new Error('no SearchDialog island on the lesson page');
  const lazy = [...closure([dialog])].flatMap((f) =>
    [...readFileSync(f, 'utf8').matchAll(dynamicImport)].map((m) => toFile(m[1], f)),
  );
  // The engine chunk is imported by client.*.js, itself imported lazily: follow one more level.
  const second = lazy.flatMap((f) => [...readFileSync(f, 'utf8').matchAll(dynamicImport)].map((m) => toFile(m[1], f)));
  const files = [...closure([...lazy, ...second])].filter((f) => !loaded.has(f));
  return files.map((f) => ({
    name: f.slice(f.lastIndexOf('/') + 1),
    raw: statSync(f).size,
    gzip: gz(readFileSync(f)),
  }));
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
