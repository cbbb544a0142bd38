/**
 * Search on a phone over a weak network: the header's link opens the dialog on a tap,
 * its code and the index shards arrive as the query needs them, and a shard that cannot
 * be fetched is said so in Chinese, with a retry, never passed off as "no result".
 */
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations, throttle } from './helpers.ts';

test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

const launcher = (page: Page) => page.getByRole('banner').getByRole('link', { name: /搜尋/ });
const searchDialog = (page: Page) => page.getByRole('dialog', { name: '搜尋課程' });
const ready = (page: Page) => expect(launcher(page)).toHaveAttribute('aria-haspopup', 'dialog', { timeout: 15_000 });

test('on a slow phone network: tap search, 紅三環 and 红三环 both find the shortage lesson, tap it to open', async ({
  page,
}) => {
  test.setTimeout(90_000);
  await throttle(page, { kbps: 400, latency: 400 });
  const shards: string[] = [];
  page.on('request', (r) => {
    if (r.url().includes('/search/shard/')) shards.push(new URL(r.url()).pathname);
  });
  await page.goto('/lessons/role/win-win/');
  await ready(page);
  await launcher(page).tap();
  const dialog = searchDialog(page);
  await expect(dialog).toBeVisible({ timeout: 20_000 });
  const box = dialog.getByRole('combobox', { name: '搜尋課程內容' });
  await expect(box).toBeFocused();

  await box.fill('紅三環');
  const target = dialog.getByRole('option', { name: /短缺時的專題調研/ });
  await expect(target).toBeVisible({ timeout: 30_000 });
  await expect(target.locator('mark').first()).toHaveText('紅三環');
  // Only the shards of the query's characters came, not the whole index.
  expect(shards.length).toBeGreaterThan(0);
  expect(shards.length).toBeLessThanOrEqual(3);

  await box.fill('红三环');
  await expect(dialog.getByRole('status').filter({ hasText: /找到 \d+ 課/ })).toBeAttached({ timeout: 30_000 });
  await expect(target).toBeVisible();
  await expect(target.locator('mark').first()).toHaveText('紅三環');

  await target.tap();
  await expect(page).toHaveURL(/\/lessons\/practice\/shortage-research\//, { timeout: 30_000 });
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/短缺時的專題調研/);
});

test('a shard that cannot be fetched shows the Chinese error and a retry that then finds the lesson', async ({
  page,
}) => {
  await page.route('**/search/shard/**', (route) => route.abort('internetdisconnected'));
  await page.goto('/lessons/role/win-win/');
  await ready(page);
  await launcher(page).tap();
  const dialog = searchDialog(page);
  await dialog.getByRole('combobox', { name: '搜尋課程內容' }).fill('紅三環');
  const error = dialog.getByRole('alert');
  await expect(error).toContainText('搜尋暫時無法使用：搜尋資料沒有載入成功。請確認網路連線後再試一次。');
  // Never an empty result passed off as "nothing found".
  await expect(dialog.getByText(/找不到符合/)).toHaveCount(0);
  await expect(dialog.getByRole('option')).toHaveCount(0);
  await expectNoAxeViolations(page);

  await page.unroute('**/search/shard/**');
  await error.getByRole('button', { name: '再試一次' }).tap();
  await expect(dialog.getByRole('option', { name: /短缺時的專題調研/ })).toBeVisible();
  await expect(dialog.getByRole('alert')).toHaveCount(0);
});

test('the search page says the same when a shard fails, and its retry recovers', async ({ page }) => {
  await page.route('**/search/shard/**', (route) => route.abort('internetdisconnected'));
  await page.goto(`/search/?q=${encodeURIComponent('红三环')}`);
  const error = page.getByRole('main').getByRole('alert');
  await expect(error).toContainText('搜尋暫時無法使用');
  await expect(page.getByText(/找不到符合/)).toHaveCount(0);
  await page.unroute('**/search/shard/**');
  await error.getByRole('button', { name: '再試一次' }).tap();
  await expect(
    page.getByRole('list', { name: '搜尋結果' }).getByRole('link', { name: /短缺時的專題調研/ }),
  ).toBeVisible();
});

test('if the dialog cannot be fetched, the link still opens the search page', async ({ page }) => {
  await page.route('**/search/strings.json', (route) => route.abort('internetdisconnected'));
  await page.goto('/lessons/role/win-win/');
  await ready(page);
  await launcher(page).tap();
  await expect(page).toHaveURL(/\/search\/$/);
  await expect(page.getByRole('main').getByRole('searchbox', { name: '搜尋課程內容' })).toBeVisible();
});
