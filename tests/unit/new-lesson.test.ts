import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createLesson } from '../../src/authoring/build/new-lesson/cli.ts';
import {
  nextOrder,
  slugFromTitle,
  slugProblem,
  suggestSlug,
  TODO,
} from '../../src/authoring/model/new-lesson/scaffold.ts';
import { readContentFiles } from '../../src/content-model/build/load.ts';
import { formatProblem } from '../../src/content-model/model/problems.ts';
import { validateContent } from '../../src/content-model/model/validate.ts';

describe('new lesson skeleton helpers', () => {
  it.each<[number[], number]>([
    [[], 1],
    [[1, 2, 3], 4],
    [[2, 7, 3], 8],
  ])('after orders %j the next is %i', (orders, next) => {
    expect(nextOrder(orders.map((order) => ({ slug: 'x', order, skills: [] })))).toBe(next);
  });

  it.each<[string, string | undefined]>([
    ['New Product Launch', 'new-product-launch'],
    ['  Café & display 2  ', 'cafe-display-2'],
    ['新品上市', undefined],
    ['新品上市 2025', undefined],
  ])('slug from title %j is %j', (title, slug) => {
    expect(slugFromTitle(title)).toBe(slug);
  });

  it('suggests lesson-<order> for a Chinese title and never a taken slug', () => {
    const taken = new Set(['lesson-8', 'lesson-8-2']);
    expect(suggestSlug('新品上市', 8, (s) => taken.has(s))).toBe('lesson-8-3');
    expect(suggestSlug('New product', 8, () => false)).toBe('new-product');
  });

  it.each<[string, string | undefined]>([
    ['new-product', undefined],
    [
      'New_Product',
      '課程代號「New_Product」只能用小寫英文字母、數字與連字號（例如 new-product），不能有空白、中文或大寫',
    ],
    ['新品', '課程代號「新品」只能用小寫英文字母、數字與連字號（例如 new-product），不能有空白、中文或大寫'],
    ['win-win', '課程代號「win-win」已經有人用了（這個模組已有同名課程，或已有同名測驗）'],
  ])('slug %j: %s', (slug, problem) => {
    expect(slugProblem(slug, (s) => s === 'win-win')).toBe(problem);
  });
});

describe('npm run new:lesson', () => {
  const root = join(import.meta.dirname, '../..');
  let tmp: string;
  beforeEach(() => {
    tmp = mkdtempSync(join(tmpdir(), 'new-lesson-'));
    cpSync(join(root, 'content'), join(tmp, 'content'), { recursive: true });
  });
  afterEach(() => rmSync(tmp, { recursive: true, force: true }));

  it('writes a lesson and a six-type quiz that pass the content check as written', () => {
    const before = validateContent(readContentFiles(tmp));
    const orders = before.ok
      ? before.content.lessons.filter((l) => l.meta.module === 'practice').map((l) => l.meta.order)
      : [];
    const outcome = createLesson({ root: tmp, module: 'practice', title: '新品上市：怎樣向零售戶介紹一款新捲菸' });
    const order = Math.max(...orders) + 1;
    expect(outcome.written).toEqual([
      `content/lessons/practice/lesson-${order}.mdx`,
      `content/quizzes/practice-lesson-${order}.yaml`,
    ]);
    expect(outcome.lines[0]).toBe(`已建立第 ${order} 課「新品上市：怎樣向零售戶介紹一款新捲菸」：`);

    const after = validateContent(readContentFiles(tmp));
    expect(after.ok ? [] : after.problems.map(formatProblem)).toEqual([]);
    if (!after.ok) return;
    const lesson = after.content.lessons.find((l) => l.id === `practice/lesson-${order}`)!;
    expect(lesson.meta).toMatchObject({ order, module: 'practice', quiz: `practice-lesson-${order}` });
    expect(lesson.body).toContain('<Case title=');
    expect(lesson.body).toContain('## 重點回顧');
    const quiz = after.content.quizzes.find((q) => q.id === `practice-lesson-${order}`)!;
    expect(quiz.quiz.questions.map((q) => q.type)).toEqual([
      'single',
      'multiple',
      'truefalse',
      'order',
      'match',
      'scenario',
    ]);
    expect(readFileSync(join(tmp, outcome.written![1]!), 'utf8')).toContain(TODO);
  });

  it('uses the given slug and skill', () => {
    const outcome = createLesson({
      root: tmp,
      module: 'role',
      title: '守法經營',
      slug: 'lawful-retail',
      skill: 'dual-role',
    });
    expect(outcome.ok).toBe(true);
    const text = readFileSync(join(tmp, 'content/lessons/role/lawful-retail.mdx'), 'utf8');
    expect(text).toContain('skills: [dual-role]');
    expect(text).toContain('quiz: role-lawful-retail');
  });

  it.each<[string, Omit<Parameters<typeof createLesson>[0], 'root'>, string]>([
    [
      'a mistyped module',
      { module: 'practise', title: '甲' },
      '模組「practise」不在 content/modules.yaml 裡。你是不是要寫「practice」？',
    ],
    ['no title', { module: 'practice', title: ' ' }, '請用 --title 寫課程標題，例如 --title 新品上市。'],
    [
      'a Chinese slug',
      { module: 'practice', title: '甲', slug: '新品' },
      '課程代號「新品」只能用小寫英文字母、數字與連字號（例如 new-product），不能有空白、中文或大寫。',
    ],
    [
      'a slug in use',
      { module: 'role', title: '甲', slug: 'win-win' },
      '課程代號「win-win」已經有人用了（這個模組已有同名課程，或已有同名測驗）。',
    ],
    [
      'an unknown skill',
      { module: 'role', title: '甲', skill: 'dual-rol' },
      '技能「dual-rol」不在 content/framework.yaml 裡。你是不是要寫「dual-role」？',
    ],
  ])('refuses %s in Chinese and writes nothing', (_name, req, first) => {
    const before = readContentFiles(tmp);
    const outcome = createLesson({ root: tmp, ...req });
    expect(outcome.ok).toBe(false);
    expect(outcome.lines[0]).toBe(first);
    expect(readContentFiles(tmp)).toEqual(before);
  });

  it('runs as a command with arguments, without asking', () => {
    const run = spawnSync(
      'node',
      [
        join(root, 'scripts/run-ts.mjs'),
        'src/authoring/build/new-lesson/cli.ts',
        '--module',
        'practice',
        '--title',
        'New product',
        '--skill',
        'product-knowledge',
      ],
      { cwd: tmp, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] },
    );
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(existsSync(join(tmp, 'content/lessons/practice/new-product.mdx'))).toBe(true);
    expect(validateContent(readContentFiles(tmp)).ok).toBe(true);
  }, 60_000);
});
