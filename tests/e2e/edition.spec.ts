/**
 * The Simplified edition on a phone: the same journey as the Traditional site, in Simplified; switching
 * edition mid-lesson and mid-quiz keeps the learner's place and draft (one record for both); the offer on
 * the Traditional home; search in either script; axe on both editions.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { createConverter, findTraditional, loadTerms } from '../../src/edition/build/convert.ts';
import { expectNoAxeViolations, readProgress } from './helpers.ts';

const hans = createConverter(loadTerms(process.cwd()).table);
const read = (path: string) => parse(readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8')) as unknown;

interface Option {
  id: string;
  text: string;
  correct?: boolean;
  score?: number;
}
interface Q {
  id: string;
  prompt: string;
  options?: Option[];
}
const quiz = read('content/quizzes/role-win-win.yaml') as { questions: Q[] };
const question = (id: string) => quiz.questions.find((q) => q.id === id)!;
const right = (q: Q) => q.options!.find((o) => o.correct === true || o.score === 2)!;
const wrong = (q: Q) => q.options!.find((o) => !(o.correct === true || o.score === 2))!;
const instrument = read('content/assessments/self-assessment.yaml') as {
  items: { id: string; short?: boolean; reverse?: boolean }[];
};
const shortItems = instrument.items.filter((i) => i.short === true);

const lesson = '/lessons/role/win-win/';
test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

/** The page's visible text has no Traditional-only character (the switcher, marked zh-Hant, aside). */
async function expectSimplified(page: Page) {
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hans');
  const text = await page.evaluate(() => {
    const clone = document.body.cloneNode(true) as HTMLElement;
    for (const el of clone.querySelectorAll('[lang="zh-Hant"], script, style, code')) el.remove();
    return clone.innerText;
  });
  expect(findTraditional(text)).toEqual([]);
}

const group = (form: Locator, id: string, edition: 'hant' | 'hans') => {
  const prompt = question(id).prompt.slice(0, 12);
  return form.getByRole('group', { name: new RegExp(edition === 'hans' ? hans(prompt) : prompt) });
};
const label = (text: string, edition: 'hant' | 'hans') => (edition === 'hans' ? hans(text) : text);

async function openQuiz(page: Page, path: string) {
  await page.goto(path);
  const form = page.locator('form.quiz');
  await form.scrollIntoViewIfNeeded();
  await expect(page.locator('form.quiz[data-ready]')).toBeVisible();
  return form;
}

test('the whole journey in /zh-hans/: lesson, quiz, short self-assessment, review, progress export — all in Simplified', async ({
  page,
}) => {
  // Five pages and six axe runs on a shared two-core machine.
  test.setTimeout(150_000);
  await page.goto('/zh-hans/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('绩效教练');
  await expect(page.getByRole('navigation', { name: '主要导览' }).getByRole('link')).toContainText([
    '课程',
    '复习',
    '自评',
    '我的进度',
  ]);
  await expectSimplified(page);
  await expectNoAxeViolations(page);

  // Read the lesson and mark it done.
  await page.goto(`/zh-hans${lesson}`);
  await expectSimplified(page);
  await expectNoAxeViolations(page);

  // The quiz: q2 wrong (it comes back in review), the rest answered.
  const form = await openQuiz(page, `/zh-hans${lesson}`);
  await group(form, 'q1', 'hans')
    .getByLabel(label(right(question('q1')).text, 'hans'))
    .tap();
  await group(form, 'q2', 'hans')
    .getByLabel(label(wrong(question('q2')).text, 'hans'))
    .tap();
  await form.getByRole('button', { name: '送出答案' }).tap();
  await page.getByRole('dialog').getByRole('button', { name: '仍然送出' }).tap();
  await expect(form.getByRole('status')).toContainText('本次得分');
  await expect(group(form, 'q1', 'hans')).toContainText('答对了');
  await expect(group(form, 'q2', 'hans')).toContainText('答错了');
  await expectSimplified(page);
  await expectNoAxeViolations(page);
  expect(Object.values((await readProgress(page)).attempts).map((a) => a.quiz)).toEqual(['role-win-win']);

  // The short self-assessment to the end.
  await page.goto('/zh-hans/assessment/short/');
  await expect(page.locator('.assess[data-ready]')).toBeVisible();
  await expectSimplified(page);
  for (;;) {
    const fieldsets = page.locator('.assess-group:not([hidden]) fieldset.likert');
    for (let i = 0; i < (await fieldsets.count()); i++) await fieldsets.nth(i).locator('input[value="4"]').check();
    const next = page.getByRole('button', { name: /下一组/ });
    if ((await next.count()) === 0) break;
    await next.tap();
  }
  await expect(page.getByText(`已回答 ${shortItems.length} / ${shortItems.length} 题`)).toBeVisible();
  await page.getByRole('button', { name: '送出自评' }).first().tap();
  await expect(page.getByRole('heading', { level: 2, name: '你的自评结果' })).toBeFocused();
  await expectSimplified(page);
  await expectNoAxeViolations(page);

  // Review: the missed question, asked in Simplified.
  await page.goto('/zh-hans/review/');
  await expect(page.locator('form.review[data-ready]')).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: /这一轮第 1 \/ \d+ 题/ })).toBeVisible();
  await expectSimplified(page);
  await expectNoAxeViolations(page);

  // Progress: the same record, exported from the Simplified page.
  await page.goto('/zh-hans/progress/');
  await expectSimplified(page);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: '下载我的进度' }).tap();
  const file = JSON.parse(readFileSync(await (await download).path(), 'utf8')) as {
    document: { attempts: Record<string, { quiz: string }>; assessments: Record<string, unknown> };
  };
  expect(Object.values(file.document.attempts).map((a) => a.quiz)).toEqual(['role-win-win']);
  expect(Object.values(file.document.assessments)).toHaveLength(1);
  await expectNoAxeViolations(page);

  // The Traditional site shows the same record.
  await page.goto('/progress/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hant');
  await expect(page.getByRole('button', { name: '下載我的進度' })).toBeVisible();
  await expectNoAxeViolations(page);
});

test('switching edition mid-lesson lands on the same lesson, and back', async ({ page }) => {
  await page.goto(lesson);
  const title = await page.getByRole('heading', { level: 1 }).textContent();
  await page.getByRole('link', { name: '简体中文' }).tap();
  await expect(page).toHaveURL(`/zh-hans${lesson}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(hans(title!));
  await expectSimplified(page);
  await page.getByRole('link', { name: '繁體中文' }).tap();
  await expect(page).toHaveURL(lesson);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title!);
});

test('switching edition mid-quiz keeps the draft: the answers are there in Simplified, and back', async ({ page }) => {
  const form = await openQuiz(page, lesson);
  await group(form, 'q1', 'hant')
    .getByLabel(right(question('q1')).text)
    .tap();
  await group(form, 'q2', 'hant')
    .getByLabel(wrong(question('q2')).text)
    .tap();
  await expect(form.getByText('已作答 2 / 6 題')).toBeVisible();

  await page.getByRole('link', { name: '简体中文' }).tap();
  await expect(page).toHaveURL(`/zh-hans${lesson}`);
  const twin = await openQuiz(page, `/zh-hans${lesson}`);
  await expect(twin.getByText('已作答 2 / 6 题')).toBeVisible();
  await expect(group(twin, 'q1', 'hans').getByLabel(label(right(question('q1')).text, 'hans'))).toBeChecked();
  await expect(group(twin, 'q2', 'hans').getByLabel(label(wrong(question('q2')).text, 'hans'))).toBeChecked();
  await group(twin, 'q5', 'hans')
    .getByLabel(label(right(question('q5')).text, 'hans'))
    .tap();
  await expect(twin.getByText('已作答 3 / 6 题')).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole('link', { name: '繁體中文' }).tap();
  // The switch's own navigation first (a second one at once would cut it short).
  await expect(page).toHaveURL(lesson);
  const back = await openQuiz(page, lesson);
  await expect(back.getByText('已作答 3 / 6 題')).toBeVisible();
  await expect(group(back, 'q5', 'hant').getByLabel(right(question('q5')).text)).toBeChecked();
});

test('every page links its twin both ways with hreflang; the switcher is a plain link', async ({ page }) => {
  for (const path of ['/', lesson, '/review/', '/assessment/', '/progress/', '/glossary/', '/search/']) {
    await page.goto(path);
    await expect(page.locator('link[rel=alternate][hreflang=zh-Hans]')).toHaveAttribute(
      'href',
      new RegExp(`/zh-hans${path}$`),
    );
    await expect(page.getByRole('link', { name: '简体中文' })).toHaveAttribute('href', `/zh-hans${path}`);
    const twin = await page.request.get(`/zh-hans${path}`);
    expect(twin.status()).toBe(200);
    const html = await twin.text();
    expect(html).toContain('<html lang="zh-Hans"');
    expect(html).toMatch(new RegExp(`hreflang="zh-Hant" href="https://[^"]+${path}"`));
    expect(html).toContain(`href="${path}" hreflang="zh-Hant" lang="zh-Hant"`);
  }
});

test.describe('the offer on the Traditional home', () => {
  test.use({ locale: 'zh-CN' });

  test('a browser preferring zh-CN sees one line in Simplified, never a redirect; 不用了 is remembered', async ({
    page,
  }) => {
    await page.goto('/');
    await expect(page).toHaveURL('/');
    const offer = page.locator('#edition-offer');
    await expect(offer).toBeVisible();
    await expect(offer).toHaveAttribute('lang', 'zh-Hans');
    await expect(offer).toContainText('这个课程也有简体中文版。');
    await expectNoAxeViolations(page);
    await page.screenshot({ path: test.info().outputPath('offer.png') });
    await offer.getByRole('button', { name: '不用了，看繁体版' }).tap();
    await expect(offer).toBeHidden();
    await page.reload();
    await expect(page.locator('#edition-offer')).toBeHidden();
  });

  test('taking the offer opens the Simplified home, and the edition is remembered', async ({ page }) => {
    await page.goto('/');
    await page.locator('#edition-offer').getByRole('link', { name: '改看简体中文版' }).tap();
    await expect(page).toHaveURL('/zh-hans/');
    expect(await page.evaluate(() => localStorage.getItem('performance-coach:edition'))).toBe('zh-Hans');
  });
});

test('a Traditional browser sees no offer until the learner has read the Simplified edition', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('#edition-offer')).toBeHidden();
  await page.goto('/zh-hans/review/');
  await page.goto('/');
  await expect(page.locator('#edition-offer')).toBeVisible();
});

const remembered = (page: Page) => page.evaluate(() => localStorage.getItem('performance-coach:edition'));

test.describe('a switch made on a lesson (no edition script there) is remembered by the page it opens', () => {
  test('Traditional → Simplified on a lesson: the Traditional home, opened afresh, then offers Simplified', async ({
    page,
    context,
  }) => {
    await page.goto(lesson);
    await expect(page.locator('script[src*="EditionScript"]')).toHaveCount(0);
    await page.getByRole('link', { name: '简体中文' }).tap();
    await expect(page).toHaveURL(`/zh-hans${lesson}`);
    // Kept once the lesson has loaded and the browser is idle (the lesson's own JS stays as it was).
    await expect.poll(() => remembered(page)).toBe('zh-Hans');
    const home = await context.newPage();
    await home.goto('/');
    // A zh-TW browser is offered Simplified only because the learner read it.
    await expect(home.locator('#edition-offer')).toBeVisible();
  });

  test.describe('a browser preferring zh-CN', () => {
    test.use({ locale: 'zh-CN' });

    test('Simplified → Traditional on a lesson: the Traditional home, opened afresh, then makes no offer', async ({
      page,
      context,
    }) => {
      const before = await context.newPage();
      await before.goto('/');
      // Before any choice, the browser's preference brings the offer.
      await expect(before.locator('#edition-offer')).toBeVisible();
      await before.close();
      await page.goto(`/zh-hans${lesson}`);
      await expect.poll(() => remembered(page)).toBe('zh-Hans');
      await page.getByRole('link', { name: '繁體中文' }).tap();
      await expect(page).toHaveURL(lesson);
      await expect.poll(() => remembered(page)).toBe('zh-Hant');
      const home = await context.newPage();
      await home.goto('/');
      await expect(home.locator('html')).toHaveAttribute('lang', 'zh-Hant');
      await expect(home.locator('#edition-offer')).toBeHidden();
    });
  });
});

test('search: each edition shows its own titles, either script finds the same lessons, ?q= goes along', async ({
  page,
}) => {
  const results = async () => {
    const links = page.locator('.search-results h2 a');
    await expect(links.first()).toBeVisible();
    return links.evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname));
  };

  await page.goto('/search/?q=陳列');
  const hant = await results();
  expect(hant.length).toBeGreaterThan(0);

  await page.getByRole('link', { name: '简体中文' }).tap();
  await expect(page).toHaveURL(/\/zh-hans\/search\/\?q=/);
  const fromSwitch = await results();
  expect(fromSwitch).toEqual(hant.map((p) => `/zh-hans${p}`));
  await expectSimplified(page);

  await page.goto('/zh-hans/search/?q=陈列');
  expect(await results()).toEqual(hant.map((p) => `/zh-hans${p}`));
  await page.goto('/search/?q=陈列');
  expect(await results()).toEqual(hant);

  // A mainland word the terms table writes (信息 for 資訊) finds the same lessons as the Traditional one.
  await page.goto('/search/?q=資訊');
  const info = await results();
  await page.goto('/zh-hans/search/?q=信息');
  // The same lessons (their order may differ a little: the two words are not equally rare).
  expect((await results()).sort()).toEqual(info.map((p) => `/zh-hans${p}`).sort());
  await expect(page.locator('.search-results mark').first()).toHaveText('信息');
  await expectNoAxeViolations(page);
});

test('no OpenCC code or dictionary reaches the browser, in either edition', () => {
  const dist = join(process.cwd(), 'dist');
  const scripts = ['_astro', 'zh-hans/_astro'].flatMap((dir) =>
    readdirSync(join(dist, dir))
      .filter((f) => f.endsWith('.js'))
      .map((f) => join(dist, dir, f)),
  );
  expect(scripts.length).toBeGreaterThan(20);
  // opencc-js ships its dictionaries as "繁 简|繁 简|…" strings and names its converter functions.
  const dictionary = /\p{Script=Han}+ \p{Script=Han}+\|\p{Script=Han}+ \p{Script=Han}+\|/u;
  for (const file of scripts) {
    const code = readFileSync(file, 'utf8');
    expect(dictionary.test(code), file).toBe(false);
    expect(/ConverterFactory|opencc/i.test(code), file).toBe(false);
  }
});
