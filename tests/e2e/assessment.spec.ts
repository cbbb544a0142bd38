import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { expectNoAxeViolations } from './helpers.ts';

const KEY = 'performance-coach:progress';
const read = (path: string) => parse(readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8'));
const instrument = read('content/assessments/self-assessment.yaml') as {
  items: { id: string; skill: string; reverse?: boolean }[];
};
const framework = read('content/framework.yaml') as {
  skills: { id: string; factor: string; title: string; target: number }[];
};
const total = instrument.items.length;
const marketSkills = framework.skills.filter((s) => s.factor === 'market');
const isMarket = new Set(marketSkills.map((s) => s.id));
const title = (id: string) => framework.skills.find((s) => s.id === id)!.title;

/** Low on market items, high elsewhere; a reverse-worded item is low when fully agreed with. */
const lowMarket = (item: { skill: string; reverse?: boolean }) =>
  isMarket.has(item.skill) !== (item.reverse === true) ? 1 : 5;
/** High on everything. */
const allHigh = (item: { reverse?: boolean }) => (item.reverse ? 1 : 5);

async function openAssessment(page: Page) {
  await page.goto('/assessment/');
  await expect(page.locator('.assess[data-ready]')).toBeVisible();
}

/** Answers the visible group's items with `pattern`; returns how many were answered. */
async function answerGroup(page: Page, pattern: (item: { skill: string; reverse?: boolean }) => number) {
  const fieldsets = page.locator('fieldset.likert');
  const n = await fieldsets.count();
  for (let i = 0; i < n; i++) {
    const fieldset = fieldsets.nth(i);
    const id = (await fieldset.getAttribute('data-item'))!;
    const item = instrument.items.find((x) => x.id === id)!;
    await fieldset.locator(`input[value="${pattern(item)}"]`).check();
  }
  return n;
}

/** Answers every group and submits. */
async function completeAssessment(page: Page, pattern: (item: { skill: string; reverse?: boolean }) => number) {
  let answered = 0;
  for (;;) {
    answered += await answerGroup(page, pattern);
    const next = page.getByRole('button', { name: /下一組/ });
    if ((await next.count()) === 0) break;
    await next.click();
  }
  expect(answered).toBe(total);
  await expect(page.getByText(`已回答 ${total} / ${total} 題`)).toBeVisible();
  await page.getByRole('button', { name: '送出自評' }).first().click();
  await expect(page.getByRole('heading', { level: 2, name: '你的自評結果' })).toBeFocused();
}

async function seed(page: Page, doc: object) {
  await page.goto('/');
  await expect(page.locator('[data-ready]').first()).toBeAttached();
  await page.evaluate(([key, value]) => localStorage.setItem(key!, value!), [KEY, JSON.stringify(doc)]);
}

const quiz = read('content/quizzes/knowledge-product-knowledge.yaml') as {
  questions: { id: string; skill: string }[];
};
const pkQuestions = quiz.questions.filter((q) => q.skill === 'product-knowledge').map((q) => q.id);
/** A stored document: one result (product knowledge rated 5, visit planning 1) and quiz evidence against both. */
const seeded = {
  version: 2,
  epoch: { id: 'initial', at: '1970-01-01T00:00:00.000Z' },
  lessons: {},
  attempts: {
    a1: {
      id: 'a1',
      quiz: 'knowledge-product-knowledge',
      at: '2026-11-20T08:00:00.000Z',
      answers: {},
      confidence: Object.fromEntries(pkQuestions.map((q) => [q, 3])),
      scores: {},
      skills: { 'product-knowledge': { earned: 2, possible: 6 }, 'self-study': { earned: 2, possible: 2 } },
      score: 0.5,
    },
    a2: {
      id: 'a2',
      quiz: 'practice-purposeful-visit',
      at: '2026-11-20T09:00:00.000Z',
      answers: {},
      scores: {},
      skills: { 'visit-planning': { earned: 6, possible: 6 } },
      score: 1,
    },
  },
  assessments: {
    r1: {
      id: 'r1',
      instrument: 'self-assessment',
      at: '2026-11-25T08:00:00.000Z',
      answers: {},
      levels: Object.fromEntries(
        framework.skills.map((s) => [s.id, s.id === 'product-knowledge' ? 5 : s.id === 'visit-planning' ? 1 : 3]),
      ),
    },
  },
  drafts: {},
  review: {},
  settings: { askConfidence: true },
};

test('low market answers: market is the largest gap, the plan starts with market lessons, and the result and history survive reload', async ({
  page,
}) => {
  // Two full rounds, every item answered.
  test.setTimeout(120_000);
  await openAssessment(page);
  // The comparison is announced before the first item.
  const compare = page.getByText('送出後，你的每一項自評都會和你在課後測驗的實際表現並排比較。');
  await expect(compare).toBeVisible();
  expect(
    await compare.evaluate(
      (el) => !!(el.compareDocumentPosition(document.querySelector('fieldset')!) & Node.DOCUMENT_POSITION_FOLLOWING),
    ),
  ).toBe(true);
  await expectNoAxeViolations(page);

  await completeAssessment(page, lowMarket);
  await expect(page.getByRole('status').filter({ hasText: '已送出自評' })).toContainText('「市場」');

  const finding = page.locator('.assess-finding');
  await expect(finding).toContainText('差距最大的是「市場」');
  // Every market skill is rated 1: the largest gap is the first market skill with the highest target.
  const top = marketSkills.reduce((best, s) => (s.target > best.target ? s : best));
  const gap = (top.target - 1).toFixed(1);
  await expect(finding).toContainText(`「${top.title}」：自評 1.0，目標 ${top.target}`);
  // The map: the market group first, its first row the largest gap, numbers written out.
  const firstGroup = page.locator('.gap-group').first();
  await expect(firstGroup.getByRole('heading')).toContainText('市場');
  await expect(firstGroup.locator('.gap-row').first()).toContainText(top.title);
  await expect(firstGroup.locator('.gap-row').first()).toContainText(`自評 1.0 · 目標 ${top.target} · 差距 ${gap}`);
  // Three axes in the fixed order.
  await expect(page.getByRole('img', { name: /三大因素/ })).toHaveAccessibleName(/能力.*心態.*市場/);
  // The data table carries the same numbers.
  await page.locator('summary', { hasText: '以表格查看全部數字' }).click();
  await expect(page.getByRole('row', { name: new RegExp(top.title) })).toContainText(`+${gap}`);

  // The plan: the first lessons all teach a market skill.
  const reasons = await page.locator('.plan-item .plan-reason').allTextContents();
  expect(reasons.length).toBeGreaterThanOrEqual(4);
  for (const reason of reasons.slice(0, 4))
    expect(marketSkills.some((s) => reason.includes(`「${s.title}」`))).toBe(true);
  await expectNoAxeViolations(page);

  await page.reload();
  await expect(page.locator('.assess[data-ready]')).toBeVisible();
  await expect(page.getByRole('heading', { name: '你的自評結果' })).toBeVisible();
  await expect(page.locator('.assess-finding')).toContainText('「市場」');
  await expect(page.getByText('這是你的第一次自評')).toBeVisible();

  // A second round, high everywhere: both are kept and the change per factor is shown.
  await page.getByRole('button', { name: '重新自評' }).click();
  await expect(page.getByRole('heading', { level: 2, name: title('product-knowledge') })).toBeFocused();
  await expect(page.getByText(`已回答 0 / ${total} 題`)).toBeVisible();
  await completeAssessment(page, allHigh);
  await page.reload();
  await expect(page.locator('.assess[data-ready]')).toBeVisible();
  const history = page.locator('.assess-history');
  await expect(history).toContainText('和上次');
  await expect(history.getByRole('listitem').filter({ hasText: '市場' })).toHaveText('市場：1.0 → 5.0（+4.0）');
  await expect(history.getByRole('listitem').filter({ hasText: '能力' })).toHaveText('能力：5.0 → 5.0（0.0）');
  await expect(history.getByRole('table').getByRole('row')).toHaveCount(3);
});

test('leaving half-way and coming back: the answers are still there', async ({ page }) => {
  await openAssessment(page);
  let answered = 0;
  for (let step = 0; step < 3; step++) {
    answered += await answerGroup(page, () => 4);
    await page.getByRole('button', { name: /下一組/ }).click();
  }
  await expect(page.getByText(`已回答 ${answered} / ${total} 題`)).toBeVisible();

  await page.goto('/');
  const plan = page.locator('.plan-home');
  await plan.scrollIntoViewIfNeeded();
  await expect(plan.getByRole('link', { name: `繼續自評（已答 ${answered} / ${total} 題）` })).toBeVisible();

  await openAssessment(page);
  await expect(page.getByText(`已回答 ${answered} / ${total} 題`)).toBeVisible();
  // It resumes at the first group not finished, and the earlier answers are checked.
  await expect(page.getByText(`第 4 / `)).toBeVisible();
  await page.getByRole('button', { name: /上一組/ }).click();
  const fieldsets = page.locator('fieldset.likert');
  for (let i = 0; i < (await fieldsets.count()); i++)
    await expect(fieldsets.nth(i).getByRole('radio', { name: '4 大多符合' })).toBeChecked();

  // Submitting early says what happens to the blanks before it does it.
  await page.getByText('全部題組').click();
  await page.locator('.assess-overview').getByRole('button', { name: '送出自評' }).click();
  await expect(page.getByRole('alert')).toContainText(`還有 ${total - answered} 題沒有回答`);
  await expect(page.getByRole('alert')).toContainText('不是當作最低分');
});

test('each self-rating sits beside the quiz evidence, with flags and the lessons that would give more', async ({
  page,
}) => {
  await seed(page, seeded);
  await openAssessment(page);
  const calib = page.locator('.assess-calib');
  await expect(calib.locator('.calib-over')).toContainText('你可能高估了自己：「捲菸產品知識」');
  await expect(calib.locator('.calib-over')).toContainText(
    '自評 5.0（約 100%），測驗答對 33%（6 題），相差 67 個百分點',
  );
  await expect(calib.locator('.calib-over')).toContainText('平均把握是 3.0 / 3');
  await expect(calib.locator('.calib-under')).toContainText('你比自己以為的更懂：「有目的的拜訪」');
  await expect(calib).toContainText('有足夠測驗證據的技能：2 / 20 項');
  // Beside the self-rating in the map too.
  await expect(page.locator('.gap-row[data-skill="product-knowledge"]')).toContainText('測驗答對 33%（6 題）');
  // No evidence: said so, with links to the lessons whose quizzes would give it.
  await calib.getByText(/還缺少證據的 \d+ 項技能/).click();
  const missing = calib.locator('.calib-missing li').filter({ hasText: `「${title('market-research')}」` });
  await expect(missing).toContainText('還沒有測驗證據');
  await expect(missing.getByRole('link').first()).toHaveAttribute('href', /^\/lessons\/.+#quiz$/);
  // Over-rated product knowledge is in the plan, with its reason.
  await expect(page.locator('.plan-item').filter({ hasText: '但測驗只答對 33%' }).first()).toBeVisible();
  await expectNoAxeViolations(page);

  // The home page shows the plan and follows finished lessons.
  await page.goto('/');
  const plan = page.locator('.plan-home');
  await plan.scrollIntoViewIfNeeded();
  await expect(plan).toHaveAttribute('data-ready', 'true');
  const first = plan.locator('.plan-item a').first();
  const firstTitle = (await first.textContent())!;
  await expect(plan.locator('.plan-item')).toHaveCount(3);
  await first.click();
  await expect(page.locator('.done-control[data-ready]')).toBeVisible();
  await page.getByRole('button', { name: '標記為已完成' }).click();
  await page.goto('/');
  await plan.scrollIntoViewIfNeeded();
  await expect(plan).toHaveAttribute('data-ready', 'true');
  await expect(plan.locator('.plan-item a').first()).not.toHaveText(firstTitle);
});

test('printing the result gives the coaching sheet on at most two A4 pages', async ({ page }) => {
  await seed(page, seeded);
  await openAssessment(page);
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByText('教練面談單 · 客戶經理績效自評')).toBeVisible();
  await expect(page.getByRole('heading', { name: '主管備註' })).toBeVisible();
  await expect(page.getByRole('heading', { name: '約定的行動' })).toBeVisible();
  await expect(page.getByText('客戶經理簽名')).toBeVisible();
  await expect(page.locator('.assess-finding')).toBeVisible();
  await expect(page.locator('.gap-map')).toBeVisible();
  await expect(page.locator('.calib-list')).toBeVisible();
  await expect(page.locator('.plan-list')).toBeVisible();
  await expect(page.locator('.site-header')).toBeHidden();
  await expect(page.getByRole('button', { name: '列印教練面談單' })).toBeHidden();
  await expect(page.getByRole('heading', { level: 1 })).toBeHidden();
  const pdf = (await page.pdf({ format: 'A4' })).toString('latin1');
  const pages = pdf.match(/\/Type\s*\/Page\b/g)?.length ?? 0;
  expect(pages).toBeGreaterThanOrEqual(1);
  expect(pages).toBeLessThanOrEqual(2);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('every item and the scale are readable, and the page says saving needs JavaScript', async ({ page }) => {
    await page.goto('/assessment/');
    await expect(page.locator('fieldset.likert')).toHaveCount(total);
    await expect(page.getByRole('group', { name: /^1\. / }).getByRole('radio')).toHaveCount(5);
    await expect(page.getByText('完全不符合').first()).toBeVisible();
    // Chromium with scripts disabled still parses <noscript> as text, so read the HTML.
    const html = await page.content();
    expect(html).toMatch(/<noscript>[\s\S]*這份問卷需要開啟 JavaScript 才能保存答案和送出[\s\S]*<\/noscript>/);
  });
});
