import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expectNoAxeViolations, LESSON_COUNT, progressKeys } from './helpers.ts';

const KEY = 'performance-coach:progress';
const lesson = '/lessons/role/company-representative/';
const importFixture = (name: string) => join(import.meta.dirname, '../fixtures/imports', name);

test.use({ viewport: { width: 390, height: 844 }, hasTouch: true });

/** A stored document of the current version with these lessons (and, optionally, other collections). */
function storedDoc(lessons: Record<string, { done: boolean; at: string }>, extra: Record<string, unknown> = {}) {
  return JSON.stringify({
    version: 2,
    epoch: { id: 'initial', at: '1970-01-01T00:00:00.000Z' },
    lessons,
    attempts: {},
    assessments: {},
    drafts: {},
    review: {},
    settings: { askConfidence: true },
    ...extra,
  });
}
const daysAgo = (n: number) => new Date(Date.now() - n * 24 * 60 * 60 * 1000).toISOString();

/** Puts `value` in storage before any page script runs, once (a reload keeps what the site wrote). */
async function seed(page: Page, value: string) {
  await page.goto('/404/');
  await page.evaluate(([key, v]) => localStorage.setItem(key!, v!), [KEY, value]);
}

async function markDone(page: Page) {
  await page.goto(lesson);
  await expect(page.locator('.done-control[data-ready]')).toBeVisible();
  await page.getByRole('button', { name: '標記為已完成' }).click();
  await expect(page.getByRole('button', { name: /已完成/ }).first()).toHaveAttribute('aria-pressed', 'true');
}

test('complete a lesson, export, erase, import: the lesson is done again', async ({ page }) => {
  await markDone(page);
  await page.goto('/progress/');
  await expect(page.getByText(`1 / ${LESSON_COUNT}`)).toBeVisible();

  const downloadPromise = page.waitForEvent('download');
  await page.getByRole('button', { name: '下載我的進度' }).click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toMatch(/^performance-coach-progress-\d{4}-\d{2}-\d{2}\.json$/);
  const file = await download.path();
  const exported = JSON.parse(readFileSync(file, 'utf8'));
  expect(exported).toMatchObject({ app: 'performance-coach', version: 5 });

  await page.getByRole('button', { name: '清除我的進度…' }).click();
  const dialog = page.getByRole('dialog', { name: /確定要清除所有進度嗎/ });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('button', { name: '取消' })).toBeFocused();
  await dialog.getByRole('button', { name: '確定清除' }).click();
  await expect(page.getByRole('status').filter({ hasText: '已清除你的進度' })).toBeVisible();
  await expect(page.getByRole('heading', { name: '還沒有學習記錄' })).toBeVisible();

  await page.getByLabel('匯入進度檔（.json）').setInputFiles(file);
  await expect(page.getByText('檔案裡有、這台裝置沒有的:1 課完成記錄'.replace(':', '：'))).toBeVisible();
  await expect(page.getByRole('radio', { name: /合併/ })).toBeChecked();
  await page.getByRole('button', { name: '匯入', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: '已合併匯入的進度' })).toBeVisible();

  await page.goto(lesson);
  await expect(page.locator('.done-control[data-ready]')).toBeVisible();
  await expect(page.getByRole('button', { name: /已完成/ }).first()).toHaveAttribute('aria-pressed', 'true');
});

test('a bad import file is refused with its reason and changes nothing', async ({ page }) => {
  await markDone(page);
  await page.goto('/progress/');
  await expect(page.getByText(`1 / ${LESSON_COUNT}`)).toBeVisible();
  // What is stored once the pages have settled (the lesson's quiz may have saved the learner's seed meanwhile).
  const before = await progressKeys(page);
  await page.getByLabel('匯入進度檔（.json）').setInputFiles({
    name: 'other.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify({ app: 'another-app', document: {} })),
  });
  await expect(page.getByRole('status')).toContainText('沒有匯入「other.json」');
  await expect(page.getByRole('status')).toContainText('這不是「績效教練」的進度檔');
  expect(await progressKeys(page)).toEqual(before);
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
  // The stored text byte for byte, wrapped so the site's own import recognises the file.
  const file = JSON.parse(readFileSync(await download.path(), 'utf8'));
  expect(file).toMatchObject({ app: 'performance-coach', kind: 'backup', raw: '{"version":2,"lessons":{"role/' });
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
  test('the site works and says, on every page, that progress is lost when you leave the page', async ({ page }) => {
    await page.goto(lesson);
    const notice = page.getByRole('alert');
    await expect(notice).toContainText('你的學習進度目前沒有保存');
    await expect(notice).toContainText('離開或重新整理這一頁就會消失');
    await page.getByRole('button', { name: '標記為已完成' }).click();
    await expect(page.getByRole('button', { name: /已完成/ }).first()).toHaveAttribute('aria-pressed', 'true');
    await expect(notice.getByRole('button', { name: '下載我的進度' })).toBeVisible();
    // The next page in the same tab says it again, and its data controls still work.
    await page.getByRole('navigation', { name: '主要導覽' }).getByRole('link', { name: '我的進度' }).click();
    await expect(page).toHaveURL(/\/progress\/$/);
    await expect(page.getByRole('alert')).toContainText('離開或重新整理這一頁就會消失');
    await expect(page.getByRole('heading', { name: '還沒有學習記錄' })).toBeVisible();
  });
});

test.describe('storage full', () => {
  test.beforeEach(async ({ page }) => {
    await page.addInitScript(() => {
      Storage.prototype.setItem = function () {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    });
  });
  test('every page says its records are lost when you leave it, before anything is lost', async ({ page }) => {
    await page.goto(lesson);
    await expect(page.getByRole('alert')).toContainText('儲存空間已滿或無法寫入');
    await page.goto('/progress/');
    await expect(page.getByRole('alert')).toContainText('離開或重新整理這一頁就會消失');
    await expect(page.getByRole('button', { name: '下載我的進度' }).first()).toBeVisible();
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

test('an import whose time reads 58:05 is refused in Chinese and the data here is untouched', async ({ page }) => {
  await markDone(page);
  await page.goto('/progress/');
  await expect(page.locator('[data-ready]')).toBeVisible();
  // What is stored once the lesson page is gone (its quiz may have stored the learner's seed meanwhile).
  const before = await progressKeys(page);
  await page.getByLabel('匯入進度檔（.json）').setInputFiles(importFixture('time-hour-58.json'));
  const status = page.getByRole('status').filter({ hasText: '沒有匯入' });
  await expect(status).toContainText('沒有匯入「time-hour-58.json」');
  await expect(status).toContainText('時間「2026-10-02T58:05:00.000Z」不存在或格式不對');
  await expect(status).toContainText('你目前的進度沒有任何改變');
  expect(await progressKeys(page)).toEqual(before);
  await page.reload();
  await expect(page.getByText(`1 / ${LESSON_COUNT}`)).toBeVisible();
});

test('a stored record with an impossible time: /progress/ shows, explains, and export works', async ({ page }) => {
  await seed(
    page,
    storedDoc({
      'role/company-representative': { done: true, at: '2026-10-02T01:20:00.000Z' },
      'role/win-win': { done: true, at: '2026-12-01T58:05:19.000Z' },
    }),
  );
  await page.goto('/progress/');
  await expect(page.getByRole('alert')).toContainText('保留了 1 筆有效記錄，1 筆無法讀取');
  await expect(page.getByText(`1 / ${LESSON_COUNT}`)).toBeVisible();
  const downloadPromise = page.waitForEvent('download');
  await page.getByRole('button', { name: '下載我的進度' }).first().click();
  const exported = JSON.parse(readFileSync(await (await downloadPromise).path(), 'utf8'));
  expect(Object.keys(exported.document.lessons)).toEqual(['role/company-representative']);
  await expect(page.getByText(/上次下載進度檔：\d+月\d+日 \d\d:\d\d/)).toBeVisible();
  // Repaired once: the next load has nothing to repair and adds no backup.
  await page.reload();
  await expect(page.getByText(`1 / ${LESSON_COUNT}`)).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
  const backups = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.includes(':backup:')).length);
  expect(backups).toBe(1);
});

test('backups are listed, downloaded, and read back by the import after an erase', async ({ page }) => {
  // A record under a key progress cannot keep: the page keeps the rest and makes one backup.
  await seed(
    page,
    storedDoc({
      'role/company-representative': { done: true, at: '2026-10-02T01:20:00.000Z' },
      'role/客戶': { done: true, at: '2026-10-02T01:20:00.000Z' },
    }),
  );
  await page.goto('/progress/');
  await expect(page.getByRole('heading', { name: '自動備份' })).toBeVisible();
  const backupButton = page.getByRole('button', { name: /^下載 .+ 的備份$/ });
  await expect(backupButton).toHaveCount(1);
  const downloadPromise = page.waitForEvent('download');
  await backupButton.click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toMatch(/^performance-coach-backup-\d{4}-\d{2}-\d{2}\.json$/);
  const backupFile = await download.path();

  await page.getByRole('button', { name: '清除我的進度…' }).click();
  const dialog = page.getByRole('dialog', { name: /確定要清除所有進度嗎/ });
  await expect(dialog).toContainText('損壞資料的自動備份');
  await dialog.getByRole('button', { name: '確定清除' }).click();
  await expect(page.getByRole('status').filter({ hasText: '已清除你的進度和自動備份' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { name: '還沒有學習記錄' })).toBeVisible();
  await expect(page.getByRole('heading', { name: '自動備份' })).toHaveCount(0);
  const keys = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('performance-coach:')));
  expect(keys.sort()).toEqual(['performance-coach:lessons', 'performance-coach:meta']);

  await page.getByLabel('匯入進度檔（.json）').setInputFiles(backupFile);
  await expect(page.getByText('這是一份備份：讀得出來的 1 筆記錄會匯入，另外 1 筆已損壞、無法讀取。')).toBeVisible();
  await page.getByRole('button', { name: '匯入', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: '已合併匯入的進度' })).toBeVisible();
  await expect(page.getByText(`1 / ${LESSON_COUNT}`)).toBeVisible();
});

test('the import button is a labelled, keyboard-focusable control that announces the file it read', async ({
  page,
}) => {
  await page.goto('/progress/');
  await expect(page.locator('[data-ready]')).toBeVisible();
  const input = page.getByLabel('匯入進度檔（.json）');
  await input.focus();
  await expect(input).toBeFocused();
  const label = page.locator('label[for="import-file"]');
  await expect(label).toBeVisible();
  expect((await label.boundingBox())!.height).toBeGreaterThanOrEqual(44);
  await input.setInputFiles(importFixture('good-v2.json'));
  await expect(page.getByRole('status')).toContainText('已讀取「good-v2.json」');
});

test('the quiz table scrolls sideways at 390 px with its first column kept and headers on one line', async ({
  page,
}) => {
  const attempt = {
    id: 'a-1',
    quiz: 'role-company-representative',
    at: '2026-10-02T10:05:00.000Z',
    answers: { q1: 'a' },
    scores: { q1: 1 },
    skills: { 'dual-role': { earned: 1, possible: 1 } },
    score: 1,
  };
  await seed(page, storedDoc({}, { attempts: { 'a-1': attempt } }));
  await page.goto('/progress/');
  const table = page.locator('.table-scroll table').first();
  await expect(table).toBeVisible();
  for (const th of await table.locator('thead th').all()) expect((await th.boundingBox())!.height).toBeLessThan(48);
  const first = table.locator('tbody th').first();
  expect(await first.evaluate((el) => getComputedStyle(el).position)).toBe('sticky');
  await expect(page.getByText(/\d+%（\d{4}\/\d{1,2}\/\d{1,2}）/)).toBeVisible();
  await expectNoAxeViolations(page);
});

test('home reminds to export after two weeks of records without one; one tap exports', async ({ page }) => {
  await seed(page, storedDoc({ 'role/company-representative': { done: true, at: daysAgo(20) } }));
  await page.goto('/');
  const reminder = page.getByRole('region', { name: '記得下載一份進度檔' });
  await expect(reminder).toContainText('你已經學了 20 天，還沒有下載過進度檔');
  await expect(reminder).toContainText('iPhone 的 Safari');
  const downloadPromise = page.waitForEvent('download');
  await reminder.getByRole('button', { name: '下載我的進度' }).tap();
  const exported = JSON.parse(readFileSync(await (await downloadPromise).path(), 'utf8'));
  expect(Object.keys(exported.document.lessons)).toEqual(['role/company-representative']);
  await expect(page.getByRole('status').filter({ hasText: '已下載' })).toBeVisible();
  await page.reload();
  await expect(page.locator('.continue[data-ready]')).toBeVisible();
  await expect(page.getByRole('region', { name: '記得下載一份進度檔' })).toHaveCount(0);
  await page.goto('/progress/');
  await expect(page.getByText(/上次下載進度檔：/)).toBeVisible();
});
