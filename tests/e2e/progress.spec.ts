import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { expectNoAxeViolations } from './helpers.ts';

const KEY = 'performance-coach:progress';
const lesson = '/lessons/role/company-representative/';

async function markDone(page: Page) {
  await page.goto(lesson);
  await expect(page.locator('.done-control[data-ready]')).toBeVisible();
  await page.getByRole('button', { name: '標記為已完成' }).click();
  await expect(page.getByRole('button', { name: /已完成/ }).first()).toHaveAttribute('aria-pressed', 'true');
}

test('complete a lesson, export, erase, import: the lesson is done again', async ({ page }) => {
  await markDone(page);
  await page.goto('/progress/');
  await expect(page.getByText('1 / 20')).toBeVisible();

  const downloadPromise = page.waitForEvent('download');
  await page.getByRole('button', { name: '下載我的進度' }).click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toMatch(/^performance-coach-progress-\d{4}-\d{2}-\d{2}\.json$/);
  const file = await download.path();
  const exported = JSON.parse(readFileSync(file, 'utf8'));
  expect(exported).toMatchObject({ app: 'performance-coach', version: 3 });

  await page.getByRole('button', { name: '清除我的進度…' }).click();
  const dialog = page.getByRole('dialog', { name: /確定要清除所有進度嗎/ });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('button', { name: '取消' })).toBeFocused();
  await dialog.getByRole('button', { name: '確定清除' }).click();
  await expect(page.getByRole('status').filter({ hasText: '已清除你的進度' })).toBeVisible();
  await expect(page.getByRole('heading', { name: '還沒有學習紀錄' })).toBeVisible();

  await page.getByLabel('匯入進度檔（.json）').setInputFiles(file);
  await expect(page.getByText('檔案裡有、這台裝置沒有的:1 課完成紀錄'.replace(':', '：'))).toBeVisible();
  await expect(page.getByRole('radio', { name: /合併/ })).toBeChecked();
  await page.getByRole('button', { name: '匯入', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: '已合併匯入的進度' })).toBeVisible();

  await page.goto(lesson);
  await expect(page.locator('.done-control[data-ready]')).toBeVisible();
  await expect(page.getByRole('button', { name: /已完成/ }).first()).toHaveAttribute('aria-pressed', 'true');
});

test('a bad import file is refused with its reason and changes nothing', async ({ page }) => {
  await markDone(page);
  const before = await page.evaluate((key) => localStorage.getItem(key), KEY);
  await page.goto('/progress/');
  await page.getByLabel('匯入進度檔（.json）').setInputFiles({
    name: 'other.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify({ app: 'another-app', document: {} })),
  });
  await expect(page.getByRole('status')).toContainText('沒有匯入「other.json」');
  await expect(page.getByRole('status')).toContainText('這不是「績效教練」的進度檔');
  expect(await page.evaluate((key) => localStorage.getItem(key), KEY)).toBe(before);
});

test('damaged stored progress: the site loads, explains, and offers the raw backup', async ({ page }) => {
  await page.goto('/');
  // Wait until the page has read storage, so the damage is found on the next page, not this one.
  await expect(page.locator('.continue[data-ready]')).toBeVisible();
  await page.evaluate((key) => localStorage.setItem(key, '{"version":2,"lessons":{"role/'), KEY);
  await page.goto(lesson);
  const notice = page.getByRole('alert');
  await expect(notice).toContainText('你的進度資料有損壞');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const downloadPromise = page.waitForEvent('download');
  await notice.getByRole('button', { name: '下載原始備份' }).click();
  const download = await downloadPromise;
  expect(readFileSync(await download.path(), 'utf8')).toBe('{"version":2,"lessons":{"role/');
  // The rest of the site still works: marking done saves.
  await page.getByRole('button', { name: '標記為已完成' }).click();
  await expect(page.getByRole('button', { name: /已完成/ }).first()).toHaveAttribute('aria-pressed', 'true');
});

test.describe('storage blocked', () => {
  test.beforeEach(async ({ page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        get() {
          throw new DOMException('The operation is insecure.', 'SecurityError');
        },
      });
    });
  });
  test('the site works and says progress is not saved', async ({ page }) => {
    await page.goto(lesson);
    await expect(page.getByRole('alert')).toContainText('你的學習進度目前沒有保存');
    await page.getByRole('button', { name: '標記為已完成' }).click();
    await expect(page.getByRole('button', { name: /已完成/ }).first()).toHaveAttribute('aria-pressed', 'true');
    await expect(page.getByRole('alert').getByRole('button', { name: '下載我的進度' })).toBeVisible();
  });
});

test('a change in one tab shows in the other without reload', async ({ context }) => {
  const first = await context.newPage();
  const second = await context.newPage();
  await second.goto('/modules/role/');
  await expect(second.locator('[data-ready]')).toBeVisible();
  await expect(second.getByText('已完成 0 / 3 課')).toBeVisible();
  await markDone(first);
  await expect(second.getByText('已完成 1 / 3 課')).toBeVisible();
});

test('axe finds nothing on the progress page with data and the erase dialog open', async ({ page }) => {
  await markDone(page);
  await page.goto('/progress/');
  await expect(page.locator('[data-ready]')).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: '清除我的進度…' }).click();
  await expectNoAxeViolations(page);
});
