// Question data travels as one JSON file per quiz (/quizzes/<id>.json): fetched by the lesson's quiz island
// when it comes into view and by the review queue for the due cards' quizzes only.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import type { ReviewCard } from '../../src/progress/model/document.ts';
import { scheduleAnswer } from '../../src/review/model/schedule.ts';
import { expectNoAxeViolations, readProgress, storeProgress, throttle } from './helpers.ts';

interface Q {
  id: string;
  type: string;
  prompt: string;
  explanation: string;
  options?: { id: string; text: string; correct?: boolean; score?: number }[];
}
const quizOf = (id: string) =>
  parse(readFileSync(new URL(`../../content/quizzes/${id}.yaml`, import.meta.url), 'utf8')) as { questions: Q[] };
const lesson = '/lessons/role/win-win/';
const winWin = quizOf('role-win-win');
const question = (id: string) => winWin.questions.find((q) => q.id === id)!;
const right = (q: Q) => q.options!.find((o) => o.correct === true || o.score === 2)!;
const wrong = (q: Q) => q.options!.find((o) => !(o.correct === true || o.score === 2))!;
const group = (form: Locator, id: string) =>
  form.getByRole('group', { name: new RegExp(question(id).prompt.slice(0, 12)) });
const stored = (page: Page) => readProgress(page);

/** The quiz data files the page asks for. */
function quizRequests(page: Page): string[] {
  const seen: string[] = [];
  page.on('request', (r) => {
    const path = new URL(r.url()).pathname;
    if (path.startsWith('/quizzes/')) seen.push(path);
  });
  return seen;
}

async function openQuiz(page: Page): Promise<Locator> {
  await page.goto(lesson);
  await page.locator('form.quiz').scrollIntoViewIfNeeded();
  await expect(page.locator('form.quiz[data-ready]')).toBeVisible();
  return page.locator('form.quiz');
}

test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

test('the lesson page carries the quiz once: the island fetches its data file when it comes into view', async ({
  page,
}) => {
  const requests = quizRequests(page);
  const response = await page.goto(lesson);
  const html = (await response!.text()).replace(/&quot;/g, '"');
  // The questions are in the page once, as its static markup; feedback and explanations are not in it at all.
  for (const q of winWin.questions) {
    expect(html.split(q.prompt).length - 1, `${q.id}'s prompt appears once`).toBe(1);
    expect(html).not.toContain(q.explanation);
  }
  const props = JSON.stringify(
    await page.locator('[data-quiz-island]').evaluate((el) => ({ ...(el as HTMLElement).dataset })),
  );
  expect(props).toContain('role-win-win');
  expect(props).not.toContain(question('q1').prompt);
  await page.locator('form.quiz').scrollIntoViewIfNeeded();
  await expect(page.locator('form.quiz[data-ready]')).toBeVisible();
  expect(requests).toEqual(['/quizzes/role-win-win.json']);
});

test('when the quiz data cannot be fetched the island says so, the questions stay readable, and a retry loads it', async ({
  page,
}) => {
  let block = true;
  await page.route('**/quizzes/*.json', (route) => (block ? route.abort('internetdisconnected') : route.continue()));
  await page.goto(lesson);
  const section = page.locator('section.quiz-section');
  await section.scrollIntoViewIfNeeded();
  const alert = section.getByRole('alert');
  await expect(alert).toContainText('測驗題目暫時載入不了');
  // The static quiz is still there to read: every question and its options.
  const form = section.locator('form.quiz');
  await expect(form.locator('fieldset.question')).toHaveCount(winWin.questions.length);
  for (const q of winWin.questions) await expect(form).toContainText(q.prompt);
  await expect(group(form, 'q1').getByLabel(right(question('q1')).text)).toBeVisible();
  await expect(group(form, 'q1').getByLabel(right(question('q1')).text)).toBeDisabled();
  await expect(form).not.toHaveAttribute('data-ready');
  await expectNoAxeViolations(page);
  await page.screenshot({ path: test.info().outputPath('quiz-data-failed.png'), fullPage: false });

  block = false;
  await alert.getByRole('button', { name: '重新載入測驗' }).tap();
  await expect(section.locator('form.quiz[data-ready]')).toBeVisible();
  await expect(section.getByRole('alert')).toHaveCount(0);
  await group(form, 'q1')
    .getByLabel(right(question('q1')).text)
    .tap();
  await expect(form.getByText('已作答 1 / 6 題')).toBeVisible();
});

test('「只重做答錯的」 survives a reload: only the missed questions come back, with their draft', async ({ page }) => {
  const form = await openQuiz(page);
  await group(form, 'q1')
    .getByLabel(right(question('q1')).text)
    .tap();
  await group(form, 'q2')
    .getByLabel(wrong(question('q2')).text)
    .tap();
  await form.getByRole('button', { name: '送出答案' }).tap();
  await page.getByRole('dialog').getByRole('button', { name: '仍然送出' }).tap();
  await form.getByRole('button', { name: '只重做答錯的題目（5 題）' }).tap();
  await expect(form.locator('fieldset.question')).toHaveCount(5);
  await group(form, 'q2')
    .getByLabel(right(question('q2')).text)
    .tap();
  await expect(form.getByText('已作答 1 / 5 題')).toBeVisible();

  await page.reload();
  const again = await openQuiz(page);
  await expect(again.locator('fieldset.question')).toHaveCount(5);
  await expect(group(again, 'q1')).toHaveCount(0);
  await expect(again.getByText('這一次只重做上次沒答對的 5 題。')).toBeVisible();
  await expect(again.getByText('已作答 1 / 5 題')).toBeVisible();
  await expect(group(again, 'q2').getByLabel(right(question('q2')).text)).toBeChecked();

  // Submitting the retry ends it: the next visit shows the whole quiz again.
  await again.getByRole('button', { name: '送出答案' }).tap();
  await page.getByRole('dialog').getByRole('button', { name: '仍然送出' }).tap();
  await expect(again.getByRole('heading', { level: 3, name: /本次得分 1 \/ 5 分/ })).toBeFocused();
  const attempts = Object.values((await stored(page)).attempts) as { scores: Record<string, number> }[];
  expect(attempts.map((a) => Object.keys(a.scores).length).sort()).toEqual([5, 6]);
  await page.reload();
  const full = await openQuiz(page);
  await expect(full.locator('fieldset.question')).toHaveCount(6);
});

test('partial credit is stated as points and whole-question counts, never as a fraction of questions right', async ({
  page,
}) => {
  const form = await openQuiz(page);
  const q6 = question('q6');
  const rights = q6.options!.filter((o) => o.correct);
  expect(rights.length).toBeGreaterThan(2);
  // Two of the right options: part of a point.
  for (const o of rights.slice(0, 2)) await group(form, 'q6').getByLabel(o.text).tap();
  await form.getByRole('button', { name: '送出答案' }).tap();
  await page.getByRole('dialog').getByRole('button', { name: '仍然送出' }).tap();
  const heading = form.getByRole('heading', { level: 3 });
  const credit = 2 / rights.length;
  expect(credit % 1).not.toBe(0);
  const points = String(Math.round(credit * 10) / 10);
  await expect(heading).toHaveText(`本次得分 ${points} / 6 分（${Math.round((credit / 6) * 100)}%）`);
  await expect(form.locator('.quiz-counts')).toHaveText(
    '部分正確 1 題、沒有作答 5 題。每題 1 分，部分正確的題目得部分分數。',
  );
  await expect(form).not.toContainText(/答對 0\.\d+ 題/);
  await expectNoAxeViolations(page);
  await heading.scrollIntoViewIfNeeded();
  await page.screenshot({ path: test.info().outputPath('quiz-summary-partial.png') });
});

test('on a weak signal /review/ fetches only the due cards’ quizzes, and a card can be answered', async ({ page }) => {
  const other = 'role-company-representative';
  const notDue = 'role-retailer-manager';
  const now = Date.now();
  const missed = (quiz: string, q: string, i: number) =>
    scheduleAnswer(undefined, { quiz, question: q }, 0, undefined, new Date(now - 3_600_000 + i * 1000));
  const otherFirst = quizOf(other).questions[0]!.id;
  const cards: Record<string, ReviewCard> = {
    'role-win-win/q1': missed('role-win-win', 'q1', 0),
    [`${other}/${otherFirst}`]: missed(other, otherFirst, 1),
    // Answered right just now: due in days, so its quiz is not needed today.
    [`${notDue}/${quizOf(notDue).questions[0]!.id}`]: scheduleAnswer(
      undefined,
      { quiz: notDue, question: quizOf(notDue).questions[0]!.id },
      1,
      3,
      new Date(now),
    ),
  };
  await page.goto('/');
  await storeProgress(page, { review: cards, settings: { askConfidence: true, seed: 'throttled' } });
  const requests = quizRequests(page);
  await throttle(page, { kbps: 400, latency: 400 });
  await page.goto('/review/');
  await expect(page.getByRole('heading', { level: 2, name: '這一輪第 1 / 2 題' })).toBeVisible({ timeout: 30_000 });
  expect([...requests].sort()).toEqual([`/quizzes/${other}.json`, '/quizzes/role-win-win.json']);

  const fieldset = page.locator('fieldset.question');
  const legend = (await fieldset.locator('legend').textContent())!;
  const q = [...winWin.questions, ...quizOf(other).questions].find((x) => legend.includes(x.prompt))!;
  expect(q).toBeDefined();
  if (q.type === 'order') await fieldset.getByRole('button', { name: '就是這個順序' }).tap();
  else await fieldset.locator('input').first().tap();
  await page.getByRole('button', { name: '檢查答案' }).tap();
  await expect(fieldset.locator('.verdict')).toBeVisible();
  await expect(page.getByRole('button', { name: '下一題' })).toBeVisible();
  await expectNoAxeViolations(page);
});

test('when the due cards’ quizzes cannot be fetched /review/ says so and a retry starts the round', async ({
  page,
}) => {
  let block = true;
  await page.route('**/quizzes/*.json', (route) => (block ? route.abort('internetdisconnected') : route.continue()));
  await page.goto('/');
  const card = scheduleAnswer(
    undefined,
    { quiz: 'role-win-win', question: 'q1' },
    0,
    undefined,
    new Date(Date.now() - 60_000),
  );
  await storeProgress(page, { review: { 'role-win-win/q1': card } });
  await page.goto('/review/');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('複習題目暫時載入不了');
  await expectNoAxeViolations(page);
  expect((await stored(page)).review['role-win-win/q1']).toEqual(card);
  block = false;
  await page.getByRole('button', { name: '重新載入複習題目' }).tap();
  await expect(page.getByRole('heading', { level: 2, name: '這一輪第 1 / 1 題' })).toBeVisible();
});
