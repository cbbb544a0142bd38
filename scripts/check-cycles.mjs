// Import-cycle check, part of `npm run check`.
//
// dependency-cruiser reads every import under src/ (static, dynamic and `import type`) with
// the project's tsconfig. Two kinds of cycle fail the check:
// - file cycles: a file that, through its imports, comes back to itself (the rule
//   `no-file-cycle` in .dependency-cruiser.cjs);
// - feature cycles: two feature folders of src/ (quiz/, review/, progress/ …) that depend on
//   each other in a circle, whichever of their layers (model/, ui/ …) the imports start and
//   end in. dependency-cruiser only knows the deepest folder, so the feature graph is built
//   here from its module graph and searched with Tarjan's algorithm.
// Exit code 1 on any cycle, with the files that make it.
//
// Usage: node scripts/check-cycles.mjs [--root <dir>]   (another project root, for the tests)
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const at = process.argv.indexOf('--root');
const root = at === -1 ? fileURLToPath(new URL('..', import.meta.url)) : resolve(process.argv[at + 1]);
const config = fileURLToPath(new URL('../.dependency-cruiser.cjs', import.meta.url));
const bin = fileURLToPath(new URL('../node_modules/.bin/depcruise', import.meta.url));
const run = spawnSync(bin, ['src', '--config', config, '--output-type', 'json'], {
  cwd: root,
  encoding: 'utf8',
  maxBuffer: 64 * 1024 * 1024,
});
if (run.error) throw run.error;
if (!run.stdout) {
  console.error(run.stderr);
  process.exit(2);
}
const result = JSON.parse(run.stdout);

/** The feature a file belongs to: the first folder under src/, or the file itself at src/ top level. */
const featureOf = (path) => {
  const m = /^src\/([^/]+)\//.exec(path);
  return m ? m[1] : undefined;
};

let failed = false;

for (const v of result.summary.violations) {
  if (v.rule.name !== 'no-file-cycle') continue;
  failed = true;
  const cycle = (v.cycle ?? []).map((step) => (typeof step === 'string' ? step : step.name));
  console.error(`import cycle (files): ${[v.from, ...cycle].join(' → ')}`);
}

// The feature graph, with one example import per edge to show where it comes from.
const edges = new Map();
for (const mod of result.modules) {
  const from = featureOf(mod.source);
  if (!from) continue;
  for (const dep of mod.dependencies) {
    const to = featureOf(dep.resolved);
    if (!to || to === from) continue;
    if (!edges.has(from)) edges.set(from, new Map());
    const out = edges.get(from);
    if (!out.has(to)) out.set(to, `${mod.source} → ${dep.resolved}`);
  }
}

// Tarjan's strongly connected components.
const index = new Map();
const low = new Map();
const onStack = new Set();
const stack = [];
const components = [];
let counter = 0;
const nodes = new Set([...edges.keys(), ...[...edges.values()].flatMap((m) => [...m.keys()])]);
const visit = (v) => {
  index.set(v, counter);
  low.set(v, counter);
  counter++;
  stack.push(v);
  onStack.add(v);
  for (const w of edges.get(v)?.keys() ?? []) {
    if (!index.has(w)) {
      visit(w);
      low.set(v, Math.min(low.get(v), low.get(w)));
    } else if (onStack.has(w)) low.set(v, Math.min(low.get(v), index.get(w)));
  }
  if (low.get(v) === index.get(v)) {
    const component = [];
    let w;
    do {
      w = stack.pop();
      onStack.delete(w);
      component.push(w);
    } while (w !== v);
    if (component.length > 1) components.push(component.sort());
  }
};
for (const v of [...nodes].sort()) if (!index.has(v)) visit(v);

for (const component of components) {
  failed = true;
  console.error(`import cycle (feature folders): ${component.map((f) => `src/${f}/`).join(' ↔ ')}`);
  for (const from of component)
    for (const [to, example] of edges.get(from) ?? [])
      if (component.includes(to)) console.error(`  src/${from}/ → src/${to}/, e.g. ${example}`);
}

if (failed) {
  console.error(
    '\nMove what both sides need into a module of its own (a model/ both may import), or pass the value in.',
  );
  process.exit(1);
}
console.log(
  `No import cycles: ${result.summary.totalCruised} modules, ${result.summary.totalDependenciesCruised} imports, ${nodes.size} feature folders.`,
);
