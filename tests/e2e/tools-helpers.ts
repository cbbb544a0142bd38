import { readFileSync } from 'node:fs';
import { expect, type Page } from '@playwright/test';

/** How many pages the print layout takes on A4 (Chromium's PDF of the page in print media). */
export async function pdfPages(page: Page): Promise<number> {
  const pdf = await page.pdf({ format: 'A4', printBackground: false });
  return (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
}

/**
 * Downloads the progress file on /progress/, checks it holds the tool's records, erases everything and imports the
 * file again, as a learner moving to a new phone would.
 */
export async function exportAndReimport(page: Page, collection: string): Promise<void> {
  await page.goto('/progress/');
  const downloadPromise = page.waitForEvent('download');
  await page.getByRole('button', { name: '下載我的進度' }).click();
  const file = await (await downloadPromise).path();
  const exported = JSON.parse(readFileSync(file, 'utf8'));
  expect(Object.keys(exported.document[collection] ?? {}).length).toBeGreaterThan(0);

  await page.getByRole('button', { name: '清除我的進度…' }).click();
  await page
    .getByRole('dialog', { name: /確定要清除所有進度嗎/ })
    .getByRole('button', { name: '確定清除' })
    .click();
  await expect(page.getByRole('status').filter({ hasText: '已清除你的進度' })).toBeVisible();

  await page.getByLabel('匯入進度檔（.json）').setInputFiles(file);
  await page.getByRole('button', { name: '匯入', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: /已.*匯入/ })).toBeVisible();
}
