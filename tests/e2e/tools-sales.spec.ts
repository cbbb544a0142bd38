/**
 * 銷售計劃 on a phone: the lesson's November plan entered as a manager would (the difference shown until the 分目標
 * add up), a refused save, reload, actuals entered and charted against the plan, print emulation, 照上次的做,
 * delete and undo, and the plan found again after export, erase and import.
 */
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations, readProgress, waitForIslands } from './helpers.ts';

test.use({ viewport: { width: 390, height: 844 }, hasTouch: true });

const form = (page: Page) => page.getByRole('form', { name: /銷售計劃/ });
const group = (page: Page, name: string) => form(page).getByRole('group', { name });

async function fillPart(page: Page, n: number, label: string, target: string, measures: string) {
  const g = group(page, `分目標 ${n}`);
  await g.getByLabel('名稱').fill(label);
  await g.getByLabel('數量').fill(target);
  await g.getByLabel('措施').fill(measures);
}

test('build the lesson’s plan, enter actuals, chart, print, repeat, delete and undo, export and import', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await page.goto('/tools/sales/');
  await waitForIslands(page);
  await expect(page.getByText('還沒有銷售計劃')).toBeVisible();
  await expect(page.getByRole('link', { name: /銷售計劃：分目標、措施與難點/ })).toBeVisible();

  await page.getByRole('button', { name: '新增銷售計劃' }).tap();
  await expect(form(page).getByRole('heading', { name: '新增銷售計劃' })).toBeFocused();
  // Saving an empty plan is refused, with the reasons announced.
  await form(page).getByRole('button', { name: '儲存' }).tap();
  await expect(form(page).getByRole('alert')).toContainText('計劃名稱沒有填');
  await expect(form(page).getByRole('alert')).toContainText('總目標沒有填');

  await form(page).getByLabel('計劃名稱').fill('十一月銷售計劃');
  await form(page).getByLabel('總目標').fill('10200');
  await fillPart(page, 1, '商業街片 28 戶', '4080', '第一週逐戶檢查主銷品規的陳列與價簽');
  await group(page, '分目標 1').getByLabel('預見的難點').fill('兩個熱門品規貨源偏緊');
  await group(page, '分目標 1').getByLabel('對策（怎樣準備）').fill('提前整理同價位的替代品規');
  await expect(
    form(page).getByText('分目標合計 4,080 條，比總目標 10,200 條少 6,120 條，還要再分出去。'),
  ).toBeVisible();
  await form(page).getByRole('button', { name: '再加一個分目標' }).tap();
  await fillPart(page, 2, '住宅片 35 戶', '3570', '第二週前走完全片，核對中價位斷貨天數');
  await form(page).getByRole('button', { name: '再加一個分目標' }).tap();
  await fillPart(page, 3, '工業園片 22 戶', '2550', '前兩週集中拜訪');
  await expect(form(page).getByText('分目標合計 10,200 條，和總目標相符。')).toBeVisible();

  const weeks: [string, string][] = [
    ['第 1 週', '2300'],
    ['第 2 週', '2400'],
    ['第 3 週', '2400'],
    ['第 4 週', '3100'],
  ];
  for (const [i, [label, plan]] of weeks.entries()) {
    if (i > 0) await form(page).getByRole('button', { name: '再加一個時段' }).tap();
    const g = group(page, label);
    await g.getByLabel('計劃量').fill(plan);
  }
  await expect(form(page).getByText(/各時段：分目標合計 10,200 條，和總目標相符/)).toBeVisible();
  await expectNoAxeViolations(page);
  await form(page).getByRole('button', { name: '儲存' }).tap();
  await expect(page.getByRole('status')).toContainText('已儲存「十一月銷售計劃」');
  await expect(page.getByRole('heading', { level: 2, name: '十一月銷售計劃' })).toBeVisible();
  await expect(page.getByText('還沒有填實際量。')).toBeVisible();

  // Reload, then enter the first week's actual: the chart and its table compare it with the plan.
  await page.reload();
  await waitForIslands(page);
  await page.getByRole('button', { name: '看「十一月銷售計劃」' }).tap();
  await page.getByRole('button', { name: '編輯或填實際量' }).tap();
  await group(page, '第 1 週').getByLabel('實際量').fill('2250');
  // A later week reported before an earlier one is refused.
  await group(page, '第 3 週').getByLabel('實際量').fill('100');
  await form(page).getByRole('button', { name: '儲存' }).tap();
  await expect(form(page).getByRole('alert')).toContainText('第 2 個時段（第 2 週）還沒填實際量');
  await group(page, '第 3 週').getByLabel('實際量').fill('');
  await form(page).getByRole('button', { name: '儲存' }).tap();
  await expect(page.getByText('已報的時段累計實際 2,250 條，同期計劃 2,300 條，差 -50 條。')).toBeVisible();
  const table = page.getByRole('table', { name: /各時段的計劃與實際/ });
  await expect(table.getByRole('row', { name: /第 1 週/ })).toContainText('2,300');
  await expect(table.getByRole('row', { name: /第 1 週/ })).toContainText('-50');
  await expect(table.getByRole('row', { name: /第 2 週/ })).toContainText('未填');
  await expect(page.getByRole('img', { name: /計劃與實際的長條圖/ })).toBeVisible();
  await expectNoAxeViolations(page);

  // Print: the plan sheet without the list, buttons or navigation.
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('heading', { level: 2, name: '十一月銷售計劃' })).toBeVisible();
  await expect(page.getByRole('cell', { name: '兩個熱門品規貨源偏緊' })).toBeVisible();
  await expect(page.getByRole('button', { name: '列印計劃' })).toBeHidden();
  await expect(page.getByRole('heading', { name: '我的銷售計劃' })).toBeHidden();
  await page.emulateMedia({ media: 'screen' });

  // 照上次的做: a copy with the same split and no actuals.
  await page.getByRole('button', { name: '照「十一月銷售計劃」上次的做一份新的' }).tap();
  await expect(form(page).getByLabel('計劃名稱')).toHaveValue('十一月銷售計劃（複製）');
  await expect(group(page, '第 1 週').getByLabel('實際量')).toHaveValue('');
  await form(page).getByLabel('計劃名稱').fill('十二月銷售計劃');
  await form(page).getByRole('button', { name: '儲存' }).tap();
  await expect(page.getByRole('heading', { level: 3 })).toHaveText(['十二月銷售計劃', '十一月銷售計劃']);

  // Delete with undo.
  await page.getByRole('button', { name: '刪除「十二月銷售計劃」' }).tap();
  await expect(page.getByRole('status')).toContainText('已刪除「十二月銷售計劃」');
  await page.getByRole('button', { name: '復原' }).tap();
  await expect(page.getByRole('heading', { level: 3, name: '十二月銷售計劃' })).toBeVisible();
  await page.getByRole('button', { name: '刪除「十二月銷售計劃」' }).tap();
  expect(Object.values((await readProgress(page)).salesPlans).map((p) => [p.title, p.deleted ?? false])).toEqual(
    expect.arrayContaining([
      ['十一月銷售計劃', false],
      ['十二月銷售計劃', true],
    ]),
  );

  // Export, erase, import: the plan comes back with its actual.
  await page.goto('/progress/');
  await waitForIslands(page);
  const downloadPromise = page.waitForEvent('download');
  await page.getByRole('button', { name: '下載我的進度' }).click();
  const file = await (await downloadPromise).path();
  await page.getByRole('button', { name: '清除我的進度…' }).click();
  await page.getByRole('dialog').getByRole('button', { name: '確定清除' }).click();
  await expect(page.getByRole('status').filter({ hasText: '已清除你的進度' })).toBeVisible();
  await page.getByLabel('匯入進度檔（.json）').setInputFiles(file);
  await expect(page.getByText(/2 份銷售計劃/)).toBeVisible();
  await page.getByRole('button', { name: '匯入', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: '已合併匯入的進度' })).toBeVisible();
  await page.goto('/tools/sales/');
  await waitForIslands(page);
  await expect(page.getByRole('heading', { level: 3 })).toHaveText(['十一月銷售計劃']);
  await page.getByRole('button', { name: '看「十一月銷售計劃」' }).tap();
  await expect(page.getByText('已報的時段累計實際 2,250 條')).toBeVisible();
});
