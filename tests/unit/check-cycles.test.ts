// scripts/check-cycles.mjs on small made-up projects: it must fail on a file cycle and on
// two feature folders that depend on each other through different layers, and pass a
// project whose imports run one way.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function project(files: Record<string, string>) {
  const root = mkdtempSync(join(tmpdir(), 'cycles-'));
  dirs.push(root);
  const all = { 'tsconfig.json': '{"compilerOptions":{"allowImportingTsExtensions":true,"noEmit":true}}', ...files };
  for (const [path, text] of Object.entries(all)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  const run = spawnSync(process.execPath, ['scripts/check-cycles.mjs', '--root', root], { encoding: 'utf8' });
  return { code: run.status, out: run.stdout + run.stderr };
}

describe('check-cycles', () => {
  it('fails on two files that import each other', () => {
    const { code, out } = project({
      'src/a/model/one.ts': "import { two } from './two.ts';\nexport const one = () => two;\n",
      'src/a/model/two.ts': "import { one } from './one.ts';\nexport const two = () => one;\n",
    });
    expect(code).toBe(1);
    expect(out).toContain('import cycle (files): src/a/model/one.ts → src/a/model/two.ts → src/a/model/one.ts');
  });

  it('fails on two feature folders in a circle, even through different layers', () => {
    const { code, out } = project({
      'src/quiz/model/score.ts': 'export const score = 1;\n',
      'src/quiz/ui/view.ts': "import { due } from '../../review/model/due.ts';\nexport const view = due;\n",
      'src/review/model/due.ts': "import { score } from '../../quiz/model/score.ts';\nexport const due = score;\n",
    });
    expect(code).toBe(1);
    expect(out).toContain('import cycle (feature folders): src/quiz/ ↔ src/review/');
    expect(out).toContain('src/quiz/ui/view.ts → src/review/model/due.ts');
  });

  it('passes imports that run one way', () => {
    const { code, out } = project({
      'src/question/model/score.ts': 'export const score = 1;\n',
      'src/quiz/ui/view.ts': "import { score } from '../../question/model/score.ts';\nexport const view = score;\n",
      'src/review/ui/view.ts': "import { score } from '../../question/model/score.ts';\nexport const view = score;\n",
    });
    expect(out).toContain('No import cycles');
    expect(code).toBe(0);
  });
});
