import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, readProgress, waitForIslands } from './helpers.ts';
import { exportAndReimport, pdfPages } from './tools-helpers.ts';

test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
test.setTimeout(120_000);

test('a report grows from the phenomenon to the five parts: warnings, copy as text, reload and edit, print, export and import', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/lessons/practice/useful-information/');
  await page.getByRole('complementary', { name: '在工具裡做一次' }).getByRole('link', { name: '市場資訊報告' }).tap();
  await expect(page).toHaveURL(/\/tools\/report\/$/);
  await waitForIslands(page);

  // Only the phenomenon: the page says it is not yet information.
  await page.getByLabel('觀察到的現象').fill('紅三環缺貨，請及時解決');
  await expect(
    page.getByText('只寫了現象。「紅三環缺貨，請及時解決」這樣的資訊，公司讀了也做不了決定', { exact: false }),
  ).toBeVisible();
  await expect(page.getByRole('group', { name: '二、追問：貨源短缺的 6 個問題' })).toBeVisible();

  // Answer two of the six questions and place them in the report.
  await page.getByLabel(/^1\. 哪裡反應最強烈/).fill('車站片 7 戶不願替代，反應最強烈。');
  await page.getByLabel(/^5\. 有多少零售戶完全不願意替代/).fill('11 戶不願替代：老主顧只認紅三環。');
  await expect(page.getByText('貨源短缺的 6 個問題還有 4 個沒回答。')).toBeVisible();
  await expect(page.getByText('你回答了問題，但事實、原因還是空的', { exact: false })).toBeVisible();
  await page.getByRole('button', { name: /^放進「事實」\s*（第 1 題的答案）/u }).tap();
  await page.getByRole('button', { name: /^放進「原因」\s*（第 5 題的答案）/u }).tap();
  await expect(page.getByLabel('事實', { exact: true })).toHaveValue('車站片 7 戶不願替代，反應最強烈。');
  await expect(page.getByLabel('原因', { exact: true })).toHaveValue('11 戶不願替代：老主顧只認紅三環。');

  await page.getByLabel('報告日期').fill('2026-10-18');
  await page.getByLabel('主題').fill('本轄區紅三環短缺與分配建議（第 42 週）');
  await page.getByLabel('結論', { exact: true }).fill('紅三環本月缺口 360 條；請批准保底分配。');
  await expect(page.getByText('還缺影響、建議。五段都寫了，讀的人才能據以決定。')).toBeVisible();
  await expect(page.getByText('事實裡沒有數字', { exact: false })).toHaveCount(0);
  await page.getByRole('button', { name: '儲存' }).tap();
  await expect(page.getByRole('status').filter({ hasText: '已儲存在這台裝置上。' })).toBeVisible();
  await expectNoAxeViolations(page);

  // Reload, open it again, finish the last two parts.
  await page.reload();
  await waitForIslands(page);
  const saved = page.locator('.saved-items li').filter({ hasText: '本轄區紅三環短缺與分配建議' });
  await expect(saved).toContainText('2026-10-18 · 貨源短缺 · 五段已寫 3 段');
  await saved.getByRole('button', { name: /^編輯/ }).tap();
  await expect(page.getByLabel(/^1\. 哪裡反應最強烈/)).toHaveValue('車站片 7 戶不願替代，反應最強烈。');
  await page.getByLabel('影響', { exact: true }).fill('車站片 7 戶會低於底線，老主顧可能流失。');
  await page.getByLabel('建議', { exact: true }).fill('不願替代的 11 戶按底線配足，共 78 條。');
  await page.getByRole('button', { name: '儲存' }).tap();
  await expect(page.getByRole('status').filter({ hasText: '已儲存在這台裝置上。' })).toBeVisible();
  const doc = await readProgress(page);
  expect(Object.values(doc.reports)).toHaveLength(1);
  expect(Object.values(doc.reports)[0]).toMatchObject({
    topic: 'shortage',
    impact: '車站片 7 戶會低於底線，老主顧可能流失。',
  });

  // Copy as plain text for a chat.
  await page.getByRole('button', { name: '複製成文字' }).tap();
  await expect(page.getByRole('status').filter({ hasText: '已複製，可以貼到聊天軟體。' })).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(
    [
      '【市場資訊報告】2026-10-18 · 貨源短缺',
      '主題：本轄區紅三環短缺與分配建議（第 42 週）',
      '結論：紅三環本月缺口 360 條；請批准保底分配。',
      '事實：車站片 7 戶不願替代，反應最強烈。',
      '原因：11 戶不願替代：老主顧只認紅三環。',
      '影響：車站片 7 戶會低於底線，老主顧可能流失。',
      '建議：不願替代的 11 戶按底線配足，共 78 條。',
    ].join('\n'),
  );

  // Print: one A4 page with the five parts, no form.
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.record-form')).toBeHidden();
  await expect(page.locator('.print-sheet h1')).toHaveText('本轄區紅三環短缺與分配建議（第 42 週）');
  await expect(page.locator('.print-sheet h2')).toHaveText(['結論', '事實', '原因', '影響', '建議']);
  expect(await pdfPages(page)).toBe(1);
  await page.emulateMedia({ media: 'screen' });

  await exportAndReimport(page, 'reports');
  await page.goto('/tools/report/');
  await waitForIslands(page);
  await expect(page.locator('.saved-items li').filter({ hasText: '本轄區紅三環短缺與分配建議' })).toContainText(
    '五段已寫 5 段',
  );
});

test('a counterfeit report asks the five questions; an empty report is not saved and says why', async ({ page }) => {
  await page.goto('/tools/report/');
  await waitForIslands(page);
  await page.getByRole('button', { name: '儲存' }).tap();
  await expect(page.getByRole('alert')).toContainText('報告還是空的。請至少寫下觀察到的現象再儲存。');
  await page.getByRole('radio', { name: '假菸與不規範貨源' }).check();
  await expect(page.getByRole('group', { name: '二、追問：假菸與不規範貨源的 5 個問題' })).toBeVisible();
  await expect(page.getByLabel(/^1\. 偶發還是有系統/)).toBeVisible();
  await expect(page.getByRole('link', { name: '面對假菸與不規範市場' }).last()).toHaveAttribute(
    'href',
    '/lessons/practice/counterfeit-report/',
  );
  // The copy button with nothing written refuses with a reason.
  await page.getByRole('button', { name: '複製成文字' }).tap();
  await expect(page.getByRole('alert')).toContainText('報告還是空的，沒有可以複製的內容。');
});
