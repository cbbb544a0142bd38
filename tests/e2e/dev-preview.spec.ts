/**
 * The preview (`npm run dev`) as a trainer uses it, on a fresh copy of the project:
 * new, moved and renamed lessons and quizzes open without a restart, and a content
 * mistake replaces the page with a Chinese list of problems that goes away once fixed.
 */
import { expect, test } from '@playwright/test';
import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startDevServer, type DevServer } from './dev-server.ts';

let dev: DevServer;
const file = (path: string) => join(dev.root, path);
const LESSON = 'content/lessons/role/win-win.mdx';

test.describe.configure({ mode: 'serial', timeout: 180_000 });
test.use({ viewport: { width: 390, height: 844 } });

test.beforeAll(async () => {
  test.setTimeout(180_000);
  dev = await startDevServer();
});
test.afterAll(async () => {
  await dev?.stop();
});

/** Fetches a page until it answers `status` (the server may be restarting); returns its HTML. */
async function waitForPage(path: string, status: number): Promise<string> {
  const deadline = Date.now() + 60_000;
  let last: string;
  for (;;) {
    try {
      const res = await fetch(`${dev.url}${path}`, { headers: { accept: 'text/html' } });
      last = `${res.status} ${(await res.text()).slice(0, 300)}`;
      if (res.status === status) return last;
    } catch (error) {
      last = String(error);
    }
    if (Date.now() > deadline) throw new Error(`${path} never answered ${status}; last: ${last}\n${dev.output()}`);
    await new Promise((r) => setTimeout(r, 300));
  }
}

test('a lesson and quiz added, then renamed, while the preview runs open without a restart', async ({ page }) => {
  const lesson = readFileSync(file(LESSON), 'utf8')
    .replace(/^title: .*$/m, 'title: 新增的練習課')
    .replace(/^order: .*$/m, 'order: 98')
    .replace(/^quiz: .*$/m, 'quiz: role-zz-new');
  const quiz = readFileSync(file('content/quizzes/role-win-win.yaml'), 'utf8').replace(
    /^title: .*$/m,
    'title: 新增的練習測驗',
  );
  writeFileSync(file('content/quizzes/role-zz-new.yaml'), quiz);
  writeFileSync(file('content/lessons/role/zz-new.mdx'), lesson);
  await waitForPage('/lessons/role/zz-new/', 200);
  await page.goto(`${dev.url}/lessons/role/zz-new/`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('新增的練習課');
  await expect(
    page.getByRole('region', { name: '新增的練習測驗' }).or(page.getByText('新增的練習測驗').first()),
  ).toBeVisible();

  renameSync(file('content/lessons/role/zz-new.mdx'), file('content/lessons/role/zz-renamed.mdx'));
  await waitForPage('/lessons/role/zz-renamed/', 200);
  await page.goto(`${dev.url}/lessons/role/zz-renamed/`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('新增的練習課');

  rmSync(file('content/lessons/role/zz-renamed.mdx'));
  rmSync(file('content/quizzes/role-zz-new.yaml'));
  await waitForPage('/lessons/role/zz-renamed/', 404);
  expect(dev.output()).not.toMatch(/UnknownContentCollectionError|Cannot find module/);
});

test('a broken lesson shows the problem list in Chinese, and the lesson comes back once fixed', async ({ page }) => {
  const original = readFileSync(file(LESSON), 'utf8');
  await waitForPage('/lessons/role/win-win/', 200);
  const outputBefore = dev.output().length;
  await page.goto(`${dev.url}/lessons/role/win-win/`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('兩邊都站穩：雙重角色與雙贏');

  // Mistake #9 of the trial: a bare "<" in Chinese text, on line 20 of the file.
  const lines = original.split('\n');
  lines.splice(19, 0, '庫存<5 條時，先別急著補貨。', '');
  const saved = Date.now();
  writeFileSync(file(LESSON), lines.join('\n'));
  const list = page.getByRole('list', { name: /內容檢查發現 1 個問題/ });
  await expect(list).toBeVisible({ timeout: 30_000 });
  const toMessage = Date.now() - saved;
  await expect(list.getByRole('listitem')).toHaveCount(1);
  await expect(list).toContainText('content/lessons/role/win-win.mdx › 第 20 行第 3 欄');
  await expect(list).toContainText('改寫成文字「小於」');
  await page.screenshot({ path: test.info().outputPath('dev-problems.png') });

  // Mistake #1: a skill typo. The page must not show the typo as if it were right.
  writeFileSync(file(LESSON), original.replace('skills: [dual-role,', 'skills: [dual-rol,'));
  await expect(page.getByRole('list', { name: /內容檢查發現 1 個問題/ })).toContainText('你是不是要寫「dual-role」？', {
    timeout: 30_000,
  });
  const res = await fetch(`${dev.url}/lessons/role/win-win/`, { headers: { accept: 'text/html' } });
  expect(await res.text()).not.toContain('練習的能力');

  // Mistake #7: a full-width colon in the frontmatter, on line 7 as the editor counts.
  writeFileSync(file(LESSON), original.replace('minutes: ', 'minutes：'));
  await expect(page.getByRole('list', { name: /內容檢查發現 1 個問題/ })).toContainText(
    'content/lessons/role/win-win.mdx › 第 7 行第 8 欄',
    { timeout: 30_000 },
  );
  await expect(page.getByRole('list', { name: /內容檢查發現/ })).toContainText('冒號是全形「：」');

  const fixed = Date.now();
  writeFileSync(file(LESSON), original);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('兩邊都站穩：雙重角色與雙贏', { timeout: 30_000 });
  const toPage = Date.now() - fixed;
  await expect(page.getByRole('list', { name: /內容檢查發現/ })).toHaveCount(0);
  console.log(`save → problem list in the browser: ${toMessage} ms; fix → lesson back: ${toPage} ms`);
  // Only the Chinese lines: no English duplicate from Astro, no stack trace.
  expect(dev.output().slice(outputBefore)).not.toMatch(
    /MDXError|YAMLException|Error: |\[ERROR\] \[(?!performance-coach)|\n\s+at /,
  );
});

test('a lesson that is too short still shows, with a closable reminder listing it', async ({ page }) => {
  const original = readFileSync(file(LESSON), 'utf8');
  const end = original.indexOf('\n---\n', 4) + 5;
  writeFileSync(file(LESSON), `${original.slice(0, end)}\n短短的一段正文。\n`);
  await waitForPage('/lessons/role/win-win/', 200);
  await page.goto(`${dev.url}/lessons/role/win-win/`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('兩邊都站穩：雙重角色與雙贏');
  const reminder = page.getByRole('status', { name: '1 個提醒（不影響建置）' });
  await expect(reminder).toContainText('content/lessons/role/win-win.mdx › 課文長度');
  await expect(reminder).toContainText('800–2,000');
  await page.screenshot({ path: test.info().outputPath('dev-warning.png') });
  await reminder.getByRole('button', { name: '關閉提醒' }).click();
  await expect(reminder).toHaveCount(0);
  writeFileSync(file(LESSON), original);
});
