// Runs a TypeScript command-line module from src/ on Node 20, which cannot run .ts:
// the entry and every relative .ts file it imports are transpiled with TypeScript (already
// a devDependency) into node_modules/.cache/run-ts/, then imported with the remaining arguments.
// Usage: node scripts/run-ts.mjs src/authoring/build/gift/cli.ts [args…]
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import ts from 'typescript';

const root = fileURLToPath(new URL('..', import.meta.url));
const cache = join(root, 'node_modules/.cache/run-ts');
const [entry, ...args] = process.argv.slice(2);
if (!entry) {
  console.error('用法：node scripts/run-ts.mjs <src 裡的 .ts 檔> [參數…]');
  process.exit(2);
}

const relativeImport = /(?:from\s*|import\s*\(?\s*)['"](\.{1,2}\/[^'"]+\.ts)['"]/g;
const done = new Set();
function transpile(file) {
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
  for (const m of source.matchAll(relativeImport)) transpile(resolve(dirname(file), m[1]));
}

const entryFile = resolve(root, entry);
transpile(entryFile);
process.argv = [process.argv[0], entryFile, ...args];
const mod = await import(pathToFileURL(join(cache, relative(root, entryFile)).replace(/\.ts$/, '.js')).href);
if (typeof mod.main === 'function') process.exitCode = await mod.main(args);
