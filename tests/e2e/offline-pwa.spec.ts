/**
 * The course in the field: one online visit to the home page, then no signal at all (the server is stopped,
 * so the service worker's own fetches fail too), then a new version deployed. Real service worker, Chromium,
 * a 390×844 touch phone. The spec serves the built site itself (site-server.ts) so it can stop and restart it.
 */
import {
  chromium,
  expect as baseExpect,
  test,
  type Browser,
  type BrowserContext,
  type Locator,
  type Page,
} from '@playwright/test';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromiumLaunch } from '../../scripts/chromium.mjs';
import { parse } from 'yaml';
import { readPrecacheList } from '../../scripts/lib/precache.mjs';
import { createConverter, findTraditional, loadTerms } from '../../src/edition/build/convert.ts';
import { expectNoAxeViolations, readProgress } from './helpers.ts';
import { buildChangedSite, SiteServer } from './site-server.ts';

// The new version is built while the offline journey runs, on the same two cores: patient waits.
const expect = baseExpect.configure({ timeout: 20_000 });
const ROOT = resolve(import.meta.dirname, '../..');
const DIST = join(ROOT, 'dist');
/** A Traditional string as the Simplified edition shows it. */
const hans = createConverter(loadTerms(ROOT).table);
type Say = (text: string) => string;
const asIs: Say = (text) => text;
const PHONE = { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true, locale: 'zh-TW' };
const CHANGED_LESSON = 'role/win-win';
const NEW_TEXT = '（本課已更新）拜訪前先想好：這次要替零售戶解決哪一件事？';

interface Lesson {
  id: string;
  title: string;
  quiz?: string;
}
const lessonsDir = join(ROOT, 'content/lessons');
const lessons: Lesson[] = readdirSync(lessonsDir, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .flatMap((d) =>
    readdirSync(join(lessonsDir, d.name))
      .filter((f) => f.endsWith('.mdx'))
      .map((f) => {
        const front = parse(readFileSync(join(lessonsDir, d.name, f), 'utf8').split('---')[1]!) as Lesson;
        return { id: `${d.name}/${f.replace(/\.mdx$/, '')}`, title: front.title, quiz: front.quiz };
      }),
  );
const modules = parse(readFileSync(join(ROOT, 'content/modules.yaml'), 'utf8')) as { id: string; title: string }[];
const assessment = parse(readFileSync(join(ROOT, 'content/assessments/self-assessment.yaml'), 'utf8')) as {
  items: { id: string }[];
};
const winWin = parse(readFileSync(join(ROOT, 'content/quizzes/role-win-win.yaml'), 'utf8')) as {
  questions: { id: string; prompt: string; options?: { text: string; correct?: boolean }[] }[];
};

/**
 * Starts building the next version (a copy of the project with one lesson changed); however the test ends, the
 * build is stopped and its copy removed.
 */
function buildNewVersion(): ReturnType<typeof buildChangedSite> {
  const rebuilt = buildChangedSite((dir) => {
    const file = join(dir, 'content/lessons', `${CHANGED_LESSON}.mdx`);
    const [, front, body] = readFileSync(file, 'utf8').split(/^---$/m);
    writeFileSync(file, `---${front}---\n\n${NEW_TEXT}\n${body}`);
  });
  cleanup.push(() => rebuilt.remove());
  return rebuilt;
}

async function phone(browser: Browser): Promise<BrowserContext> {
  return browser.newContext({ ...PHONE, serviceWorkers: 'allow', acceptDownloads: true });
}

/** The page as the service worker answered it: status 200 and served from its cache. */
async function openOffline(page: Page, url: string) {
  const response = await page.goto(url);
  expect(response, url).not.toBeNull();
  expect(response!.fromServiceWorker(), `${url} from the service worker`).toBe(true);
  expect(response!.status(), url).toBe(200);
  return response!;
}

/** Every island of the page hydrated. */
async function hydrated(page: Page) {
  for (const island of await page.locator('astro-island').all()) {
    if ((await island.getAttribute('client')) === 'visible') await island.scrollIntoViewIfNeeded();
    await expect(island).not.toHaveAttribute('ssr', '');
  }
}

/** Gives an answer to every question of a quiz form (the first option, the order as it stands, the first match). */
async function answerEverything(form: Locator, say: Say = asIs) {
  const questions = form.locator('fieldset.question');
  const n = await questions.count();
  for (let i = 0; i < n; i++) {
    const q = questions.nth(i);
    const confirm = q.getByRole('button', { name: say('就是這個順序') });
    if (await confirm.count()) {
      await confirm.tap();
      continue;
    }
    const choice = q.locator('input[type=radio], input[type=checkbox]').first();
    if (await choice.count()) {
      await choice.check();
      continue;
    }
    for (const select of await q.locator('select').all()) await select.selectOption({ index: 1 });
  }
  return n;
}

/** Answers every group of the self-assessment (「大多符合」) and submits it. */
async function completeAssessment(page: Page, say: Say = asIs) {
  await expect(page.locator('.assess[data-ready]')).toBeVisible();
  let answered = 0;
  for (;;) {
    const shown = page.locator('.assess-group:not([hidden]) fieldset.likert');
    const n = await shown.count();
    for (let i = 0; i < n; i++) await shown.nth(i).locator('input[value="4"]').check();
    answered += n;
    const next = page.getByRole('button', { name: new RegExp(say('下一組')) });
    if ((await next.count()) === 0) break;
    const step = await page.locator('.assess-group:not([hidden]) .assess-group-meta').textContent();
    await next.click();
    await expect(page.locator('.assess-group:not([hidden]) .assess-group-meta')).not.toHaveText(step ?? '');
  }
  expect(answered).toBe(assessment.items.length);
  await page
    .getByRole('button', { name: say('送出自評') })
    .first()
    .click();
  await expect(page.getByRole('heading', { level: 2, name: say('你的自評結果') })).toBeFocused();
}

/** The precache as the page's caches hold it: address → revision (null for hashed files). */
async function cachedPrecache(page: Page): Promise<Record<string, string | null>> {
  return page.evaluate(async () => {
    const out: Record<string, string | null> = {};
    for (const name of await caches.keys()) {
      if (!name.includes('precache')) continue;
      for (const request of await (await caches.open(name)).keys()) {
        const url = new URL(request.url);
        const revision = url.searchParams.get('__WB_REVISION__');
        url.searchParams.delete('__WB_REVISION__');
        out[url.pathname] = revision;
      }
    }
    return out;
  });
}

/** The precache list of a built site's worker (`sw.js` Traditional, `sw-hans.js` Simplified), as the cache would hold it. */
function expectedPrecache(dist: string, worker = 'sw.js'): Record<string, string | null> {
  const list = readPrecacheList(readFileSync(join(dist, worker), 'utf8'));
  return Object.fromEntries(list.map((e) => [new URL(e.url, 'http://x/').pathname, e.revision]));
}

const server = new SiteServer();
const cleanup: (() => void)[] = [];
test.afterAll(async () => {
  await server.stop();
  for (const done of cleanup.splice(0)) done();
});

test('one online visit to home, then no signal: the whole course works and every answer is stored; a new version is offered, taken, and loses nothing', async ({
  browser,
}) => {
  test.setTimeout(360_000);
  // The new version is built while the offline journey runs.
  const rebuilt = buildNewVersion();

  const origin = await server.start(DIST);
  const context = await phone(browser);
  const page = await context.newPage();

  // ---- the first visit, online: home only
  const started = Date.now();
  await page.goto(`${origin}/`);
  await page.waitForFunction(() => document.documentElement.dataset.offline === 'ready', null, { timeout: 60_000 });
  const readyMs = Date.now() - started;
  expect(await page.evaluate(() => navigator.serviceWorker.ready.then((r) => r.active?.state))).toBe('activated');
  // The first install takes over the open page at once.
  await expect.poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller))).toBe(true);
  const expected = expectedPrecache(DIST);
  expect(await cachedPrecache(page)).toEqual(expected);
  // The Traditional edition only: no page, data file or script of the Simplified one.
  expect(Object.keys(expected).filter((url) => url.startsWith('/zh-hans/'))).toEqual([]);
  // Said on screen, and announced by the strip's live region.
  await expect(page.locator('.offline-status').filter({ hasText: '整個課程已存到這台裝置' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: '整個課程已存到這台裝置' })).toBeAttached();
  test.info().annotations.push({
    type: 'offline',
    description: `ready after first visit: ${readyMs} ms; precache ${Object.keys(expected).length} files`,
  });
  console.log(`offline: service worker ready with the whole course ${readyMs} ms after the first visit started`);

  // ---- no signal: the server is gone and the phone says it is offline
  await server.stop();
  await expect(fetch(`${origin}/`)).rejects.toThrow();
  await context.setOffline(true);
  const failed: string[] = [];
  // A request the page itself gave up because the journey moved on to the next page (the offline pill's
  // stylesheet, say) is net::ERR_ABORTED: not a want of network. Every other failure counts.
  page.on('requestfailed', (r) => {
    const error = r.failure()?.errorText ?? '';
    if (error !== 'net::ERR_ABORTED') failed.push(`${r.url()} ${error}`);
  });

  // Five lessons never opened.
  const unvisited = lessons.filter((l) => l.id !== CHANGED_LESSON).slice(0, 5);
  for (const lesson of unvisited) {
    await openOffline(page, `${origin}/lessons/${lesson.id}/`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(lesson.title);
  }
  // The indicator says so, in words and with an icon, politely.
  const indicator = page.locator('.offline-status').filter({ hasText: '離線中' });
  await expect(indicator).toBeVisible();
  await expect(indicator).toContainText('已下載的課程都能讀');
  await expect(page.getByRole('status').filter({ hasText: '離線中' })).toContainText('已下載的課程都能讀');
  await expectNoAxeViolations(page);

  for (const module of modules) {
    await openOffline(page, `${origin}/modules/${module.id}/`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(module.title);
    await hydrated(page);
  }

  // A lesson's quiz, taken and submitted.
  const quizLesson = lessons.find((l) => l.id === 'practice/sales-plan')!;
  await openOffline(page, `${origin}/lessons/${quizLesson.id}/`);
  const form = page.locator('form.quiz');
  await form.scrollIntoViewIfNeeded();
  await expect(page.locator('form.quiz[data-ready]')).toBeVisible();
  const questions = await answerEverything(form);
  await expect(form.getByText(`已作答 ${questions} / ${questions} 題`)).toBeVisible();
  await form.getByRole('button', { name: '送出答案' }).tap();
  await expect(form.getByRole('heading', { level: 3, name: /本次得分/ })).toBeFocused();
  expect(Object.keys((await readProgress(page)).attempts)).toHaveLength(1);

  // Review: the cards of that quiz are due.
  await openOffline(page, `${origin}/review/`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.locator('[data-ready]').first()).toBeVisible();

  // The self-assessment, to the end.
  await openOffline(page, `${origin}/assessment/`);
  await completeAssessment(page);
  expect(Object.keys((await readProgress(page)).assessments)).toHaveLength(1);

  // Progress, and its export.
  await openOffline(page, `${origin}/progress/`);
  await hydrated(page);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: '下載我的進度' }).tap();
  const exported = JSON.parse(readFileSync((await (await download).path())!, 'utf8'));
  expect(exported).toMatchObject({ app: 'performance-coach' });
  // Everything stored is in the file (the export then notes its own time in the settings).
  const { settings: _settings, ...records } = await readProgress(page);
  expect(exported.document).toMatchObject(records);
  expect(Object.keys(exported.document.attempts)).toHaveLength(1);
  expect(Object.keys(exported.document.assessments)).toHaveLength(1);

  await openOffline(page, `${origin}/glossary/`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

  // Search, index included, in both scripts; a result opens.
  const shortage = lessons.find((l) => l.id === 'practice/shortage-research')!;
  await openOffline(page, `${origin}/search/?q=${encodeURIComponent('紅三環')}`);
  const results = page.getByRole('list', { name: '搜尋結果' });
  await expect(results.getByRole('link', { name: new RegExp(shortage.title) })).toBeVisible();
  await page.getByRole('main').getByRole('searchbox', { name: '搜尋課程內容' }).fill('红三环');
  await expect(results.getByRole('link', { name: new RegExp(shortage.title) })).toBeVisible();
  await results.getByRole('link', { name: new RegExp(shortage.title) }).tap();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(shortage.title);
  expect(page.url()).toMatch(new RegExp(`^${origin}/lessons/${shortage.id}/(#.*)?$`));

  // Nothing on the way needed the network.
  expect(failed).toEqual([]);

  // An address that is not in the course shows the 404 page, not a lesson.
  await page.goto(`${origin}/lessons/role/no-such-lesson/`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('找不到這一頁');

  // ---- a new version is deployed and the signal comes back
  const newDist = await rebuilt.site;
  await context.setOffline(false);
  await server.start(newDist);
  const changedUrl = `${origin}/lessons/${CHANGED_LESSON}/`;
  await page.goto(changedUrl);
  // Until the learner takes the update, the version on the phone is shown.
  await expect(page.getByText(NEW_TEXT)).toHaveCount(0);
  const quiz = page.locator('form.quiz');
  await quiz.scrollIntoViewIfNeeded();
  await expect(page.locator('form.quiz[data-ready]')).toBeVisible();
  const [q1, q2] = winWin.questions;
  for (const q of [q1!, q2!]) {
    await quiz
      .getByRole('group', { name: new RegExp(q.prompt.slice(0, 12)) })
      .getByLabel(q.options![0]!.text)
      .tap();
  }
  await expect(quiz.getByText(`已作答 2 / ${winWin.questions.length} 題`)).toBeVisible();

  const banner = page.getByRole('group', { name: '有新版本' });
  await expect(banner).toBeVisible({ timeout: 60_000 });
  await expect(banner).toContainText('你作答到一半的測驗已保存');
  await expectNoAxeViolations(page);
  // It never reloads by itself.
  await page.evaluate(() => ((window as Window & { stillHere?: boolean }).stillHere = true));
  await page.waitForTimeout(2000);
  expect(await page.evaluate(() => (window as Window & { stillHere?: boolean }).stillHere)).toBe(true);
  const before = await readProgress(page);
  expect(Object.keys(before.quizDrafts)).toEqual(['role-win-win']);

  await Promise.all([page.waitForEvent('load'), banner.getByRole('button', { name: '更新' }).tap()]);
  expect(await page.evaluate(() => (window as Window & { stillHere?: boolean }).stillHere)).toBeUndefined();
  await expect(page.getByText(NEW_TEXT)).toBeVisible();
  const again = page.locator('form.quiz');
  await again.scrollIntoViewIfNeeded();
  await expect(page.locator('form.quiz[data-ready]')).toBeVisible();
  await expect(again.getByText(`已作答 2 / ${winWin.questions.length} 題`)).toBeVisible();
  await expect(again.getByText('已恢復你上次還沒送出的 2 題答案。')).toBeVisible();
  expect(await readProgress(page)).toEqual(before);
  // The old version's files are gone from the cache: it holds exactly the new list.
  expect(await cachedPrecache(page)).toEqual(expectedPrecache(newDist));
  await expect(page.getByRole('group', { name: '有新版本' })).toHaveCount(0);
  await context.close();
});

/** Whether a cached address is a page, data file or script of the Simplified edition (styles, images and fonts are shared). */
const isHansOwn = (url: string) => url.startsWith('/zh-hans/');
const isEditionFile = (url: string) => url === '/' || /(\/|\.html|\.json|\.m?js)$/.test(url);

test('a Simplified reader: one online visit to /zh-hans/, then no signal: the whole Simplified course works, nothing Traditional is kept; its update is offered and taken; switching to Traditional keeps only Traditional', async ({
  browser,
}) => {
  test.setTimeout(360_000);
  const rebuilt = buildNewVersion();

  const origin = await server.start(DIST);
  const context = await browser.newContext({
    ...PHONE,
    locale: 'zh-CN',
    serviceWorkers: 'allow',
    acceptDownloads: true,
  });
  const page = await context.newPage();

  // ---- the first visit, online: the Simplified home only
  await page.goto(`${origin}/zh-hans/`);
  await page.waitForFunction(() => document.documentElement.dataset.offline === 'ready', null, { timeout: 60_000 });
  await expect.poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller))).toBe(true);
  expect(await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL)).toBe(`${origin}/sw-hans.js`);
  const expected = expectedPrecache(DIST, 'sw-hans.js');
  const cached = await cachedPrecache(page);
  expect(cached).toEqual(expected);
  // Simplified pages, data and scripts only: not one Traditional page, data file or script is on the phone.
  expect(Object.keys(cached).filter((url) => isEditionFile(url) && !isHansOwn(url))).toEqual([]);
  expect(Object.keys(cached).filter(isHansOwn).length).toBeGreaterThan(100);
  await expect(page.locator('.offline-status').filter({ hasText: hans('整個課程已存到這台裝置') })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: hans('整個課程已存到這台裝置') })).toBeAttached();

  // ---- no signal
  await server.stop();
  await context.setOffline(true);
  const failed: string[] = [];
  page.on('requestfailed', (r) => {
    const error = r.failure()?.errorText ?? '';
    if (error !== 'net::ERR_ABORTED') failed.push(`${r.url()} ${error}`);
  });

  const unvisited = lessons.filter((l) => l.id !== CHANGED_LESSON).slice(-5);
  for (const lesson of unvisited) {
    await openOffline(page, `${origin}/zh-hans/lessons/${lesson.id}/`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(hans(lesson.title));
  }
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hans');
  const indicator = page.locator('.offline-status').filter({ hasText: hans('離線中') });
  await expect(indicator).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: hans('離線中') })).toBeAttached();
  mkdirSync('/tmp/shots-hans', { recursive: true });
  await page.screenshot({ path: '/tmp/shots-hans/offline-lesson.png' });
  await expectNoAxeViolations(page);
  // The Traditional edition is not on this phone: with no signal the switch says so, and the lesson stays.
  const here = page.url();
  await page.getByRole('link', { name: '繁體中文' }).tap();
  await expect(page.locator('.offline-status')).toContainText(
    hans('這台裝置只存了簡體中文版，有訊號時再切換到繁體中文版'),
  );
  expect(page.url()).toBe(here);
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hans');
  await page.screenshot({ path: '/tmp/shots-hans/offline-switch.png' });

  for (const module of modules) {
    await openOffline(page, `${origin}/zh-hans/modules/${module.id}/`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(hans(module.title));
    await hydrated(page);
  }

  const quizLesson = lessons.find((l) => l.id === 'practice/sales-plan')!;
  await openOffline(page, `${origin}/zh-hans/lessons/${quizLesson.id}/`);
  const form = page.locator('form.quiz');
  await form.scrollIntoViewIfNeeded();
  await expect(page.locator('form.quiz[data-ready]')).toBeVisible();
  const questions = await answerEverything(form, hans);
  await expect(form.getByText(hans(`已作答 ${questions} / ${questions} 題`))).toBeVisible();
  await form.getByRole('button', { name: hans('送出答案') }).tap();
  await expect(form.getByRole('heading', { level: 3, name: new RegExp(hans('本次得分')) })).toBeFocused();
  expect(Object.keys((await readProgress(page)).attempts)).toHaveLength(1);

  await openOffline(page, `${origin}/zh-hans/review/`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.locator('[data-ready]').first()).toBeVisible();

  await openOffline(page, `${origin}/zh-hans/assessment/`);
  await completeAssessment(page, hans);
  expect(Object.keys((await readProgress(page)).assessments)).toHaveLength(1);

  await openOffline(page, `${origin}/zh-hans/progress/`);
  await hydrated(page);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: hans('下載我的進度') }).tap();
  const exported = JSON.parse(readFileSync((await (await download).path())!, 'utf8'));
  expect(exported).toMatchObject({ app: 'performance-coach' });
  expect(Object.keys(exported.document.attempts)).toHaveLength(1);
  expect(Object.keys(exported.document.assessments)).toHaveLength(1);

  await openOffline(page, `${origin}/zh-hans/glossary/`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(hans('用語表'));

  // Search in both scripts, on the Simplified index; the result opens the Simplified lesson.
  const shortage = lessons.find((l) => l.id === 'practice/shortage-research')!;
  await openOffline(page, `${origin}/zh-hans/search/?q=${encodeURIComponent('紅三環')}`);
  const results = page.getByRole('list', { name: hans('搜尋結果') });
  await expect(results.getByRole('link', { name: new RegExp(hans(shortage.title)) })).toBeVisible();
  await page
    .getByRole('main')
    .getByRole('searchbox', { name: hans('搜尋課程內容') })
    .fill('红三环');
  await expect(results.getByRole('link', { name: new RegExp(hans(shortage.title)) })).toBeVisible();
  await results.getByRole('link', { name: new RegExp(hans(shortage.title)) }).tap();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(hans(shortage.title));
  expect(page.url()).toMatch(new RegExp(`^${origin}/zh-hans/lessons/${shortage.id}/(#.*)?$`));
  expect(failed).toEqual([]);

  // An unknown address shows the Simplified 404 page.
  await page.goto(`${origin}/zh-hans/lessons/role/no-such-lesson/`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(hans('找不到這一頁'));
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hans');
  expect(findTraditional(await page.locator('main').innerText())).toEqual([]);

  // ---- a new version (one lesson changed, so its twin too) and the signal comes back
  const newDist = await rebuilt.site;
  await context.setOffline(false);
  await server.start(newDist);
  await page.goto(`${origin}/zh-hans/lessons/${CHANGED_LESSON}/`);
  await expect(page.getByText(hans(NEW_TEXT))).toHaveCount(0);
  const banner = page.getByRole('group', { name: hans('有新版本') });
  await expect(banner).toBeVisible({ timeout: 60_000 });
  await Promise.all([page.waitForEvent('load'), banner.getByRole('button', { name: hans('更新') }).tap()]);
  await expect(page.getByText(hans(NEW_TEXT))).toBeVisible();
  expect(await cachedPrecache(page)).toEqual(expectedPrecache(newDist, 'sw-hans.js'));

  // ---- the learner switches to Traditional: its course is saved, the Simplified one dropped, no update offered
  await page.getByRole('link', { name: '繁體中文' }).tap();
  await expect(page).toHaveURL(`${origin}/lessons/${CHANGED_LESSON}/`);
  await page.waitForFunction(() => document.documentElement.dataset.offline === 'ready', null, { timeout: 60_000 });
  expect(await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL)).toBe(`${origin}/sw.js`);
  await expect(page.locator('.offline-status').filter({ hasText: '整個課程已存到這台裝置' })).toBeVisible();
  await expect(page.getByRole('group', { name: '有新版本' })).toHaveCount(0);
  const afterSwitch = await cachedPrecache(page);
  expect(afterSwitch).toEqual(expectedPrecache(newDist, 'sw.js'));
  expect(Object.keys(afterSwitch).filter(isHansOwn)).toEqual([]);
  // And it works with no signal.
  await server.stop();
  await context.setOffline(true);
  await openOffline(page, `${origin}/lessons/${unvisited[0]!.id}/`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(unvisited[0]!.title);
  await page.goto(`${origin}/no-such-page/`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('找不到這一頁');
  await context.close();
});

test('installable: Chromium finds no installability error; the home page offers the install (moving nothing on the page), iPhone Safari gets 「加入主畫面」', async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const origin = await server.start(DIST);
  // A profile on disk, as a learner's browser has: Chromium never offers to install from a private window.
  const profile = mkdtempSync(join(tmpdir(), 'offline-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    ...chromiumLaunch,
    headless: true,
    ...PHONE,
    serviceWorkers: 'allow',
  });
  const page = context.pages()[0] ?? (await context.newPage());
  // Chromium fires its own install prompt once the page is installable; its dialog cannot be answered
  // headless, so prompt() only records that it was asked for.
  await page.addInitScript(() => {
    const proto = (window as unknown as { BeforeInstallPromptEvent?: { prototype: { prompt(): Promise<void> } } })
      .BeforeInstallPromptEvent?.prototype;
    if (proto)
      proto.prompt = () => {
        (window as Window & { prompted?: boolean }).prompted = true;
        return Promise.resolve();
      };
  });
  // Every layout shift on the page, with what moved (the strip at the bottom must move nothing).
  await page.addInitScript(() => {
    const shifts: string[] = [];
    (window as Window & { shifts?: string[] }).shifts = shifts;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & {
        value: number;
        hadRecentInput: boolean;
        sources?: { node?: Node | null }[];
      })[]) {
        if (entry.hadRecentInput) continue;
        const what = (entry.sources ?? []).map((s) => (s.node as Element | null)?.outerHTML?.slice(0, 80));
        shifts.push(`${entry.value.toFixed(4)} ${what.join(' | ')}`);
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
  const started = Date.now();
  await page.goto(`${origin}/`);
  await page.waitForFunction(() => document.documentElement.dataset.offline === 'ready', null, { timeout: 60_000 });
  console.log(
    `offline: whole course saved ${Date.now() - started} ms after a first visit to home (nothing else running)`,
  );
  const cdp = await context.newCDPSession(page);
  const { installabilityErrors } = (await cdp.send('Page.getInstallabilityErrors')) as {
    installabilityErrors: { errorId: string }[];
  };
  expect(installabilityErrors).toEqual([]);
  const manifest = (await cdp.send('Page.getAppManifest')) as { url: string; errors: unknown[] };
  expect(manifest.url).toBe(`${origin}/manifest.webmanifest`);
  expect(manifest.errors).toEqual([]);

  const hint = page.getByRole('group', { name: '安裝到手機' });
  await expect(hint).toBeVisible();
  await expect(page.locator('.offline-status').filter({ hasText: '整個課程已存到這台裝置' })).toBeVisible();
  await expectNoAxeViolations(page);
  // The signal comes and goes while the hint and the line are shown: the line changes, nothing moves.
  await context.setOffline(true);
  await expect(page.locator('.offline-status').filter({ hasText: '離線中' })).toBeVisible();
  await context.setOffline(false);
  await expect(page.locator('.offline-status').filter({ hasText: '已恢復連線' })).toBeVisible();
  await page.waitForTimeout(500);
  expect(await page.evaluate(() => (window as Window & { shifts?: string[] }).shifts)).toEqual([]);
  await hint.getByRole('button', { name: '安裝' }).tap();
  expect(await page.evaluate(() => (window as Window & { prompted?: boolean }).prompted)).toBe(true);
  await expect(hint).toHaveCount(0);
  // Only on the home page.
  await page.goto(`${origin}/glossary/`);
  await page.waitForTimeout(1500);
  await expect(page.getByRole('group', { name: '安裝到手機' })).toHaveCount(0);
  await context.close();
  rmSync(profile, { recursive: true, force: true });

  const iphone = await browser.newContext({
    ...PHONE,
    serviceWorkers: 'allow',
    userAgent:
      'Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1',
  });
  const safari = await iphone.newPage();
  await safari.goto(`${origin}/`);
  const ios = safari.getByRole('group', { name: '加入主畫面' });
  await expect(ios).toBeVisible({ timeout: 30_000 });
  await expect(ios).toContainText('「分享」');
  await expectNoAxeViolations(safari);
  await ios.getByRole('button', { name: '知道了' }).tap();
  await expect(ios).toHaveCount(0);
  await safari.reload();
  await safari.waitForFunction(() => document.documentElement.dataset.offline === 'ready', null, { timeout: 60_000 });
  await safari.waitForTimeout(1000);
  await expect(safari.getByRole('group', { name: '加入主畫面' })).toHaveCount(0);
  await iphone.close();
  await server.stop();
});
