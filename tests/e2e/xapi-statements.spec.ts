/**
 * xAPI against a real LRS: Learning Locker's statement service (scripts/lrs.mjs) on 127.0.0.1,
 * the site built with xAPI on into a folder of its own (the other specs keep the default build).
 * A learner does a lesson, a quiz (submitted offline) and the self-assessment on a phone; the LRS
 * is then down, refuses the key, refuses a statement, is slow, and loses an answer; at the end
 * every statement the records give is in the LRS exactly once, and valid.
 */
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import XAPI from '@xapi/xapi';
import type { Statement } from '@xapi/xapi';
import { expectNoAxeViolations, readProgress } from './helpers.ts';
import { queueSources, sourcesOf } from '../../src/xapi/model/outbox.ts';
import { courseOf } from '../../src/xapi/browser/course-data.ts';
import type { QuizInfo } from '../../src/xapi/model/statements.ts';
import type { AssessmentData } from '../../src/assessment/model/analysis.ts';
import type { QuizData } from '../../src/question/model/quiz-data.ts';

const require = createRequire(import.meta.url);
const validate = (require('xapi-validation') as { default: (s: unknown) => { path: string[] }[] }).default;

const KEY = 'coach-site';
const SECRET = 'write-only-secret';
const HOME = 'https://hr.example/';
const root = join(import.meta.dirname, '../..');

let lrs: ChildProcess | undefined;
let preview: ChildProcess | undefined;
let endpoint = '';
let control = '';
let site = '';
let out = '';

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });

/** Starts the LRS and reads the line it prints once ready. */
async function startLrs(): Promise<void> {
  lrs = spawn(process.execPath, ['scripts/lrs.mjs', '--key', KEY, '--secret', SECRET], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const line = await new Promise<string>((resolve, reject) => {
    lrs!.once('exit', (code) => reject(new Error(`LRS exited with ${code}`)));
    createInterface({ input: lrs!.stdout! }).once('line', resolve);
  });
  ({ endpoint, control } = JSON.parse(line) as { endpoint: string; control: string });
}

/** Sets what the proxy in front of the LRS does with the next requests. */
async function fault(mode: 'ok' | 'down' | '401' | '400' | 'slow', delay = 0): Promise<void> {
  const res = await fetch(control, { method: 'POST', body: JSON.stringify({ mode, delay }) });
  expect(res.ok).toBe(true);
}

test.beforeAll(async () => {
  test.setTimeout(600_000);
  await startLrs();
  out = mkdtempSync(join(tmpdir(), 'coach-xapi-'));
  const build = spawnSync('npx', ['astro', 'build', '--outDir', join(out, 'dist')], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, XAPI_ENDPOINT: endpoint, XAPI_KEY: KEY, XAPI_SECRET: SECRET, XAPI_HOMEPAGE: HOME },
  });
  expect(build.status, build.stderr + build.stdout.slice(-2000)).toBe(0);
  const port = await freePort();
  site = `http://127.0.0.1:${port}`;
  preview = spawn(
    'npx',
    ['astro', 'preview', '--outDir', join(out, 'dist'), '--host', '127.0.0.1', '--port', String(port)],
    { cwd: root, stdio: 'ignore', detached: true },
  );
  await expect.poll(async () => (await fetch(site).catch(() => undefined))?.status, { timeout: 60_000 }).toBe(200);
});

test.afterAll(() => {
  if (preview?.pid) process.kill(-preview.pid, 'SIGTERM');
  lrs?.kill('SIGTERM');
  if (out) rmSync(out, { recursive: true, force: true });
});

test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

/** Every statement the LRS holds, read back with @xapi/xapi. */
async function statementsInLrs(): Promise<Statement[]> {
  const client = new XAPI({ endpoint, auth: XAPI.toBasicAuth(KEY, SECRET), version: '1.0.3' });
  const all: Statement[] = [];
  let more: string | undefined;
  do {
    const page = more ? await client.getMoreStatements({ more }) : await client.getStatements({ limit: 500 });
    const data = page.data as { statements: Statement[]; more?: string };
    all.push(...data.statements);
    more = data.more || undefined;
  } while (more);
  return all;
}

/** What /progress/ says about the delivery. */
const statusBox = (page: Page) => page.locator('section.xapi-status');
const waitingText = (page: Page) => statusBox(page).locator('.xapi-count');

async function markLessonDone(page: Page, lesson: string) {
  await page.goto(`${site}/lessons/${lesson}/`);
  const button = page.locator('.done-control[data-ready] [data-done-toggle]');
  await button.scrollIntoViewIfNeeded();
  await button.tap();
  await expect(button).toHaveAttribute('aria-pressed', 'true');
}

/** Answers every question of the quiz on the page with its first choice (or the order as shown). */
async function answerQuiz(page: Page): Promise<number> {
  const form = page.locator('form.quiz[data-ready]');
  await form.scrollIntoViewIfNeeded();
  const groups = form.locator('fieldset.question');
  const n = await groups.count();
  for (let i = 0; i < n; i++) {
    const group = groups.nth(i);
    const confirm = group.getByRole('button', { name: '就是這個順序' });
    if (await confirm.count()) {
      await confirm.tap();
      continue;
    }
    const choice = group.locator('input[type=radio], input[type=checkbox]').first();
    if (await choice.count()) {
      await choice.check();
      continue;
    }
    for (const select of await group.locator('select').all()) await select.selectOption({ index: 1 });
  }
  return n;
}

async function completeAssessment(page: Page) {
  await page.goto(`${site}/assessment/`);
  await expect(page.locator('.assess[data-ready]')).toBeVisible();
  for (;;) {
    const fieldsets = page.locator('.assess-group:not([hidden]) fieldset.likert');
    const n = await fieldsets.count();
    for (let i = 0; i < n; i++) await fieldsets.nth(i).locator('input[value="4"]').check();
    const next = page.getByRole('button', { name: /下一組/ });
    if ((await next.count()) === 0) break;
    await next.tap();
  }
  await page.getByRole('button', { name: '送出自評' }).first().tap();
  await expect(page.getByRole('heading', { level: 2, name: '你的自評結果' })).toBeFocused();
}

/** Waits until the page's outbox holds no statement waiting. */
/**
 * Waits until nothing waits in the outbox and at least `sent` statements have gone out in all: an outbox not yet
 * written (the sender still loading) is not "all sent".
 */
async function expectAllSent(page: Page, sent: number) {
  await expect
    .poll(async () => {
      const entries = Object.values((await readProgress(page)).outbox);
      const waiting = entries.filter((e) => !e.sent).length;
      const gone = entries.reduce((n, e) => n + (e.sent ? e.count : 0), 0);
      return waiting === 0 && gone >= sent;
    })
    .toBe(true);
}

async function openProgress(page: Page) {
  await page.goto(`${site}/progress/`);
  await expect(statusBox(page)).toBeVisible();
  await expect(page.locator('astro-island:has(section.xapi-status)')).not.toHaveAttribute('ssr', '');
}

/** The statements the learner's records give, built from the document and the site's own course files. */
async function expectedStatements(page: Page) {
  const doc = await readProgress(page);
  const course = courseOf((await (await fetch(`${site}/data/assessment-analysis.json`)).json()) as AssessmentData)!;
  const quizzes: Record<string, QuizInfo> = {};
  for (const id of new Set(Object.values(doc.attempts).map((a) => a.quiz))) {
    const data = (await (await fetch(`${site}/quizzes/${id}.json`)).json()) as QuizData;
    const lesson = Object.entries(course.lessons).find(([, l]) => l.quiz === id)?.[0];
    quizzes[id] = { id, title: data.title, questions: data.questions, lesson };
  }
  const queued = queueSources({
    doc,
    sources: sourcesOf(doc),
    site: { site: 'https://performance-coach.example/', homePage: HOME },
    learner: { seed: doc.settings.seed! },
    course,
    quizzes,
    now: new Date(),
  });
  expect(queued.deferred).toEqual([]);
  return Object.values(queued.entries).flatMap((e) => e.statements);
}

test('a lesson, a quiz offline and the self-assessment reach the LRS once each, through down, 401, 400, slow and a lost answer', async ({
  page,
  context,
}: {
  page: Page;
  context: BrowserContext;
}) => {
  test.setTimeout(240_000);
  const posts: string[] = [];
  page.on('request', (r) => {
    if (r.method() === 'POST' && r.url().startsWith(endpoint)) posts.push(r.url());
  });

  // 1. A lesson marked done: the sender loads only then, and sends it.
  await page.goto(`${site}/lessons/role/win-win/`);
  expect(posts).toEqual([]);
  await markLessonDone(page, 'role/win-win');
  await expectAllSent(page, 1);
  expect(await statementsInLrs()).toHaveLength(1);

  // 2. The lesson's quiz, answered online and submitted offline: queued in the outbox, sent once back online.
  const questions = await answerQuiz(page);
  await context.setOffline(true);
  await page.locator('form.quiz').getByRole('button', { name: '送出答案' }).tap();
  await expect(page.locator('form.quiz').getByRole('heading', { level: 3, name: /本次得分/ })).toBeVisible();
  await expect
    .poll(async () => Object.values((await readProgress(page)).outbox).find((e) => !e.sent)?.statements.length)
    .toBe(questions + 1);
  expect(await statementsInLrs()).toHaveLength(1);
  await context.setOffline(false);
  await expectAllSent(page, 1 + questions + 1);
  expect(await statementsInLrs()).toHaveLength(1 + questions + 1);

  // 3. The self-assessment.
  await completeAssessment(page);
  await expectAllSent(page, 1 + questions + 1 + 1);

  // 4. The LRS is down: the record waits, across a reload, and is sent when the learner asks.
  await fault('down');
  await markLessonDone(page, 'role/retailer-manager');
  await openProgress(page);
  await expect(waitingText(page)).toHaveText('1 筆紀錄等待傳送。');
  await expect(statusBox(page).getByRole('alert')).toContainText('連不上單位的學習紀錄系統');
  await page.reload();
  await expect(waitingText(page)).toHaveText('1 筆紀錄等待傳送。');
  await expectNoAxeViolations(page);
  await fault('ok');
  await statusBox(page).getByRole('button', { name: '立即傳送' }).tap();
  await expect(waitingText(page)).toHaveText('沒有等待傳送的紀錄。');
  await expect(statusBox(page)).toContainText('最近一次傳送成功');
  await expect(statusBox(page).getByRole('alert')).toBeEmpty();

  // 5. The LRS refuses the key: delivery stops and says so; nothing is dropped.
  await fault('401');
  await markLessonDone(page, 'role/company-representative');
  await openProgress(page);
  await expect(statusBox(page).getByRole('alert')).toContainText('不接受這個網站的金鑰（HTTP 401）');
  await expect(waitingText(page)).toHaveText('1 筆紀錄等待傳送。');
  await fault('ok');
  await statusBox(page).getByRole('button', { name: '立即傳送' }).tap();
  await expect(waitingText(page)).toHaveText('沒有等待傳送的紀錄。');

  // 6. The LRS refuses a statement as invalid: kept and shown; sent once the LRS takes it.
  await fault('400');
  await markLessonDone(page, 'mindset/spider-story');
  await openProgress(page);
  await expect(statusBox(page).getByRole('alert')).toContainText('退回了一部分紀錄（HTTP 400');
  await expect(waitingText(page)).toHaveText('1 筆紀錄等待傳送。');
  await expectNoAxeViolations(page);
  await fault('ok');
  await statusBox(page).getByRole('button', { name: '立即傳送' }).tap();
  await expect(waitingText(page)).toHaveText('沒有等待傳送的紀錄。');

  // 7. A slow LRS: the learner sees it sending, then sent.
  await fault('slow', 3_000);
  await markLessonDone(page, 'mindset/light-a-candle');
  await openProgress(page);
  await expect(waitingText(page)).toHaveText(/正在傳送 1 筆紀錄|1 筆紀錄等待傳送/);
  await expect(waitingText(page)).toHaveText('沒有等待傳送的紀錄。', { timeout: 15_000 });
  await fault('ok');

  // 8. The LRS stores a batch but its answer is lost: the entry stays waiting, the retry sends the same
  //    ids, and the LRS keeps one copy.
  const lostIds: string[][] = [];
  await page.route(`${endpoint}statements`, async (route) => {
    if (route.request().method() !== 'POST' || lostIds.length > 0) return route.fallback();
    lostIds.push((JSON.parse(route.request().postData() ?? '[]') as Statement[]).map((x) => x.id!));
    await route.fetch();
    await route.abort('connectionreset');
  });
  const before = (await statementsInLrs()).length;
  await markLessonDone(page, 'mindset/facing-disparity');
  await expect.poll(() => lostIds.length).toBe(1);
  await expect.poll(async () => (await statementsInLrs()).length).toBe(before + 1);
  await expect.poll(async () => Object.values((await readProgress(page)).outbox).filter((e) => !e.sent).length).toBe(1);
  await page.unroute(`${endpoint}statements`);
  const resent: string[][] = [];
  page.on('request', (r) => {
    if (r.method() === 'POST' && r.url() === `${endpoint}statements`)
      resent.push((JSON.parse(r.postData() ?? '[]') as Statement[]).map((x) => x.id!));
  });
  await openProgress(page);
  await expect(waitingText(page)).toHaveText('沒有等待傳送的紀錄。');
  expect(resent).toEqual(lostIds);
  expect(await statementsInLrs()).toHaveLength(before + 1);

  // Read back: each expected statement exactly once, nothing else, and each valid.
  const expected = await expectedStatements(page);
  const stored = await statementsInLrs();
  const ids = stored.map((s) => s.id!);
  expect(new Set(ids).size).toBe(ids.length);
  expect([...ids].sort()).toEqual(expected.map((s) => s.id!).sort());
  expect(expected).toHaveLength(6 + questions + 1 + 1);
  for (const s of stored) {
    expect(validate(s).map((w) => w.path.join('.'))).toEqual([]);
    expect(s.actor).toMatchObject({ account: { homePage: HOME } });
  }
  const byVerb = (verb: string) => stored.filter((s) => s.verb.id === `http://adlnet.gov/expapi/verbs/${verb}`);
  expect(byVerb('answered')).toHaveLength(questions);
  expect(byVerb('completed')).toHaveLength(6 + 1 + 1);
  const assessment = byVerb('completed').find((s) => 'id' in s.object && s.object.id.includes('/assessment/'))!;
  expect(Object.keys(assessment.result!.extensions!)).toEqual([
    'https://performance-coach.example/xapi/ext/skill-levels',
    'https://performance-coach.example/xapi/ext/factor-levels',
    'https://performance-coach.example/xapi/ext/scale',
  ]);
  const answered = byVerb('answered')[0]!;
  expect(answered.result).toMatchObject({ response: expect.any(String), success: expect.any(Boolean) });
  expect(answered.result?.score?.scaled).toBeGreaterThanOrEqual(0);
});

test('a page only read loads the small xAPI script alone; the sender comes with the first change', async ({ page }) => {
  const scripts: string[] = [];
  page.on('requestfinished', (r) => {
    if (r.resourceType() === 'script') scripts.push(r.url());
  });
  const sender = async () => {
    const texts = await Promise.all(scripts.map((url) => fetch(url).then((r) => r.text())));
    return texts.some((t) => t.includes('X-Experience-API-Version'));
  };
  await page.goto(`${site}/lessons/practice/sales-plan/`);
  await expect(page.locator('[data-xapi-config]')).toHaveCount(1);
  await expect(page.locator('.done-control[data-ready]')).toBeVisible();
  await page.waitForLoadState('networkidle');
  expect(await sender()).toBe(false);
  await page.locator('.done-control [data-done-toggle]').tap();
  await expect.poll(sender).toBe(true);
});
