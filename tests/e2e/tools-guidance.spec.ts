import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations, readProgress, waitForIslands } from './helpers.ts';
import { exportAndReimport, pdfPages } from './tools-helpers.ts';

test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
test.setTimeout(120_000);

async function addStock(page: Page, n: number, product: string, sold: string, days: string, stock: string) {
  await page.getByRole('button', { name: '加一個品規' }).first().tap();
  await page.getByLabel(`第 ${n} 個品規`, { exact: true }).first().fill(product);
  await page.getByLabel(`庫存第 ${n} 項 上週銷量`).fill(sold);
  await page.getByLabel(`庫存第 ${n} 項 上週有貨天數`).fill(days);
  await page.getByLabel(`庫存第 ${n} 項 現有庫存`).fill(stock);
}

test('a guidance sheet: stock check, swap, capital, display; one printed A4 page; reload and edit; monthly view; export and import', async ({
  page,
}) => {
  await page.goto('/lessons/practice/capital-and-display/');
  await page.getByRole('complementary', { name: '在工具裡做一次' }).getByRole('link', { name: '零售戶輔導單' }).tap();
  await expect(page).toHaveURL(/\/tools\/guidance\/$/);
  await waitForIslands(page);
  for (const lesson of ['滯銷、緊俏與合理庫存', '預測與調劑', '有限資金與陳列']) {
    await expect(page.locator('main > p').getByRole('link', { name: new RegExp(lesson) })).toBeVisible();
  }
  await page.getByLabel('零售戶（店名或編號）').fill('魏老闆食雜店');
  await page.getByLabel('檔位').fill('三檔');
  await page.getByLabel('月份').fill('2026-10');
  await page.getByLabel('輔導日期').fill('2026-10-20');

  // 丙 sold 18 in 5 days: the week's demand is 25, not 18.
  await addStock(page, 1, '丙', '18', '5', '4');
  await expect(
    page.locator('.record-form').getByText('週需求 25 條，安全庫存 11 條，上限 36 條：建議訂 32 條。'),
  ).toBeVisible();
  await addStock(page, 2, '乙', '6', '7', '48');
  await expect(page.locator('.record-form').getByText('週需求 6 條，上限 9 條：多了 39 條，暫停補貨。')).toBeVisible();

  await page.getByRole('button', { name: '加一個滯銷品規' }).tap();
  await page.getByLabel('第 1 個滯銷品規').fill('金岫禮盒');
  await page.getByLabel('調劑第 1 項 現有庫存').fill('12');
  await page.getByLabel('調劑第 1 項 每週約賣').fill('1');
  await page.getByLabel('調劑第 1 項 可能接手的店').fill('卓老闆超市');
  await expect(page.locator('.record-form').getByText('合理上限 2 條，可申請調出 10 條。')).toBeVisible();

  await page.getByRole('button', { name: '加一個熱銷品規' }).tap();
  await page.getByLabel('第 1 個熱銷品規').fill('遠帆');
  await page.getByLabel('熱銷第 1 項 資訊').fill('下週到貨 20 條，附近三家店都在問。');

  await page.getByRole('button', { name: '加一個品規' }).last().tap();
  await page.getByLabel('第 1 個品規', { exact: true }).last().fill('甲');
  await page.getByLabel('資金第 1 項 價位段').fill('中價位');
  await page.getByLabel('資金第 1 項 進價（每條）').fill('100');
  await page.getByLabel('資金第 1 項 毛利（每條）').fill('10');
  await page.getByLabel('資金第 1 項 每週需求').fill('20');
  await page.getByLabel('資金第 1 項 庫存').fill('20');
  await page.getByRole('button', { name: '加一個品規' }).last().tap();
  await page.getByLabel('第 2 個品規', { exact: true }).last().fill('丁');
  await page.getByLabel('資金第 2 項 價位段').fill('高價位');
  await page.getByLabel('資金第 2 項 進價（每條）').fill('400');
  await page.getByLabel('資金第 2 項 毛利（每條）').fill('30');
  await page.getByLabel('資金第 2 項 每週需求').fill('1');
  await page.getByLabel('資金第 2 項 庫存').fill('15');
  await expect(page.getByRole('rowheader', { name: '高價位 （資金偏多）' })).toBeVisible();
  await expect(page.locator('.record-form').getByText('占用資金 = 各品規庫存 × 進價，合計 8,000 元。')).toBeVisible();

  await page.getByRole('checkbox', { name: /每個品規都有價簽/ }).check();
  await page.getByRole('checkbox', { name: /不向未成年人售菸的標識清楚/ }).check();
  await expect(page.getByRole('group', { name: '陳列檢查表（2/8）' })).toBeVisible();
  await page.getByLabel('本月評價').fill('丙斷貨兩次，乙積壓 48 條。');
  await page.getByLabel('下月方向').fill('每週看丙的庫存；乙暫停補貨。');
  await page.getByRole('button', { name: '儲存' }).tap();
  await expect(page.getByRole('status').filter({ hasText: '已儲存在這台裝置上。' })).toBeVisible();
  await expectNoAxeViolations(page);

  // The sheet left with the retailer: one A4 page.
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.record-form')).toBeHidden();
  await expect(page.locator('.guidance-sheet h1')).toHaveText('魏老闆食雜店 · 2026年10月輔導單');
  await expect(page.locator('.guidance-sheet')).toContainText('金岫禮盒：合理上限 2 條，可申請調出 10 條。');
  expect(await pdfPages(page)).toBe(1);
  await page.emulateMedia({ media: 'screen' });

  // Next month: reload, plan like last time, change the month and the evaluation.
  await page.reload();
  await waitForIslands(page);
  const saved = page.locator('.saved-items li').filter({ hasText: '魏老闆食雜店' });
  await expect(saved).toContainText('2026年10月 · 三檔 · 陳列 2/8');
  await saved.getByRole('button', { name: /^照上次的做/ }).tap();
  await expect(page.getByLabel('庫存第 1 項 上週銷量')).toHaveValue('18');
  await page.getByLabel('月份').fill('2026-11');
  await page.getByLabel('本月評價').fill('丙沒有再斷貨。');
  await page.getByLabel('下月方向').fill('試放戊兩週。');
  await page.getByRole('button', { name: '儲存' }).tap();
  await expect(page.getByRole('status').filter({ hasText: '已儲存在這台裝置上。' })).toBeVisible();

  const monthly = page.getByRole('region', { name: '魏老闆食雜店' });
  await expect(monthly.locator('.month-list > li strong')).toHaveText(['2026年11月', '2026年10月']);
  await expect(monthly.locator('.month-list > li').first()).toContainText('丙沒有再斷貨。');
  await expect(monthly.locator('.month-list > li').last()).toContainText('每週看丙的庫存；乙暫停補貨。');
  expect(Object.values((await readProgress(page)).guidance)).toHaveLength(2);

  await exportAndReimport(page, 'guidance');
  await page.goto('/tools/guidance/');
  await waitForIslands(page);
  await expect(page.getByRole('region', { name: '魏老闆食雜店' }).locator('.month-list > li')).toHaveCount(2);
});

test('a sheet without a retailer is not saved and says why; a bad number keeps its text', async ({ page }) => {
  await page.goto('/tools/guidance/');
  await waitForIslands(page);
  await page.getByRole('button', { name: '加一個品規' }).first().tap();
  await page.getByLabel('庫存第 1 項 上週銷量').fill('十八');
  await expect(page.getByText('這一格要填數字，例如 12。', { exact: false })).toBeVisible();
  await page.getByRole('button', { name: '儲存' }).tap();
  await expect(page.getByRole('alert')).toContainText('有格子填的不是數字');
  await expect(page.getByLabel('庫存第 1 項 上週銷量')).toHaveValue('十八');
  await page.getByLabel('庫存第 1 項 上週銷量').fill('18');
  await page.getByRole('button', { name: '儲存' }).tap();
  await expect(page.getByRole('alert')).toContainText('零售戶沒有填。請寫店名或零售戶編號');
});
