import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations, readProgress, waitForIslands } from './helpers.ts';
import { exportAndReimport, pdfPages } from './tools-helpers.ts';

test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
// Whole journeys on a shared two-core machine: axe over a long form alone takes several seconds.
test.setTimeout(120_000);

// 12 retailers in 3 areas, as a manager surveys them; 候車室小賣 refuses substitutes.
const SHOPS: [name: string, area: string, demand: string, floor: string, accepts: string, goesTo: string][] = [
  ['站前一號', '車站片', '30', '12', '願意', '改買甲'],
  ['站前二號', '車站片', '25', '10', '願意', ''],
  ['候車室小賣', '車站片', '40', '20', '不願', '去車站另一頭的店'],
  ['站東雜貨', '車站片', '15', '6', '部分', ''],
  ['老街食雜', '老城片', '20', '8', '願意', ''],
  ['鐘樓便利', '老城片', '18', '7', '願意', ''],
  ['市場口', '老城片', '２２', '9', '部分', ''],
  ['城隍廟前', '老城片', '10', '4', '願意', ''],
  ['新村超市', '新區片', '16', '6', '願意', ''],
  ['學府便利', '新區片', '12', '5', '願意', ''],
  ['花園小店', '新區片', '8', '3', '部分', ''],
  ['公園口', '新區片', '9', '4', '願意', ''],
];

async function addShop(page: Page, n: number, [name, area, demand, floor, accepts, goesTo]: (typeof SHOPS)[number]) {
  await page.getByRole('button', { name: '加一戶零售戶' }).tap();
  // The new shop's name box takes the focus, so the thumb can type right away.
  await expect(page.getByLabel(`第 ${n} 戶店名或編號`)).toBeFocused();
  await page.getByLabel(`第 ${n} 戶店名或編號`).fill(name);
  await page.getByLabel(`第 ${n} 戶片區`).fill(area);
  const card = page.locator('.retailer-card').nth(n - 1);
  await card.getByLabel('平常月需求').fill(demand);
  await card.getByLabel('底線（每月至少）').fill(floor);
  await card.getByLabel('接受替代品嗎').selectOption({ label: accepts });
  if (goesTo) await card.getByLabel('買不到時，他的客人去哪裡').fill(goesTo);
}

const allocationOf = (page: Page, shop: string) =>
  page.locator('.allocation-table tbody tr').filter({ has: page.getByRole('rowheader', { name: new RegExp(shop) }) });

test('a shortage survey of 12 retailers: allocation, CSV, reload and edit, print, export and import', async ({
  page,
}) => {
  // From the lesson to the tool: 「在工具裡做一次」.
  await page.goto('/lessons/practice/shortage-research/');
  await page.getByRole('complementary', { name: '在工具裡做一次' }).getByRole('link', { name: '短缺調研' }).tap();
  await expect(page).toHaveURL(/\/tools\/shortage\/$/);
  await waitForIslands(page);
  await expect(page.getByText('零售戶的資料只存在這台手機的瀏覽器裡')).toBeVisible();
  // And back: the tool names the lesson that teaches its method.
  await expect(page.getByRole('link', { name: /^短缺時的專題調研/ }).first()).toHaveAttribute(
    'href',
    '/lessons/practice/shortage-research/',
  );

  await page.getByLabel('短缺品規').fill('紅三環');
  await page.getByLabel('調研日期').fill('2026-10-18');
  // A slip of the thumb: the text stays in the box with a message, and nothing is computed from it.
  await page.getByLabel('本月可分配量').fill('13o');
  await expect(page.getByText('這一格要填數字，例如 12。')).toBeVisible();
  await expect(page.getByLabel('本月可分配量')).toHaveValue('13o');
  await page.getByLabel('本月可分配量').fill('130');
  for (const [i, shop] of SHOPS.entries()) await addShop(page, i + 1, shop);
  await expect(page.getByRole('group', { name: '零售戶（12 戶）' })).toBeVisible();

  // The refuser gets his 底線 first; the rest is split by demand and adds up to 130.
  await expect(allocationOf(page, '候車室小賣').getByRole('cell').nth(1)).toHaveText('20');
  await expect(allocationOf(page, '站前一號').getByRole('cell').nth(1)).toHaveText('18');
  await expect(allocationOf(page, '新村超市').getByRole('cell').nth(1)).toHaveText('9');
  const total = page.locator('.allocation-table tfoot tr').last();
  await expect(total.getByRole('rowheader')).toHaveText('合計（12 戶）');
  await expect(total.getByRole('cell').nth(1)).toHaveText('130');
  await expect(page.locator('.allocation-table tfoot tr').first().getByRole('rowheader')).toHaveText('車站片（4 戶）');
  await expect(page.getByText('不願替代的 1 戶先按底線配足：20 = 20 條。')).toBeVisible();
  await expect(page.getByText('本次調整：新村超市 −1 條。', { exact: false })).toBeVisible();

  await page.getByRole('button', { name: '儲存' }).tap();
  await expect(page.getByRole('status').filter({ hasText: '已儲存在這台裝置上。' })).toBeVisible();
  await expectNoAxeViolations(page);

  // CSV: what the manager sends with the proposal.
  const downloadPromise = page.waitForEvent('download');
  await page.getByRole('button', { name: '匯出 CSV（試算表）' }).tap();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toBe('紅三環-分配建議-2026-10-18.csv');
  const csv = readFileSync(await download.path(), 'utf8');
  expect(csv.startsWith('\uFEFF')).toBe(true);
  expect(csv).toContain('候車室小賣,車站片,不願,40,20,20,0,20,0,0,去車站另一頭的店\r\n');
  expect(csv).toContain('合計（12 戶）,,,225,94,130,0,95,44,15,\r\n');

  // Reload: the survey is still there; open it and change the quantity.
  await page.reload();
  await waitForIslands(page);
  const saved = page.locator('.saved-items li').filter({ hasText: '紅三環' });
  await expect(saved).toContainText('12 戶 · 3 個片區 · 1 戶不願替代 · 可分配 130 條');
  await saved.getByRole('button', { name: /^編輯/ }).tap();
  await expect(page.getByLabel('第 7 戶店名或編號')).toHaveValue('市場口');
  await expect(page.locator('.retailer-card').nth(6).getByLabel('平常月需求')).toHaveValue('22');
  await page.getByLabel('本月可分配量').fill('150');
  await expect(page.getByText('有還沒儲存的修改。')).toBeVisible();
  await page.getByRole('button', { name: '儲存' }).tap();
  await expect(page.getByRole('status').filter({ hasText: '已儲存在這台裝置上。' })).toBeVisible();
  await expect(total.getByRole('cell').nth(1)).toHaveText('150');
  const doc = await readProgress(page);
  const records = Object.values(doc.shortages);
  expect(records).toHaveLength(1);
  expect(records[0]).toMatchObject({ product: '紅三環', available: 150 });

  // Print: the allocation and its assumptions on A4, without the form.
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.record-form')).toBeHidden();
  await expect(page.locator('.allocation-table')).toBeVisible();
  await expect(page.getByText('紅三環短缺調研與分配建議 · 2026-10-18')).toBeVisible();
  expect(await pdfPages(page)).toBeLessThanOrEqual(2);
  await page.emulateMedia({ media: 'screen' });

  // Export the progress file, erase, import: the survey comes back.
  await exportAndReimport(page, 'shortages');
  await page.goto('/tools/shortage/');
  await waitForIslands(page);
  await expect(page.locator('.saved-items li').filter({ hasText: '紅三環' })).toContainText('可分配 150 條');
});

test('delete with undo, duplicate like last time, and a survey that cannot be allocated says why', async ({ page }) => {
  await page.goto('/tools/shortage/');
  await waitForIslands(page);
  await page.getByLabel('短缺品規').fill('紅三環');
  await page.getByLabel('本月可分配量').fill('10');
  await addShop(page, 1, SHOPS[2]!);
  // 底線 20 of the one refuser is more than the 10 available: no numbers, a reason and what to do.
  await expect(
    page.getByText('不願替代的 1 戶底線合計 20 條，比本月可分配的 10 條還多', { exact: false }),
  ).toBeVisible();
  await expect(page.locator('.allocation-table')).toHaveCount(0);
  await page.getByRole('button', { name: '儲存' }).tap();
  await expect(page.getByRole('status').filter({ hasText: '已儲存' })).toBeVisible();

  // Duplicate: a new survey with the same shops; saving it keeps both.
  await page
    .locator('.saved-items li')
    .first()
    .getByRole('button', { name: /^照上次的做/ })
    .tap();
  await expect(page.getByLabel('第 1 戶店名或編號')).toHaveValue('候車室小賣');
  await page.getByLabel('短缺品規').fill('藍三環');
  await page.getByRole('button', { name: '儲存' }).tap();
  await expect(page.locator('.saved-items li')).toHaveCount(2);

  // Delete, then undo: the record is back, also after a reload.
  await page.locator('.saved-items li').filter({ hasText: '紅三環' }).getByRole('button', { name: /^刪除/ }).tap();
  await expect(page.getByRole('status').filter({ hasText: '已刪除「紅三環」。' })).toBeVisible();
  await expect(page.locator('.saved-items li')).toHaveCount(1);
  await page.getByRole('button', { name: '復原' }).tap();
  await expect(page.locator('.saved-items li')).toHaveCount(2);
  await page.reload();
  await waitForIslands(page);
  await expect(page.locator('.saved-items li')).toHaveCount(2);
  // Delete for good: gone after a reload, kept as a tombstone so a merge cannot bring it back.
  await page.locator('.saved-items li').filter({ hasText: '藍三環' }).getByRole('button', { name: /^刪除/ }).tap();
  await page.reload();
  await waitForIslands(page);
  await expect(page.locator('.saved-items li')).toHaveCount(1);
  const doc = await readProgress(page);
  expect(Object.values(doc.shortages).filter((r) => r.deleted)).toHaveLength(1);
});
