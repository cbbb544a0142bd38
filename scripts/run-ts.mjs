// Runs a TypeScript command-line module from src/ on Node 20, which cannot run .ts:
// the entry and every relative .ts file it imports are transpiled with TypeScript (already
// a devDependency) into node_modules/.cache/run-ts/, then imported with the remaining arguments.
// Usage: node scripts/run-ts.mjs src/authoring/build/gift/cli.ts [args…]
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { transpiled } from './lib/ts-cache.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));

const [entry, ...args] = process.argv.slice(2);
if (!entry) {
  console.error('用法：node scripts/run-ts.mjs <src 裡的 .ts 檔> [參數…]');
  process.exit(2);
}

const entryJs = transpiled(entry);
process.argv = [process.argv[0], resolve(root, entry), ...args];
const mod = await import(pathToFileURL(entryJs).href);
if (typeof mod.main === 'function') process.exitCode = await mod.main(args);
