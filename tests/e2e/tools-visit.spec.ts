/**
 * 拜訪計劃 on a phone: the tools page, planning a day's visits as a manager would (one without a purpose is
 * flagged 走馬觀花), a refused save, reload, edit, 照上次的做 with the last visit's closing note, delete and undo,
 * print emulation, and the records found again after export, erase and import.
 */
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations, readProgress, waitForIslands } from './helpers.ts';

test.use({ viewport: { width: 390, height: 844 }, hasTouch: true });

async function openTool(page: Page) {
  await page.goto('/tools/visit/');
  await waitForIslands(page);
  await expect(page.getByRole('heading', { name: '當天的拜訪' })).toBeVisible();
}

const form = (page: Page) => page.getByRole('form', { name: /拜訪計劃/ });

test('the tools page says where the data stays and leads to the visit plan and its lesson', async ({ page }) => {
  await page.goto('/tools/');
  await expect(page.getByRole('heading', { level: 1, name: '工具' })).toBeVisible();
  await expect(page.getByText(/零售戶的資料只存在這台手機的瀏覽器裡，不會上傳/)).toBeVisible();
  await expect(page.getByRole('link', { name: '工具', exact: true })).toHaveAttribute('aria-current', 'page');
  await expectNoAxeViolations(page);
  await page.getByRole('link', { name: '拜訪計劃' }).tap();
  await expect(page).toHaveURL(/\/tools\/visit\/$/);
  await page.getByRole('link', { name: /有目的的拜訪/ }).click();
  await expect(page).toHaveURL(/\/lessons\/practice\/purposeful-visit\/$/);
  const aside = page.getByRole('complementary', { name: '在工具裡做一次' });
  await aside.getByRole('link', { name: '拜訪計劃' }).click();
  await expect(page).toHaveURL(/\/tools\/visit\/$/);
});

test('plan a day, reload, edit, plan like last time, delete and undo, print, export and import', async ({ page }) => {
  test.setTimeout(180_000);
  await openTool(page);
  await expect(page.getByText('這一天還沒有拜訪計劃')).toBeVisible();
  const today = await page.getByLabel('日期', { exact: true }).inputValue();

  // The first visit, with a purpose.
  await page.getByRole('button', { name: '新增拜訪' }).tap();
  const f = form(page);
  await expect(f.getByRole('heading', { name: '新增拜訪計劃' })).toBeFocused();
  await f.getByLabel('零售戶名稱或編號').fill('陳姐便利店');
  await f.getByLabel('檔位（選填）').fill('5 檔');
  await f.getByLabel('預計時間（選填）').fill('09:30');
  await f.getByLabel('路線順序（選填）').fill('1');
  await f.getByLabel('目的', { exact: true }).fill('和陳姐一起盤點，調整兩個主銷品規的訂貨量');
  await f.getByLabel('庫存（斷貨與積壓）').fill('主銷品規每週約兩天斷貨；高價位積壓 8 條');
  await f.getByLabel('希望的狀態').fill('四週內主銷品規不斷貨，積壓降到 2 條以下');
  await f.getByLabel(/怎樣做到/).fill('需求 10 × 7 ÷ 5 = 14 條，據此調整訂貨量；補價簽');
  await f.getByLabel('要檢查和要帶的東西').fill('價簽 3 個、近四週訂貨資料');
  await f.getByRole('button', { name: '儲存' }).tap();
  await expect(page.getByRole('status')).toContainText('已儲存「陳姐便利店」');
  await expect(page.getByRole('heading', { name: '第 1 站 · 09:30 · 陳姐便利店（5 檔）' })).toBeVisible();

  // The second, without a purpose: flagged in words.
  await page.getByRole('button', { name: '新增拜訪' }).tap();
  await form(page).getByLabel('零售戶名稱或編號').fill('R-0232 新民商店');
  await form(page).getByLabel('路線順序（選填）').fill('2');
  await expect(form(page).getByText(/走馬觀花/)).toBeVisible();
  await form(page).getByRole('button', { name: '儲存' }).tap();
  await expect(page.getByText('這一天有 2 個拜訪，其中 1 個還沒寫目的。')).toBeVisible();
  const second = page.getByRole('listitem').filter({ hasText: 'R-0232 新民商店' });
  await expect(second.getByText('走馬觀花：')).toBeVisible();

  // Bad input: no retailer and a next step before the visit. Nothing is saved, the reason is announced.
  await page.getByRole('button', { name: '新增拜訪' }).tap();
  await form(page).getByLabel('下一步的日期').fill('2020-01-01');
  await form(page).getByRole('button', { name: '儲存' }).tap();
  const alert = form(page).getByRole('alert');
  await expect(alert).toContainText('還不能儲存');
  await expect(alert).toContainText('零售戶名稱或編號沒有填');
  await expect(alert).toContainText('早於拜訪日期');
  await expect(form(page).getByLabel('零售戶名稱或編號')).toHaveAttribute('aria-invalid', 'true');
  await form(page).getByRole('button', { name: '取消' }).tap();
  expect(Object.keys((await readProgress(page)).visits)).toHaveLength(2);
  await expectNoAxeViolations(page);

  // Reload: both are still there, in route order. Edit the first after the visit.
  await page.reload();
  await waitForIslands(page);
  const stops = page.locator('.tool-list > li h3');
  await expect(stops).toHaveText(['第 1 站 · 09:30 · 陳姐便利店（5 檔）', '第 2 站 · R-0232 新民商店']);
  await page.getByRole('button', { name: '編輯「陳姐便利店（5 檔）」' }).tap();
  await form(page).getByLabel('結果').fill('已補價簽 3 個；主銷品規訂貨量由每週 10 條調整為 14 條');
  await form(page).getByLabel('下一步', { exact: true }).fill('檢查主銷品規有無斷貨');
  await form(page).getByLabel('下一步的日期').fill(today);
  await form(page).getByRole('button', { name: '儲存' }).tap();
  await expect(page.locator('.tool-list').getByText(/結果：已補價簽 3 個/)).toBeVisible();

  // 照上次的做: the same shop next week, starting from the last visit's closing note.
  await page.getByRole('button', { name: '照「陳姐便利店（5 檔）」上次的做一份新的' }).tap();
  await expect(form(page).getByLabel('零售戶名稱或編號')).toHaveValue('陳姐便利店');
  await expect(form(page).getByLabel('結果')).toHaveValue('');
  await expect(form(page).getByText(/上次拜訪（\d{4}-\d{2}-\d{2}）的結尾/)).toBeVisible();
  await expect(form(page).getByText('約定的下一步：檢查主銷品規有無斷貨', { exact: false })).toBeVisible();
  await form(page).getByLabel('拜訪日期').fill('2031-06-10');
  await form(page).getByRole('button', { name: '儲存' }).tap();
  await expect(page.getByLabel('日期', { exact: true })).toHaveValue('2031-06-10');
  await expect(page.getByRole('heading', { name: /第 1 站 · 09:30 · 陳姐便利店/ })).toBeVisible();
  await page.getByLabel('日期', { exact: true }).fill(today);

  // Delete with undo, then delete for good.
  await page.getByRole('button', { name: '刪除「R-0232 新民商店」' }).tap();
  await expect(page.getByRole('status')).toContainText('已刪除「R-0232 新民商店」');
  await expect(page.getByRole('heading', { name: /新民商店/ })).toHaveCount(0);
  await page.getByRole('button', { name: '復原' }).tap();
  await expect(page.getByRole('status')).toContainText('已復原');
  await expect(page.getByRole('heading', { name: '第 2 站 · R-0232 新民商店' })).toBeVisible();
  await page.getByRole('button', { name: '刪除「R-0232 新民商店」' }).tap();
  const stored = await readProgress(page);
  expect(Object.values(stored.visits).filter((v) => v.deleted)).toHaveLength(1);
  expect(Object.values(stored.visits).filter((v) => !v.deleted)).toHaveLength(2);

  // Print: the day's route sheet on A4, without the form, buttons or navigation.
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('heading', { name: `${today} 拜訪計劃` })).toBeVisible();
  await expect(page.getByText('需求 10 × 7 ÷ 5 = 14 條', { exact: false })).toBeVisible();
  await expect(page.getByRole('button', { name: '新增拜訪' })).toBeHidden();
  await expect(page.locator('.site-header')).toBeHidden();
  await page.emulateMedia({ media: 'screen' });

  // Export, erase, import: the visits come back, and the deleted one stays deleted.
  await page.goto('/progress/');
  await waitForIslands(page);
  const downloadPromise = page.waitForEvent('download');
  await page.getByRole('button', { name: '下載我的進度' }).click();
  const file = await (await downloadPromise).path();
  await page.getByRole('button', { name: '清除我的進度…' }).click();
  await page.getByRole('dialog').getByRole('button', { name: '確定清除' }).click();
  await expect(page.getByRole('status').filter({ hasText: '已清除你的進度' })).toBeVisible();
  await page.getByLabel('匯入進度檔（.json）').setInputFiles(file);
  await expect(page.getByText(/3 筆拜訪計劃/)).toBeVisible();
  await page.getByRole('button', { name: '匯入', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: '已合併匯入的進度' })).toBeVisible();
  await openTool(page);
  await page.getByLabel('日期', { exact: true }).fill(today);
  await expect(page.locator('.tool-list > li h3')).toHaveText(['第 1 站 · 09:30 · 陳姐便利店（5 檔）']);
  await expect(page.getByRole('button', { name: /2031-06-10 · 陳姐便利店/ })).toBeVisible();
});
