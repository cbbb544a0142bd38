import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './helpers.ts';

const searchDialog = (page: Page) => page.getByRole('dialog', { name: '搜尋課程' });
const launcher = (page: Page) => page.getByRole('banner').getByRole('link', { name: /搜尋/ });
/** The header's search is a link to /search/; its small script marks it as opening a dialog once it runs. */
const searchReady = (page: Page) =>
  expect(launcher(page)).toHaveAttribute('aria-haspopup', 'dialog', { timeout: 10_000 });

test('Ctrl+K opens search; 红三环 finds the shortage lesson; arrows and Enter open it', async ({ page }) => {
  await page.goto('/lessons/role/win-win/');
  await searchReady(page);
  await page.keyboard.press('Control+K');
  const dialog = searchDialog(page);
  await expect(dialog).toBeVisible();
  const box = dialog.getByRole('combobox', { name: '搜尋課程內容' });
  await expect(box).toBeFocused();

  await page.keyboard.type('红三环');
  const options = dialog.getByRole('listbox', { name: '搜尋結果' }).getByRole('option');
  const target = dialog.getByRole('option', { name: /短缺時的專題調研/ });
  await expect(target).toBeVisible();
  await expect(options.first()).toHaveAttribute('aria-selected', 'true');
  await expect(box).toHaveAttribute('aria-expanded', 'true');
  await expect(target.locator('mark').first()).toHaveText('紅三環');

  // Walk down to the shortage lesson; the field points at the active option.
  const ids = await options.evaluateAll((els) => els.map((el) => el.id));
  const targetId = await target.getAttribute('id');
  for (let i = 0; i < ids.indexOf(targetId!); i++) await page.keyboard.press('ArrowDown');
  await expect(target).toHaveAttribute('aria-selected', 'true');
  await expect(box).toHaveAttribute('aria-activedescendant', targetId!);
  await expect(page.getByRole('status').filter({ hasText: /找到 \d+ 課/ })).toBeAttached();

  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/lessons\/practice\/shortage-research\//);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/短缺時的專題調研/);
});

test('"/" opens search, Escape closes it and focus returns to where it was', async ({ page }) => {
  await page.goto('/');
  await searchReady(page);
  await launcher(page).focus();
  await page.keyboard.press('/');
  const dialog = searchDialog(page);
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('combobox')).toBeFocused();
  await page.keyboard.type('蜘蛛');
  await expect(dialog.getByRole('option', { name: /雨後的蜘蛛/ })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(launcher(page)).toBeFocused();

  // The button opens it again, with the last query still there; the close button closes it.
  await launcher(page).click();
  await expect(dialog.getByRole('combobox')).toHaveValue('蜘蛛');
  await dialog.getByRole('button', { name: '關閉' }).click();
  await expect(dialog).toBeHidden();
  await expect(launcher(page)).toBeFocused();
});

test('a lesson page loads neither the dialog, lunr nor the index until search is opened', async ({ page }) => {
  const requested: string[] = [];
  page.on('request', (r) => requested.push(new URL(r.url()).pathname));
  await page.goto('/lessons/practice/sales-plan/');
  await searchReady(page);
  await page.waitForLoadState('networkidle');
  expect(
    requested.filter((p) => /search-index\.json|\/search\/|\/engine\.|\/mount-dialog\.|\/SearchPanel\./.test(p)),
  ).toEqual([]);

  const index = page.waitForRequest((r) => r.url().endsWith('/search-index.json'));
  await launcher(page).click();
  await index;
  await searchDialog(page).getByRole('combobox').fill('陳列');
  await expect(searchDialog(page).getByRole('option', { name: /有限資金與陳列/ })).toBeVisible();
});

test('/search/?q=陈列 lists the display lesson, and the address follows what is typed', async ({ page }) => {
  await page.goto(`/search/?q=${encodeURIComponent('陈列')}`);
  const box = page.getByRole('main').getByRole('searchbox', { name: '搜尋課程內容' });
  await expect(box).toHaveValue('陈列');
  const results = page.getByRole('list', { name: '搜尋結果' });
  const display = results.getByRole('link', { name: /有限資金與陳列/ });
  await expect(display).toBeVisible();
  await expect(display).toHaveAttribute('href', /\/lessons\/practice\/capital-and-display\//);
  await expect(results.locator('mark').first()).toHaveText('陳列');

  await box.fill('蜘蛛');
  await expect(results.getByRole('link', { name: /雨後的蜘蛛/ })).toBeVisible();
  await expect(page).toHaveURL(`/search/?q=${encodeURIComponent('蜘蛛')}`);
  await page.reload();
  await expect(page.getByRole('list', { name: '搜尋結果' }).getByRole('link', { name: /雨後的蜘蛛/ })).toBeVisible();
});

test('a query with no match suggests a shorter one and the modules', async ({ page }) => {
  await page.goto(`/search/?q=${encodeURIComponent('陳列技巧')}`);
  await expect(page.getByText('找不到符合「陳列技巧」的課程。')).toBeVisible();
  await expect(page.getByRole('main').getByRole('link', { name: '營銷實務' })).toBeVisible();
  await page.getByRole('button', { name: /改搜「陳列」/ }).click();
  await expect(
    page.getByRole('list', { name: '搜尋結果' }).getByRole('link', { name: /有限資金與陳列/ }),
  ).toBeVisible();
  await expect(page.getByRole('main').getByRole('searchbox')).toHaveValue('陳列');
});

test('axe finds nothing on the search page with results', async ({ page }) => {
  await page.goto(`/search/?q=${encodeURIComponent('陈列')}`);
  await expect(page.getByRole('list', { name: '搜尋結果' }).getByRole('link').first()).toBeVisible();
  await expectNoAxeViolations(page);
});

test('axe finds nothing in the open dialog with results', async ({ page }) => {
  await page.goto('/lessons/role/win-win/');
  await searchReady(page);
  await launcher(page).click();
  // As a person does: type once the field is there (the dialog's code arrives on the click).
  await expect(searchDialog(page).getByRole('combobox')).toBeFocused();
  await page.keyboard.type('紅三環');
  await expect(searchDialog(page).getByRole('option').first()).toBeVisible();
  await expectNoAxeViolations(page);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the header links to the search page, which offers a plain GET form', async ({ page }) => {
    await page.goto('/lessons/role/win-win/');
    await page.getByRole('banner').getByRole('link', { name: '搜尋' }).click();
    await expect(page).toHaveURL(/\/search\/$/);
    const form = page.getByRole('search');
    await expect(form).toHaveAttribute('action', '/search/');
    await expect(form).toHaveAttribute('method', 'get');
    await expect(form.getByRole('searchbox', { name: '搜尋課程內容' })).toHaveAttribute('name', 'q');
    // Chromium with scripts disabled still parses <noscript> as text, so read the HTML.
    const html = await (await page.request.get('/search/')).text();
    expect(html).toMatch(/<noscript>[\s\S]*搜尋需要開啟 JavaScript[\s\S]*<\/noscript>/);
  });
});
