// Transpiles a TypeScript module and every relative .ts file it imports into node_modules/.cache/run-ts/, so that
// plain Node 20 (which cannot run .ts) can import it: used by scripts/run-ts.mjs, and by benchmarks that start
// worker threads on the site's own modules. Returns the path of the entry's .js.
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const root = fileURLToPath(new URL('../..', import.meta.url));
const cache = join(root, 'node_modules/.cache/run-ts');
const relativeImport = /(?:from\s*|import\s*\(?\s*)['"](\.{1,2}\/[^'"]+\.ts)['"]/g;

/** @param {string} file @param {Set<string>} done */
function transpile(file, done) {
  if (done.has(file)) return;
  done.add(file);
  const source = readFileSync(file, 'utf8');
  const out = join(cache, relative(root, file)).replace(/\.ts$/, '.js');
  if (!existsSync(out) || statSync(out).mtimeMs < statSync(file).mtimeMs) {
    const { outputText } = ts.transpileModule(source, {
      fileName: file,
      compilerOptions: {
        module: ts.ModuleKind.ESNext,
        target: ts.ScriptTarget.ES2022,
        rewriteRelativeImportExtensions: true,
        sourceMap: false,
      },
    });
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, outputText);
  }
  for (const m of source.matchAll(relativeImport)) transpile(resolve(dirname(file), m[1]), done);
}

/**
 * The runnable .js of `entry` (a path from the repository's root, or absolute).
 * @param {string} entry
 */
export function transpiled(entry) {
  const file = resolve(root, entry);
  transpile(file, new Set());
  return join(cache, relative(root, file)).replace(/\.ts$/, '.js');
}
