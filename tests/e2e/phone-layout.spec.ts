import { expect, test } from '@playwright/test';
import { waitForIslands } from './helpers.ts';

test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

test('a module with no lesson done shows an empty bar on home, and one done lesson fills its share', async ({
  page,
}) => {
  await page.goto('/');
  await waitForIslands(page);
  const fill = page.locator('.progress-bar > span').first();
  expect(await fill.evaluate((el) => el.getBoundingClientRect().width)).toBe(0);

  await page.goto('/lessons/role/company-representative/');
  await waitForIslands(page);
  await page.getByRole('button', { name: '標記為已完成' }).last().click();
  await page.goto('/');
  await waitForIslands(page);
  const [bar, done] = await Promise.all([
    page
      .locator('.progress-bar')
      .first()
      .evaluate((el) => el.getBoundingClientRect().width),
    fill.evaluate((el) => el.getBoundingClientRect().width),
  ]);
  // One of the role module's three lessons.
  expect(done / bar).toBeGreaterThan(0.25);
  expect(done / bar).toBeLessThan(0.4);
});

test('a matching question with long choices never makes the lesson wider than the phone', async ({ page }) => {
  await page.goto('/lessons/role/company-representative/');
  await waitForIslands(page);
  await page.locator('.options.match select').first().scrollIntoViewIfNeeded();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
});
