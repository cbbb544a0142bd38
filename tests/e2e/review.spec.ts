import { expect, test, type Locator, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import type { ReviewCard } from '../../src/progress/model/document.ts';
import { scheduleAnswer } from '../../src/review/model/schedule.ts';
import { expectNoAxeViolations, readProgress, storeProgress } from './helpers.ts';

interface Option {
  id: string;
  text: string;
  correct?: boolean;
  score?: number;
}
interface Q {
  id: string;
  type: string;
  prompt: string;
  options?: Option[];
}
const QUIZ = 'role-win-win';
const KEY = 'performance-coach:progress';
const quiz = parse(readFileSync(new URL(`../../content/quizzes/${QUIZ}.yaml`, import.meta.url), 'utf8')) as {
  questions: Q[];
};
const best = (q: Q) => q.options!.filter((o) => o.correct === true || o.score === 2);
const poor = (q: Q) => q.options!.find((o) => !(o.correct === true || o.score === 2))!;
const day = 86_400_000;

/** Every question of the quiz missed an hour ago; one card with difficulty 0, one answered while the clock was 30 days ahead. */
function seededCards(now: number): Record<string, ReviewCard> {
  const cards: Record<string, ReviewCard> = {};
  quiz.questions.forEach((q, i) => {
    const at = new Date(now - 3_600_000 + i * 1000);
    let card = scheduleAnswer(undefined, { quiz: QUIZ, question: q.id }, 0, undefined, at);
    if (i === 3) card = { ...card, difficulty: 0, state: 2 };
    if (i === 4) {
      const ahead = new Date(now + 30 * day).toISOString();
      card = { ...card, at: ahead, last_review: ahead, due: new Date(now + 30 * day + 60_000).toISOString() };
    }
    cards[`${QUIZ}/${q.id}`] = card;
  });
  return cards;
}

const storedCards = (page: Page) => readProgress(page).then((doc) => doc.review as Record<string, ReviewCard>);

/** What the learner does with each question: the right answer, a wrong one, or (order) confirming the shuffled start. */
const plan: Record<string, 'right' | 'wrong' | 'confirm'> = {
  q1: 'right',
  q2: 'wrong',
  q3: 'confirm',
  q4: 'right',
  q5: 'right',
  q6: 'right',
};

async function answer(fieldset: Locator, q: Q, how: 'right' | 'wrong' | 'confirm') {
  if (how === 'confirm') return fieldset.getByRole('button', { name: '就是這個順序' }).tap();
  const picks = how === 'right' ? best(q) : [poor(q)];
  for (const o of picks) await fieldset.getByLabel(o.text, { exact: true }).tap();
}

test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

test('a review round: every card waits for its own answer and is scheduled on it alone', async ({ page }) => {
  const now = Date.now();
  const seeded = seededCards(now);
  await page.goto('/');
  await storeProgress(page, { review: seeded, settings: { askConfidence: true, seed: 'review-e2e' } }, KEY);
  await page.goto('/review/');
  await expect(page.locator('form.review[data-ready]')).toBeVisible();
  const total = quiz.questions.length;
  expect(total).toBeGreaterThanOrEqual(5);
  await expect(page.getByRole('heading', { level: 2, name: `這一輪第 1 / ${total} 題` })).toBeVisible();
  await expectNoAxeViolations(page);

  const answered: string[] = [];
  for (let i = 0; i < total; i++) {
    await expect(page.getByRole('heading', { level: 2, name: `這一輪第 ${i + 1} / ${total} 題` })).toBeVisible();
    const fieldset = page.locator('fieldset.question');
    const legend = (await fieldset.locator('legend').textContent())!;
    const q = quiz.questions.find((x) => legend.includes(x.prompt))!;
    expect(q, `card ${i + 1} shows a question of the quiz`).toBeDefined();
    expect(answered).not.toContain(q.id);
    const key = `${QUIZ}/${q.id}`;

    // The card arrives unanswered and ungraded, and its stored schedule is untouched.
    await expect(fieldset.locator('.verdict')).toHaveCount(0);
    await expect(page.getByRole('button', { name: '檢查答案' })).toBeVisible();
    const before = await storedCards(page);
    expect(before[key]).toEqual(seeded[key]);

    const how = plan[q.id]!;
    await answer(fieldset, q, how);
    await page.getByRole('button', { name: '檢查答案' }).tap();
    const verdict = fieldset.locator('.verdict');
    if (how === 'right') await expect(verdict).toContainText('答對了');
    else if (how === 'wrong') await expect(verdict).toContainText('答錯了');
    else await expect(verdict).toContainText(/部分正確|答錯了/);

    const after = await storedCards(page);
    const card = after[key]!;
    expect(card.reps, `${q.id} was reviewed once`).toBe(seeded[key]!.reps + 1);
    expect(Date.parse(card.last_review!)).toBeLessThanOrEqual(Date.now());
    expect(card.difficulty).toBeGreaterThanOrEqual(1);
    expect(card.at > seeded[key]!.at).toBe(true);
    if (how === 'right') {
      expect(card.missed).toBeUndefined();
      expect(Date.parse(card.due)).toBeGreaterThan(Date.now());
    } else {
      expect(card.missed).toBe(true);
    }
    answered.push(q.id);
    // Only the cards answered so far have changed.
    for (const other of quiz.questions.filter((x) => !answered.includes(x.id))) {
      expect(after[`${QUIZ}/${other.id}`]).toEqual(seeded[`${QUIZ}/${other.id}`]);
    }
    await page.getByRole('button', { name: i === total - 1 ? '完成這一輪' : '下一題' }).tap();
  }

  const rightCount = quiz.questions.filter((q) => plan[q.id] === 'right').length;
  await expect(page.getByRole('heading', { name: '這一輪複習完成了！' })).toBeVisible();
  await expect(page.getByText(`答對 ${rightCount} / ${total} 題。`)).toBeVisible();
  await page.getByRole('button', { name: `再複習一輪（${total - rightCount} 題）` }).tap();
  await expect(page.getByRole('heading', { level: 2, name: `這一輪第 1 / ${total - rightCount} 題` })).toBeVisible();
  await expect(page.locator('fieldset.question .verdict')).toHaveCount(0);
});

test('quiz answers that could not be scheduled offline are scheduled when the review page opens', async ({ page }) => {
  await page.goto('/');
  const at = new Date(Date.now() - 60_000).toISOString();
  await storeProgress(
    page,
    {
      attempts: {
        a1: {
          id: 'a1',
          quiz: 'role-win-win',
          at,
          answers: { q1: 'b' },
          scores: { q1: 0, q2: 1 },
          skills: { 'dual-role': { earned: 1, possible: 2 } },
          score: 0.5,
        },
      },
    },
    KEY,
  );
  await page.goto('/review/');
  await expect(page.getByRole('heading', { level: 2, name: '這一輪第 1 / 1 題' })).toBeVisible();
  const cards = await storedCards(page);
  expect(Object.keys(cards).sort()).toEqual(['role-win-win/q1', 'role-win-win/q2']);
  expect(cards['role-win-win/q1']!.missed).toBe(true);
  expect(cards['role-win-win/q2']!.missed).toBeUndefined();
});

test('「檢查答案」 on a card with no answer says the answer is missing and grades nothing', async ({ page }) => {
  const now = Date.now();
  const seeded = seededCards(now);
  await page.goto('/');
  await storeProgress(page, { review: seeded, settings: { askConfidence: true, seed: 'review-e2e' } }, KEY);
  await page.goto('/review/');
  await expect(page.getByRole('heading', { level: 2, name: `這一輪第 1 / ${quiz.questions.length} 題` })).toBeVisible();
  const fieldset = page.locator('fieldset.question');
  const legend = (await fieldset.locator('legend').textContent())!;
  const q = quiz.questions.find((x) => legend.includes(x.prompt))!;

  await page.getByRole('button', { name: '檢查答案' }).tap();
  await expect(page.getByRole('alert')).toHaveText('這一題還沒作答：先作答再按「檢查答案」。');
  await expect(fieldset.locator('.verdict')).toHaveCount(0);
  await expect(page.getByRole('button', { name: /下一題|完成這一輪/ })).toHaveCount(0);
  expect(await storedCards(page)).toEqual(seeded);
  await expectNoAxeViolations(page);

  // Answering clears the message; checking then grades and schedules this card.
  await answer(fieldset, q, plan[q.id]!);
  await expect(page.getByRole('alert')).toHaveCount(0);
  await page.getByRole('button', { name: '檢查答案' }).tap();
  await expect(fieldset.locator('.verdict')).toBeVisible();
  expect((await storedCards(page))[`${QUIZ}/${q.id}`]!.reps).toBe(seeded[`${QUIZ}/${q.id}`]!.reps + 1);
});
