import { expect, test, type Locator, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { expectNoAxeViolations } from './helpers.ts';

const lesson = '/lessons/role/win-win/';
interface Option {
  id: string;
  text: string;
  correct?: boolean;
  score?: number;
  feedback: string;
}
interface Q {
  id: string;
  type: string;
  prompt: string;
  explanation: string;
  options?: Option[];
}
const quiz = parse(readFileSync(new URL('../../content/quizzes/role-win-win.yaml', import.meta.url), 'utf8')) as {
  questions: Q[];
};
const question = (id: string) => quiz.questions.find((q) => q.id === id)!;
const right = (q: Q) => q.options!.find((o) => o.correct === true || o.score === 2)!;
const wrong = (q: Q) => q.options!.find((o) => !(o.correct === true || o.score === 2))!;

async function openQuiz(page: Page): Promise<Locator> {
  await page.goto(lesson);
  const form = page.locator('form.quiz');
  await form.scrollIntoViewIfNeeded();
  await expect(page.locator('form.quiz[data-ready]')).toBeVisible();
  return form;
}

/** Answers: q1 right, q2 wrong, q4 best, q5 poor, q6 right set; q3 left in its shuffled order. */
async function answerMixed(form: Locator) {
  const q1 = question('q1');
  const q2 = question('q2');
  await form
    .getByRole('group', { name: new RegExp(q1.prompt.slice(0, 12)) })
    .getByLabel(right(q1).text)
    .check();
  await form
    .getByRole('group', { name: new RegExp(q2.prompt.slice(0, 12)) })
    .getByLabel(wrong(q2).text)
    .check();
  for (const [id, pick] of [
    ['q4', right],
    ['q5', wrong],
  ] as const) {
    const q = question(id);
    await form
      .getByRole('group', { name: new RegExp(q.prompt.slice(0, 12)) })
      .getByLabel(pick(q).text)
      .check();
  }
  const q6 = question('q6');
  const group6 = form.getByRole('group', { name: new RegExp(q6.prompt.slice(0, 12)) });
  for (const o of q6.options!.filter((o) => o.correct)) await group6.getByLabel(o.text).check();
}

test('a quiz gives feedback on every answer, is announced, and is kept after reload', async ({ page }) => {
  const form = await openQuiz(page);
  await answerMixed(form);
  await form.getByRole('button', { name: '送出答案' }).click();

  const status = form.getByRole('status');
  await expect(status).toContainText(/本次得分 .+ \/ 6/);
  await expect(form.getByRole('heading', { level: 3, name: /本次得分/ })).toBeFocused();
  const q1 = question('q1');
  const q2 = question('q2');
  const g1 = form.getByRole('group', { name: new RegExp(q1.prompt.slice(0, 12)) });
  const g2 = form.getByRole('group', { name: new RegExp(q2.prompt.slice(0, 12)) });
  await expect(g1).toContainText('答對了');
  await expect(g1).toContainText(right(q1).feedback);
  await expect(g1).toContainText(q1.explanation);
  await expect(g2).toContainText('答錯了');
  await expect(g2).toContainText(wrong(q2).feedback);
  await expect(g2).toContainText(`正確答案是「${right(q2).text}」`);
  await expect(form.locator('.verdict')).toHaveCount(6);

  await expectNoAxeViolations(page);

  await page.reload();
  await openQuiz(page);
  await expect(page.locator('form.quiz')).toContainText(/你的紀錄：最佳 \d+%/);
  await page.goto('/modules/role/');
  await expect(page.locator('[data-ready]')).toBeVisible();
  await expect(page.locator('.lesson-list li').nth(2)).toContainText(/測驗：最佳 \d+%，上次 \d+%/);
});

test('try again reshuffles the options the same way every time', async ({ page }) => {
  const form = await openQuiz(page);
  const labels = (id: string) =>
    form.getByRole('group', { name: new RegExp(question(id).prompt.slice(0, 12)) }).locator('.options label');
  const first = await labels('q1').allInnerTexts();
  expect(first.map((t) => t.trim())).toEqual(question('q1').options!.map((o) => o.text));
  await form.getByRole('button', { name: '送出答案' }).click();
  await form.getByRole('button', { name: '再試一次' }).click();
  const retried = await labels('q1').allInnerTexts();
  expect(retried).not.toEqual(first);
  await page.reload();
  const again = await openQuiz(page);
  await again.getByRole('button', { name: '送出答案' }).click();
  await again.getByRole('button', { name: '再試一次' }).click();
  expect(await labels('q1').allInnerTexts()).toEqual(retried);
});

test('the missed question comes back in the review queue, and a right answer reschedules it', async ({ page }) => {
  const form = await openQuiz(page);
  await answerMixed(form);
  await form.getByRole('button', { name: '送出答案' }).click();
  await expect(form.getByRole('status')).toContainText('本次得分');
  await expect(page.locator('.site-nav .badge')).toBeVisible();

  await page.goto('/review/');
  await expect(page.locator('form.review[data-ready]')).toBeVisible();
  const q2 = question('q2');
  const heading = page.getByRole('heading', { level: 2, name: /這一輪第 1 \/ \d+ 題/ });
  await expect(heading).toBeVisible();
  await expectNoAxeViolations(page);
  const total = Number((await heading.textContent())!.match(/\/ (\d+)/)![1]);
  expect(total).toBeGreaterThanOrEqual(1);
  // Walk the queue until the true/false question appears, answering others as they come.
  for (let i = 0; i < total; i++) {
    const group = page.locator('fieldset.question');
    if ((await group.locator('legend').textContent())!.includes(q2.prompt.slice(0, 12))) {
      await group.getByLabel(right(q2).text).check();
      await page.getByRole('button', { name: '檢查答案' }).click();
      await expect(group).toContainText('答對了');
      await expect(page.getByText(/下次複習：/)).toBeVisible();
      const card = await page.evaluate(
        () => JSON.parse(localStorage.getItem('performance-coach:progress')!).review['role-win-win/q2'],
      );
      expect(card.missed).toBeUndefined();
      expect(new Date(card.due).getTime()).toBeGreaterThan(Date.now());
      expect(card.reps).toBe(2);
      return;
    }
    await page.getByRole('button', { name: '檢查答案' }).click();
    await page.getByRole('button', { name: /下一題|完成這一輪/ }).click();
  }
  throw new Error('the missed true/false question never came up in the review queue');
});

test('the whole quiz can be done with the keyboard alone', async ({ page }) => {
  await openQuiz(page);
  await page
    .locator('form.quiz h2')
    .first()
    .evaluate((h) => {
      h.setAttribute('tabindex', '-1');
      (h as HTMLElement).focus();
    });
  const touched = new Set<string>();
  for (let i = 0; i < 200; i++) {
    await page.keyboard.press('Tab');
    const el = await page.evaluate(() => {
      const a = document.activeElement as HTMLInputElement | null;
      return a ? { tag: a.tagName, type: a.type, name: a.name, text: a.textContent ?? '', disabled: a.disabled } : null;
    });
    if (!el) continue;
    if (el.tag === 'BUTTON' && el.text.includes('送出答案')) {
      await page.keyboard.press('Enter');
      break;
    }
    if (el.tag === 'INPUT' && (el.type === 'radio' || el.type === 'checkbox') && !touched.has(el.name)) {
      touched.add(el.name);
      await page.keyboard.press('Space');
    } else if (el.tag === 'SELECT') {
      await page.keyboard.press('ArrowDown');
    } else if (el.tag === 'BUTTON' && el.text.includes('↓') && !touched.has('order')) {
      touched.add('order');
      await page.keyboard.press('Enter');
    }
  }
  await expect(page.locator('form.quiz').getByRole('heading', { level: 3, name: /本次得分/ })).toBeFocused();
  await expect(page.locator('form.quiz .verdict')).toHaveCount(6);
  await expect(page.locator('form.quiz .verdict', { hasText: '沒有作答' })).toHaveCount(0);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the quiz reads as a form with every question and option', async ({ page }) => {
    await page.goto(lesson);
    const form = page.locator('form.quiz');
    await expect(form.locator('fieldset')).toHaveCount(quiz.questions.length);
    for (const q of quiz.questions) await expect(form).toContainText(q.prompt);
    await expect(form.getByLabel(right(question('q1')).text)).toBeVisible();
  });
});
