import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { heavyDocument } from '../../bench/heavy-year.ts';
import { dueCount } from '../../src/progress/model/review-queue.ts';
import { LESSON_COUNT, progressKeys, readProgress } from './helpers.ts';

const LEGACY_KEY = 'performance-coach:progress';
const lesson = '/lessons/role/company-representative/';

test.use({ viewport: { width: 390, height: 844 }, hasTouch: true });

/** Puts `value` in the single key earlier versions of the site used, before any page script runs. */
async function seedLegacy(page: Page, value: string) {
  await page.goto('/404/');
  await page.evaluate(([key, v]) => localStorage.setItem(key!, v!), [LEGACY_KEY, value]);
}

test('a heavy learner from before the split: lesson, due count, /progress/ and export keep everything', async ({
  page,
}) => {
  const heavy = heavyDocument();
  const due = Object.keys(heavy.review).length;
  await seedLegacy(page, JSON.stringify(heavy));

  // The lesson page moves the single key into the split keys, without a word to the learner.
  await page.goto(lesson);
  await expect(page.locator('.done-control[data-ready]')).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
  // Every card of the heavy year is due (the page may schedule more from unreviewed attempts).
  const badge = page.locator('.site-nav .badge');
  await expect(badge).toBeVisible();
  await expect
    .poll(async () => Number(await badge.locator('[aria-hidden="true"]').textContent()))
    .toBe(dueCount(await readProgress(page), new Date()));
  expect(Number(await badge.locator('[aria-hidden="true"]').textContent())).toBeGreaterThanOrEqual(due);
  await expect(page.getByRole('link', { name: /\d+ 題待複習/ })).toBeVisible();
  await page.getByRole('button', { name: '標記為已完成' }).tap();
  await expect(page.getByRole('button', { name: /已完成/ }).first()).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('status').filter({ hasText: '已記錄：這一課完成了。' })).toBeAttached();

  const keys = await progressKeys(page);
  expect(keys[LEGACY_KEY]).toBeUndefined();
  expect(Object.keys(keys).filter((k) => k.includes(':backup:'))).toHaveLength(1);
  const stored = await readProgress(page);
  expect(Object.keys(stored.attempts)).toHaveLength(Object.keys(heavy.attempts).length);
  expect(stored.lessons['role/company-representative']?.done).toBe(true);

  // The next lesson reads the small keys only and shows the same state.
  await page.reload();
  await expect(page.getByRole('button', { name: /已完成/ }).first()).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByText(/完成於/)).toBeVisible();

  await page.getByRole('navigation', { name: '主要導覽' }).getByRole('link', { name: '我的進度' }).tap();
  await expect(page.locator('[data-ready]')).toBeVisible();
  await expect(page.getByText(`1 / ${LESSON_COUNT}`)).toBeVisible();
  await expect(page.locator('.stat-grid')).toContainText(String(Object.keys(heavy.attempts).length));
  await expect(page.locator('.stat-grid')).toContainText(String(dueCount(await readProgress(page), new Date())));

  const downloadPromise = page.waitForEvent('download');
  await page.getByRole('button', { name: '下載我的進度' }).tap();
  const exported = JSON.parse(readFileSync(await (await downloadPromise).path(), 'utf8'));
  const now = await readProgress(page);
  // The export is the same document format as before the split, with every record.
  expect(exported).toMatchObject({ app: 'performance-coach', version: 5 });
  expect(exported.document.attempts).toEqual(now.attempts);
  expect(exported.document.review).toEqual(now.review);
  expect(Object.keys(exported.document.review)).toEqual(expect.arrayContaining(Object.keys(heavy.review)));
  expect(exported.document.assessments).toEqual(heavy.assessments);
  expect(exported.document.lessons).toEqual({
    ...heavy.lessons,
    'role/company-representative': now.lessons['role/company-representative'],
  });
});

test('two lesson tabs: marking done in one shows in the other without reload', async ({ context }) => {
  const first = await context.newPage();
  const second = await context.newPage();
  await second.goto(lesson);
  await expect(second.locator('.done-control[data-ready]')).toBeVisible();
  await expect(second.getByRole('button', { name: '標記為已完成' })).toBeVisible();
  await first.goto(lesson);
  await first.getByRole('button', { name: '標記為已完成' }).click();
  await expect(first.getByRole('button', { name: /已完成/ }).first()).toHaveAttribute('aria-pressed', 'true');
  await expect(second.getByRole('button', { name: /已完成/ }).first()).toHaveAttribute('aria-pressed', 'true');
  // And back: undo in the second tab reaches the first.
  await second.getByRole('button', { name: '取消完成標記' }).click();
  await expect(first.getByRole('button', { name: '標記為已完成' })).toHaveAttribute('aria-pressed', 'false');
});
