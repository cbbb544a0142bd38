import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { expectNoAxeViolations, readProgress, throttle } from './helpers.ts';

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

/** The items of the group on screen (the other groups are in the page, hidden). */
const shownItems = (page: Page) => page.locator('.assess-group:not([hidden]) fieldset.likert');

/** Answers the visible group's items with `pattern`; returns how many were answered. */
async function answerGroup(page: Page, pattern: (item: { skill: string; reverse?: boolean }) => number) {
  const fieldsets = shownItems(page);
  const n = await fieldsets.count();
  for (let i = 0; i < n; i++) {
    const fieldset = fieldsets.nth(i);
    const id = (await fieldset.getAttribute('data-item'))!;
    const item = instrument.items.find((x) => x.id === id)!;
    await fieldset.locator(`input[value="${pattern(item)}"]`).check();
  }
  return n;
}

/** The step label of the group on screen, 「…第 n / N 組」. */
const stepLabel = (page: Page) => page.locator('.assess-group:not([hidden]) .assess-group-meta');

/** Presses 下一組 and waits until the next group is the one on screen. */
async function nextGroup(page: Page) {
  const n = Number(/第 (\d+) \//.exec((await stepLabel(page).textContent()) ?? '')?.[1]);
  await page.getByRole('button', { name: /下一組/ }).click();
  await expect(stepLabel(page)).toContainText(`第 ${n + 1} /`);
}

/** Answers every group and submits. */
async function completeAssessment(page: Page, pattern: (item: { skill: string; reverse?: boolean }) => number) {
  let answered = 0;
  for (;;) {
    answered += await answerGroup(page, pattern);
    if ((await page.getByRole('button', { name: /下一組/ }).count()) === 0) break;
    await nextGroup(page);
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
    await nextGroup(page);
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
  const fieldsets = shownItems(page);
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
  test('a module page links 開始學習 to its first lesson', async ({ page }) => {
    await page.goto('/modules/role/');
    const first = await page.locator('.lesson-list a').first().getAttribute('href');
    await expect(page.getByRole('link', { name: '開始學習' })).toHaveAttribute('href', first!);
  });
  test('every item and the scale are readable, and the page says saving needs JavaScript', async ({ page }) => {
    await page.goto('/assessment/');
    // Playwright turns scripts off without telling CSS; say it, as a browser without JavaScript does.
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setEmulatedMedia', { features: [{ name: 'scripting', value: 'none' }] });
    await expect(page.locator('fieldset.likert')).toHaveCount(total);
    await expect(page.locator('fieldset.likert:visible')).toHaveCount(total);
    await expect(page.getByRole('button', { name: /下一組|送出自評/ })).toHaveCount(0);
    await expect(page.getByRole('group', { name: /^1\. / }).getByRole('radio')).toHaveCount(6);
    await expect(page.getByRole('group', { name: /^1\. / }).getByRole('radio', { name: /不適用/ })).toHaveCount(1);
    await expect(page.getByText('完全不符合').first()).toBeVisible();
    // Chromium with scripts disabled still parses <noscript> as text, so read the HTML.
    const html = await page.content();
    expect(html).toMatch(/<noscript>[\s\S]*這份問卷需要開啟 JavaScript 才能保存答案和送出[\s\S]*<\/noscript>/);
  });
});

/** What the stored progress document holds now. */
async function stored(page: Page) {
  return readProgress(page) as unknown as Promise<{
    drafts?: Record<string, { answers: Record<string, number> }>;
    assessments?: Record<
      string,
      { instrument: string; answers: Record<string, number>; levels: Record<string, number> }
    >;
  }>;
}

/** A skill's level as the scoring rule gives it: the mean of its rated items, reverse items turned round, 不適用 (0) left out. */
function expectedLevel(skill: string, answers: Record<string, number>, items = instrument.items): number | undefined {
  const values = items
    .filter((i) => i.skill === skill && (answers[i.id] ?? 0) > 0)
    .map((i) => (i.reverse ? 6 - answers[i.id]! : answers[i.id]!));
  return values.length ? values.reduce((a, b) => a + b, 0) / values.length : undefined;
}

/** Taps the option `value` (0 = 不適用) of the item shown as `fieldset`. */
async function tapAnswer(fieldset: ReturnType<Page['locator']>, value: number) {
  const option =
    value === 0 ? fieldset.locator('label.likert-na') : fieldset.locator('label.likert-option').nth(value - 1);
  await option.tap();
  await expect(option.locator('input')).toBeChecked();
}

/** The step shown: 「第 n / N 組」 read as n. */
async function shownStep(page: Page) {
  const meta = await page.locator('.assess-group:not([hidden]) .assess-group-meta').textContent();
  return Number(/第 (\d+) \//.exec(meta ?? '')?.[1]);
}

/** No warning and no result: the questionnaire is still being filled in. */
async function expectStillFilling(page: Page) {
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expect(page.getByRole('heading', { name: '你的自評結果' })).toHaveCount(0);
  expect(Object.keys((await stored(page)).assessments ?? {})).toHaveLength(0);
}

/** The page at the moment of a tap (recorded in the page). */
interface Tap {
  ready: boolean;
  height: number;
  loading: string;
  buttons: boolean[];
}

const shortItems = instrument.items.filter((i) => (i as { short?: boolean }).short === true);

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test('a whole round by touch: back and forth, an edit, 不適用, and a submit only at the end', async ({ page }) => {
    test.setTimeout(120_000);
    await openAssessment(page);
    const groupCount = Number(
      /第 1 \/ (\d+) 組/.exec((await page.locator('.assess-group-meta').first().textContent())!)?.[1],
    );
    expect(groupCount).toBeGreaterThan(3);
    const answers: Record<string, number> = {};
    // Group 2 (a whole skill) is 不適用; the first item of group 1 too; everything else a 4 (or 2 if reverse-worded).
    const naGroup = 2;
    const answerShown = async (step: number) => {
      const fieldsets = shownItems(page);
      const n = await fieldsets.count();
      for (let i = 0; i < n; i++) {
        const id = (await fieldsets.nth(i).getAttribute('data-item'))!;
        const item = instrument.items.find((x) => x.id === id)!;
        const value = step === naGroup || (step === 1 && i === 0) ? 0 : item.reverse ? 2 : 4;
        await tapAnswer(fieldsets.nth(i), value);
        answers[id] = value;
      }
    };
    for (let step = 1; step <= 4; step++) {
      await expect.poll(() => shownStep(page)).toBe(step);
      await answerShown(step);
      await expectStillFilling(page);
      await page.getByRole('button', { name: '下一組 →' }).tap();
    }
    // Back two groups, change an answer in group 3 to 5 (or 1), forward again.
    await page.getByRole('button', { name: '← 上一組' }).tap();
    await page.getByRole('button', { name: '← 上一組' }).tap();
    await expect.poll(() => shownStep(page)).toBe(3);
    const edited = shownItems(page).first();
    const editedId = (await edited.getAttribute('data-item'))!;
    const editedItem = instrument.items.find((i) => i.id === editedId)!;
    const editedValue = editedItem.reverse ? 1 : 5;
    await tapAnswer(edited, editedValue);
    answers[editedId] = editedValue;
    await expect(shownItems(page).first().locator(`input[value="${editedValue}"]`)).toBeChecked();
    await page.getByRole('button', { name: '下一組 →' }).tap();
    await page.getByRole('button', { name: '下一組 →' }).tap();
    await expect.poll(() => shownStep(page)).toBe(5);

    for (let step = 5; step <= groupCount; step++) {
      await expect.poll(() => shownStep(page)).toBe(step);
      await expectStillFilling(page);
      await answerShown(step);
      if (step < groupCount) await page.getByRole('button', { name: '下一組 →' }).tap();
    }
    // Everything is answered: 上一組 and 下一組 again only move, never submit.
    await expect(page.getByText(`已回答 ${total} / ${total} 題`)).toBeVisible();
    await page.getByRole('button', { name: '← 上一組' }).tap();
    await expect.poll(() => shownStep(page)).toBe(groupCount - 1);
    await page.getByRole('button', { name: '下一組 →' }).tap();
    await expect.poll(() => shownStep(page)).toBe(groupCount);
    await expectStillFilling(page);
    const draft = (await stored(page)).drafts?.['self-assessment']?.answers;
    expect(draft).toEqual(answers);

    await page.getByRole('button', { name: '送出自評' }).tap();
    await expect(page.getByRole('heading', { level: 2, name: '你的自評結果' })).toBeFocused();
    const results = Object.values((await stored(page)).assessments ?? {});
    expect(results).toHaveLength(1);
    const result = results[0]!;
    expect(result.instrument).toBe('self-assessment');
    expect(result.answers).toEqual(answers);
    expect(result.answers[editedId]).toBe(editedValue);
    // 不適用 scores as no answer: the skill of group 2 has no level; the edited skill counts the edit.
    const naSkillId = instrument.items.find(
      (i) =>
        answers[i.id] === 0 && instrument.items.filter((x) => x.skill === i.skill).every((x) => answers[x.id] === 0),
    )!.skill;
    expect(result.levels[naSkillId]).toBeUndefined();
    for (const skill of framework.skills) {
      const level = expectedLevel(skill.id, answers);
      if (level === undefined) expect(result.levels[skill.id]).toBeUndefined();
      else expect(result.levels[skill.id]).toBeCloseTo(level, 10);
    }
    expect(result.levels[editedItem.skill]).not.toBeCloseTo(
      expectedLevel(editedItem.skill, { ...answers, [editedId]: editedItem.reverse ? 2 : 4 })!,
      5,
    );
    // The map and the plan say why that skill has no number.
    await expect(page.locator(`.gap-row[data-skill="${naSkillId}"]`)).toContainText('都選了「不適用」，沒有分數');
    await expect(page.locator('.assess-plan')).toContainText(`「${title(naSkillId)}」的題目你都選了「不適用」`);
    await expectNoAxeViolations(page);
  });

  test('a tap before the island is ready on a slow connection is kept, and the page keeps its shape', async ({
    page,
  }) => {
    test.setTimeout(60_000);
    // What the page looked like at the moment of each tap.
    await page.addInitScript(() => {
      const w = window as unknown as { taps: Tap[]; parsed: Pick<Tap, 'ready' | 'height'> };
      w.taps = [];
      // The whole page is parsed: its height then is the server's layout.
      document.addEventListener('DOMContentLoaded', () => {
        w.parsed = {
          ready: !!document.querySelector('.assess[data-ready]'),
          height: document.documentElement.scrollHeight,
        };
      });
      document.addEventListener(
        'pointerdown',
        () =>
          w.taps.push({
            ready: !!document.querySelector('.assess[data-ready]'),
            height: document.documentElement.scrollHeight,
            loading: document.querySelector('.assess-loading')?.textContent ?? '',
            buttons: [...document.querySelectorAll<HTMLButtonElement>('.assess-nav button')].map((b) => b.disabled),
          }),
        true,
      );
    });
    await throttle(page, { kbps: 400, latency: 400 });
    await page.goto('/assessment/', { waitUntil: 'commit' });
    const first = page.locator('fieldset.likert').first();
    await first.locator('label.likert-option').nth(3).tap();
    const taps = await page.evaluate(() => (window as unknown as { taps: Tap[] }).taps);
    // The tap came before the island was ready, when the step buttons were visibly not ready.
    expect(taps[0]?.ready).toBe(false);
    expect(taps[0]?.loading).toContain('載入中');
    expect(taps[0]?.buttons).toEqual([true, true]);

    await expect(page.locator('.assess[data-ready]')).toBeVisible({ timeout: 30_000 });
    await expect(first.locator('input[value="4"]')).toBeChecked();
    await expect(page.getByText(`已回答 1 / ${total} 題`)).toBeVisible();
    await expect
      .poll(async () => (await stored(page)).drafts?.['self-assessment']?.answers)
      .toEqual({
        [(await first.getAttribute('data-item'))!]: 4,
      });
    // Same grouped view before and after: no collapse from the whole questionnaire to one group.
    const parsed = await page.evaluate(() => (window as unknown as { parsed: Pick<Tap, 'ready' | 'height'> }).parsed);
    expect(parsed.ready).toBe(false);
    const after = await page.evaluate(() => document.documentElement.scrollHeight);
    expect(Math.abs(after - parsed.height)).toBeLessThanOrEqual(60);
    expect(after).toBeLessThan(4000);
    await expect(page.getByRole('button', { name: '下一組 →' })).toBeEnabled();
  });

  test('the short form feeds the same result, stored as the short form, and says it is less certain', async ({
    page,
  }) => {
    await openAssessment(page);
    if (shortItems.length === 0) {
      // Not offered when no item is marked for it, and its page is not built.
      await expect(page.getByRole('link', { name: /簡版/ })).toHaveCount(0);
      const response = await page.goto('/assessment/short/');
      expect(response?.status()).toBe(404);
      return;
    }
    test.setTimeout(60_000);
    const link = page.getByRole('link', { name: new RegExp(`改做簡版（${shortItems.length} 題，約 \\d 分鐘）`) });
    await expect(link).toBeVisible();
    const minutes = Number(/約 (\d) 分鐘/.exec((await link.textContent())!)?.[1]);
    expect(minutes).toBeLessThanOrEqual(5);
    await link.tap();
    await expect(page.locator('.assess[data-ready]')).toBeVisible();
    await expect(page.getByRole('heading', { level: 1 })).toContainText('簡版');
    const answers: Record<string, number> = {};
    for (;;) {
      const fieldsets = shownItems(page);
      for (let i = 0; i < (await fieldsets.count()); i++) {
        const id = (await fieldsets.nth(i).getAttribute('data-item'))!;
        const item = instrument.items.find((x) => x.id === id)!;
        const value = isMarket.has(item.skill) !== (item.reverse === true) ? 1 : 5;
        await tapAnswer(fieldsets.nth(i), value);
        answers[id] = value;
      }
      await expectStillFilling(page);
      const next = page.getByRole('button', { name: '下一組 →' });
      if ((await next.count()) === 0) break;
      await next.tap();
    }
    expect(Object.keys(answers).sort()).toEqual(shortItems.map((i) => i.id).sort());
    await page.getByRole('button', { name: '送出自評' }).tap();
    await expect(page.getByRole('heading', { level: 2, name: '你的自評結果' })).toBeFocused();
    await expect(page.getByText('簡版結果只有每項技能一題，較不確定；有空時做完整版。')).toBeVisible();
    await expect(page.locator('.assess-finding')).toContainText('「市場」');
    const [result] = Object.values((await stored(page)).assessments ?? {});
    expect(result?.instrument).toBe('self-assessment:short');
    expect(result?.answers).toEqual(answers);
    // The full form's page shows the same latest result, and offers the full form.
    await page.goto('/assessment/');
    await expect(page.locator('.assess[data-ready]')).toBeVisible();
    await expect(page.getByText('簡版結果只有每項技能一題')).toBeVisible();
    await expect(page.getByRole('button', { name: '重新自評' })).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test('a module page opens the first unfinished lesson', async ({ page }) => {
    const modules = read('content/modules.yaml') as { id: string; order: number }[];
    const moduleId = [...modules].sort((a, b) => a.order - b.order)[0]!.id;
    await page.goto(`/modules/${moduleId}/`);
    const links = page.locator('.lesson-list a');
    const hrefs = await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    expect(hrefs.length).toBeGreaterThan(1);
    const button = page.locator('.module-start a');
    await expect(page.locator('.module-start[data-state="start"]')).toBeVisible();
    await expect(button).toHaveText('開始學習');
    await expect(button).toHaveAttribute('href', hrefs[0]!);

    // Lesson 1 done: the button continues with lesson 2.
    const done = (ids: string[]) => ({
      ...seeded,
      assessments: {},
      attempts: {},
      lessons: Object.fromEntries(ids.map((id) => [id, { done: true, at: '2026-11-30T08:00:00.000Z' }])),
    });
    const idOf = (href: string) => href.replace(/^\/lessons\//, '').replace(/\/$/, '');
    await seed(page, done([idOf(hrefs[0]!)]));
    await page.goto(`/modules/${moduleId}/`);
    await expect(page.locator('.module-start[data-state="continue"]')).toBeVisible();
    await expect(button).toHaveAttribute('href', hrefs[1]!);
    await expect(button).toHaveText(/^繼續下一課「.+」$/);
    await button.tap();
    await expect(page).toHaveURL(new RegExp(`${hrefs[1]!}$`));

    // Everything done: back to the first lesson, saying so.
    await seed(page, done(hrefs.map(idOf)));
    await page.goto(`/modules/${moduleId}/`);
    await expect(page.locator('.module-start[data-state="again"]')).toBeVisible();
    await expect(button).toHaveText('全部完成了：從第一課重讀');
    await expect(button).toHaveAttribute('href', hrefs[0]!);
  });

  test('the search dialog shows no keyboard hint on a touch screen', async ({ page }) => {
    await page.goto('/');
    const search = page.getByRole('banner').getByRole('link', { name: /搜尋/ });
    await expect(search).toHaveAttribute('aria-haspopup', 'dialog');
    await search.tap();
    const dialog = page.getByRole('dialog', { name: '搜尋課程' });
    await expect(dialog).toBeVisible();
    await expect(dialog.locator('.search-keys')).toBeAttached();
    await expect(dialog.locator('.search-keys')).toBeHidden();
  });
});

test('with a mouse and a keyboard the search dialog keeps its keyboard hint', async ({ page }) => {
  await page.goto('/');
  const search = page.getByRole('banner').getByRole('link', { name: /搜尋/ });
  await expect(search).toHaveAttribute('aria-haspopup', 'dialog');
  await search.click();
  await expect(
    page.getByRole('dialog', { name: '搜尋課程' }).getByText('↑ ↓ 選擇 · Enter 開啟 · Esc 關閉'),
  ).toBeVisible();
});
