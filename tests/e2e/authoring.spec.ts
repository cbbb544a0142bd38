import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { parse } from 'yaml';
import { expectNoAxeViolations } from './helpers.ts';

test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

interface Option {
  id: string;
  text: string;
  correct?: boolean;
  feedback: string;
}
/** The first lesson's quiz as the trainer wrote it, so the test follows content edits. */
function firstQuiz(): {
  id: string;
  title: string;
  questions: { type: string; explanation: string; options?: Option[] }[];
} {
  const lesson = readFileSync(join(import.meta.dirname, '../../content/lessons/role/win-win.mdx'), 'utf8');
  const id = /^quiz:\s*(\S+)/m.exec(lesson)![1]!;
  const quiz = parse(readFileSync(join(import.meta.dirname, `../../content/quizzes/${id}.yaml`), 'utf8'));
  return { id, ...quiz };
}

test("a trainer opens the course map and reads a quiz's answer key with every feedback", async ({ page }) => {
  // The page holds every quiz of the course; axe needs longer than the default on it.
  test.setTimeout(180_000);
  await page.goto('/');
  await expect(page.locator('a[href="/author/"]')).toHaveCount(0);

  await page.goto('/author/');
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/);
  await expect(page.getByRole('heading', { level: 1, name: '講師檢視：課程地圖與測驗答案' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 3, name: /^模組 1：/ })).toBeVisible();
  await expect(page.getByText(/新課可用：order: \d+/).first()).toBeVisible();
  await expect(
    page.getByRole('region', { name: '技能覆蓋表' }).getByRole('columnheader', { name: '測驗題（至少 4）' }),
  ).toBeVisible();

  const quiz = firstQuiz();
  await page.getByRole('link', { name: quiz.id, exact: true }).first().tap();
  const section = page.getByRole('region', { name: quiz.title });
  await expect(section).toBeInViewport();
  const single = quiz.questions.find((q) => q.type === 'single' && q.options)!;
  const right = single.options!.find((o) => o.correct)!;
  const rightRow = section.locator('.key-option', { hasText: right.text }).first();
  await expect(rightRow.locator('.key-mark')).toHaveText('✓ 正確答案');
  for (const o of single.options!) {
    const row = section.locator('.key-option', { hasText: o.text }).first();
    await expect(row.locator('.key-feedback')).toHaveText(`回饋：${o.feedback}`);
    await expect(row.locator('.key-mark')).toHaveText(o.correct ? '✓ 正確答案' : '✗ 不正確');
  }
  await expect(section.getByText(single.explanation).first()).toBeVisible();

  await expectNoAxeViolations(page);
});

test('a lesson image is served responsive, sized and lazy', async ({ page }) => {
  await page.goto('/lessons/practice/capital-and-display/');
  const img = page.getByRole('img', { name: /^捲菸櫃陳列示意圖/ });
  await expect(img).toHaveAttribute('loading', 'lazy');
  await expect(img).toHaveAttribute('width', /^\d+$/);
  await expect(img).toHaveAttribute('height', /^\d+$/);
  await expect(img).toHaveAttribute('srcset', /\d+w,/);
  await img.scrollIntoViewIfNeeded();
  await expect.poll(() => img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth)).toBeGreaterThan(0);
  const box = await img.boundingBox();
  expect(box!.width).toBeLessThanOrEqual(390);
  await expectNoAxeViolations(page);
});
