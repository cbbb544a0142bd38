// The layer rules of eslint.config.js: each wrong-way import or global is reported in the
// layer it would break, and the right-way ones are not. Linted as text at a made-up path,
// so no file is written.
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });

async function messages(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.map((m) => `${m.ruleId}: ${m.message}`);
}

const layered = (rule: string) => (list: string[]) => list.some((m) => m.startsWith(rule));

describe('layer rules', () => {
  it.each([
    ['src/quiz/model/x.ts', "import { h } from 'preact';\nexport const x = h;\n", 'no-restricted-imports'],
    ['src/quiz/model/x.ts', "import { atom } from 'nanostores';\nexport const x = atom(1);\n", 'no-restricted-imports'],
    [
      'src/quiz/model/x.ts',
      "import { getCollection } from 'astro:content';\nexport const x = getCollection;\n",
      'no-restricted-imports',
    ],
    [
      'src/quiz/model/x.ts',
      "import { readFileSync } from 'node:fs';\nexport const x = readFileSync;\n",
      'no-restricted-imports',
    ],
    [
      'src/quiz/model/x.ts',
      "import { Quiz } from '../ui/Quiz.tsx';\nexport const x = Quiz;\n",
      'no-restricted-imports',
    ],
    ['src/quiz/model/x.ts', "import { $s } from '../store.ts';\nexport const x = $s;\n", 'no-restricted-imports'],
    [
      'src/quiz/model/x.ts',
      "import { get } from '../browser/fetch.ts';\nexport const x = get;\n",
      'no-restricted-imports',
    ],
    ['src/quiz/model/x.ts', 'export const x = () => window.localStorage.length;\n', 'no-restricted-globals'],
    ['src/quiz/model/x.ts', "export const x = () => fetch('/a.json');\n", 'no-restricted-globals'],
    [
      'src/progress/store.ts',
      "import { useState } from 'preact/hooks';\nexport const x = useState;\n",
      'no-restricted-imports',
    ],
    [
      'src/progress/browser/x.ts',
      "import { Dash } from '../ui/Dash.tsx';\nexport const x = Dash;\n",
      'no-restricted-imports',
    ],
    [
      'src/quiz/ui/X.tsx',
      "import { load } from '../build/load.ts';\nexport const x = load;\n",
      'no-restricted-imports',
    ],
    ['src/quiz/ui/X.tsx', "import { t } from '../../i18n/index.ts';\nexport const x = t;\n", 'no-restricted-imports'],
    ['src/quiz/helpers.ts', 'export const x = 1;\n', 'no-restricted-syntax'],
    ['src/quiz/model/View.tsx', 'export const x = 1;\n', 'no-restricted-syntax'],
  ])('%s: %s is reported', async (path, code, rule) => {
    expect(layered(rule)(await messages(path, code))).toBe(true);
  });

  it.each([
    [
      'src/quiz/model/x.ts',
      "import { scoreQuiz } from '../../question/model/scoring.ts';\nexport const x = scoreQuiz;\n",
    ],
    ['src/quiz/store.ts', "import { atom } from 'nanostores';\nexport const $x = atom(1);\n"],
    [
      'src/quiz/ui/X.tsx',
      "import { useState } from 'preact/hooks';\nimport { $x } from '../store.ts';\nexport const x = [useState, $x];\n",
    ],
    ['src/quiz/ui/X.tsx', "import { format } from '../../i18n/format.ts';\nexport const x = format;\n"],
    ['src/quiz/build/load.ts', "import { getCollection } from 'astro:content';\nexport const x = getCollection;\n"],
    ['src/quiz/browser/x.ts', "export const x = () => fetch('/a.json');\n"],
  ])('%s: allowed', async (path, code) => {
    expect(await messages(path, code)).toEqual([]);
  });
});
