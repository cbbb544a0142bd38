import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, waitForIslands } from './helpers.ts';

test('a lesson marked done stays done on the lesson, module and home pages after reload', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hant');
  await page.getByRole('link', { name: '客戶經理的雙重角色' }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: '客戶經理的雙重角色' })).toBeVisible();
  const firstLesson = page.locator('.lesson-list a').first();
  const lessonTitle = (await firstLesson.textContent())!.trim();
  await firstLesson.click();
  await expect(page.getByRole('heading', { level: 1, name: lessonTitle })).toBeVisible();

  const done = page.getByRole('button', { name: '標記為已完成' });
  await expect(page.locator('.done-control[data-ready]')).toBeVisible();
  await done.click();
  await expect(page.getByRole('button', { name: /已完成/ }).first()).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('.done-control').getByRole('status')).toHaveText('已記錄：這一課完成了。');

  await page.reload();
  await expect(page.locator('.done-control[data-ready]')).toBeVisible();
  await expect(page.getByRole('button', { name: /已完成/ }).first()).toHaveAttribute('aria-pressed', 'true');

  await page.goto('/modules/role/');
  await expect(page.locator('[data-ready]')).toBeVisible();
  await expect(page.getByText('已完成 1 / 3 課')).toBeVisible();
  await expect(page.locator('.lesson-list li').first().locator('.mark')).toHaveText('✓ 已完成');

  await page.goto('/');
  await expect(page.locator('.module-grid[data-ready]')).toBeVisible();
  await expect(page.getByRole('progressbar', { name: '客戶經理的雙重角色' })).toHaveAttribute('aria-valuenow', '1');
  await expect(page.getByRole('link', { name: /下一課/ })).toBeVisible();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('a lesson reads fully and its links work', async ({ page }) => {
    await page.goto('/lessons/role/company-representative/');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.getByRole('heading', { name: '學完這一課，你能夠' })).toBeVisible();
    await expect(page.getByRole('heading', { name: '重點回顧' })).toBeVisible();
    expect((await page.locator('article').innerText()).length).toBeGreaterThan(800);
    await page.getByRole('link', { name: /下一課/ }).click();
    await expect(page).toHaveURL(/\/lessons\/role\/retailer-manager\/$/);
    await page.getByRole('navigation', { name: '導覽路徑' }).getByRole('link', { name: '客戶經理的雙重角色' }).click();
    await expect(page).toHaveURL(/\/modules\/role\/$/);
    await expect(page.locator('.lesson-list a')).toHaveCount(3);
  });
});

test('an unknown address shows the 404 page in Chinese', async ({ page }) => {
  const response = await page.goto('/no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1, name: '找不到這一頁' })).toBeVisible();
  await page.getByRole('link', { name: '回到首頁' }).click();
  await expect(page).toHaveURL(/\/$/);
});

for (const path of [
  '/',
  '/modules/role/',
  '/lessons/role/win-win/',
  '/no-such-page/',
  '/glossary/',
  '/review/',
  '/progress/',
]) {
  test(`axe finds nothing on ${path}`, async ({ page }) => {
    await page.goto(path);
    await waitForIslands(page);
    await expectNoAxeViolations(page);
  });
}
