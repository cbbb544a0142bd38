import { expect, test, type Page } from '@playwright/test';
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { quizSchema, type Quiz } from '../../src/course/model/schemas.ts';
import { emptyDocument, type Answer, type ProgressDoc } from '../../src/progress/model/document.ts';
import { buildExport } from '../../src/progress/model/export.ts';
import { scoreQuiz } from '../../src/question/model/scoring.ts';
import { buildAttempt } from '../../src/quiz/model/attempt.ts';
import { expectNoAxeViolations } from './helpers.ts';
import { heavyDocument } from '../../bench/heavy-year.ts';

test.use({ viewport: { width: 390, height: 844 }, hasTouch: true });

const QUIZ_ID = 'role-company-representative';
const quiz: Quiz = quizSchema.parse(
  parse(readFileSync(join(import.meta.dirname, `../../content/quizzes/${QUIZ_ID}.yaml`), 'utf8')),
);
const prompt = (id: string) => quiz.questions.find((q) => q.id === id)!.prompt;
/** The text of option `option` of choice question `id`. */
const optionText = (id: string, option: string): string => {
  const q = quiz.questions.find((x) => x.id === id)!;
  if (!('options' in q)) throw new Error(`${id} has no options`);
  return q.options.find((o) => o.id === option)!.text;
};
/** q2's key (b and d) as the course has it; every learner ticks only a, as if the key were wrong. */
const BROKEN = 'q2';

/** A learner's export, made the way the site makes one: the real scorer, the real attempt and export builders. */
function learnerExport(
  name: string,
  team: string | undefined,
  answers: Record<string, Answer>,
  levels: Record<string, number>,
  day: number,
): string {
  const doc: ProgressDoc = emptyDocument();
  const now = new Date(Date.UTC(2026, 10, day, 8));
  doc.settings = { askConfidence: true, seed: `seed-${day}`, displayName: name, at: now.toISOString() };
  if (team) doc.settings.teamCode = team;
  doc.lessons['role/company-representative'] = { done: true, at: now.toISOString() };
  const attempt = buildAttempt({
    id: `${QUIZ_ID}-${day}`,
    quizId: QUIZ_ID,
    now,
    inPlay: quiz.questions.map((q) => q.id),
    answers,
    confidence: { q1: 3, q2: 3 },
    score: scoreQuiz(quiz, answers),
  });
  doc.attempts[attempt.id] = attempt;
  doc.assessments[`s-${day}`] = {
    id: `s-${day}`,
    instrument: 'self-assessment',
    at: now.toISOString(),
    answers: {},
    levels,
  };
  return JSON.stringify(buildExport(doc, now), null, 2);
}

/** The five files the suite makes beside the one a learner downloads in the browser. */
function writeTeamFiles(dir: string): string[] {
  const strong = { q1: 'c', [BROKEN]: ['a'], q3: 'true', q6: 'b' };
  const weak = { q1: 'a', [BROKEN]: ['a'], q3: 'false', q6: 'c' };
  const files = {
    'wang.json': learnerExport('王大明', 'NORTH-1', strong, { 'dual-role': 4, 'marketing-management': 2 }, 3),
    'lin.json': learnerExport('林小芳', 'SOUTH-2', weak, { 'dual-role': 2, 'marketing-management': 5 }, 4),
    'zhang.json': learnerExport('張志豪', 'NORTH-1', weak, { 'dual-role': 3, 'marketing-management': 3 }, 5),
  };
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  // A file from an older version of the site (v2), and one cut short in transit.
  copyFileSync(join(import.meta.dirname, '../fixtures/imports/good-v2.json'), join(dir, 'older-v2.json'));
  writeFileSync(join(dir, 'damaged.json'), files['wang.json'].slice(0, 300));
  return ['wang.json', 'lin.json', 'zhang.json', 'older-v2.json', 'damaged.json'].map((f) => join(dir, f));
}

/** The learner's side: a name and team code (a bad code first), the lesson's quiz, the download. */
async function learnerDownloads(page: Page, dir: string): Promise<string> {
  await page.goto('/progress/');
  await expect(page.locator('[data-ready]').first()).toBeVisible();
  const name = page.getByLabel('給教練看的名字（選填）');
  const code = page.getByLabel('團隊代碼（選填）');
  await name.fill('北區 小陳');
  await code.fill('north 1');
  await page.getByRole('button', { name: '儲存名字和團隊代碼' }).tap();
  const status = page.locator('.coach-settings [aria-live]');
  await expect(status).toContainText('團隊代碼只能用英文字母、數字和連字號');
  // The error sits under its field, which gets the focus and is described by it.
  await expect(code).toHaveAttribute('aria-invalid', 'true');
  await expect(code).toBeFocused();
  await expect(page.locator('#coach-team-error')).toBeVisible();
  await expect(code).toHaveAccessibleDescription(/團隊代碼只能用英文字母、數字和連字號/);
  await code.fill('north-1');
  await page.getByRole('button', { name: '儲存名字和團隊代碼' }).tap();
  await expect(status).toContainText('已儲存：名字「北區 小陳」，團隊代碼 NORTH-1');
  await expect(code).toHaveValue('NORTH-1');

  await page.goto('/lessons/role/company-representative/');
  const form = page.locator('form.quiz');
  await form.scrollIntoViewIfNeeded();
  await expect(page.locator('form.quiz[data-ready]')).toBeVisible();
  const group = (id: string) => form.getByRole('group', { name: new RegExp(prompt(id).slice(0, 12)) });
  await group('q1').getByLabel(optionText('q1', 'c')).check();
  await group(BROKEN).getByLabel(optionText(BROKEN, 'a')).check();
  await group('q3').getByLabel(optionText('q3', 'true')).check();
  await form.getByRole('button', { name: '送出答案' }).tap();
  await page.getByRole('dialog').getByRole('button', { name: '仍然送出' }).tap();
  await expect(form.getByRole('status')).toContainText(/本次得分/);

  await page.goto('/progress/');
  await expect(page.locator('[data-ready]').first()).toBeVisible();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: '下載我的進度' }).tap();
  const file = join(dir, 'chen.json');
  await (await download).saveAs(file);
  const exported = JSON.parse(readFileSync(file, 'utf8'));
  expect(exported.document.settings).toMatchObject({ displayName: '北區 小陳', teamCode: 'NORTH-1' });
  return file;
}

test('a trainer opens six export files: roll-up, the broken question flagged, CSV, print view, saved on request', async ({
  page,
  browser,
}, testInfo) => {
  // Two people's whole journeys (a learner's quiz and download, then the trainer's page): longer than the default.
  test.setTimeout(120_000);
  const dir = testInfo.outputPath();
  const files = [await learnerDownloads(page, dir), ...writeTeamFiles(dir)];

  // The trainer's own browser: nothing of the learner's in its storage.
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true });
  const trainer = await context.newPage();
  await trainer.addInitScript(() => {
    // Printing is recorded, not started: the test reads the print view with emulated print media.
    window.print = () => {
      (window as unknown as { printed: number }).printed =
        ((window as unknown as { printed?: number }).printed ?? 0) + 1;
    };
  });
  await trainer.goto('/team/');
  await expect(trainer.locator('.team-board[data-ready]')).toBeVisible();
  await expect(trainer.getByText('還沒有打開任何進度檔。')).toBeVisible();
  await trainer.getByLabel('選擇進度檔（可多選）').setInputFiles(files);

  const status = trainer.locator('.team-board > [role=status]');
  await expect(status).toContainText('讀完了：5 個檔案可用，1 個檔案沒有讀取。現在共有 5 位學員。');
  const refused = trainer.getByRole('region', { name: /沒有讀取的檔案/ }).or(trainer.locator('.team-refused'));
  await expect(refused).toContainText('damaged.json：這個檔案不是有效的 JSON');
  await expect(trainer.getByText('共 5 位學員、5 個檔案。團隊代碼：NORTH-1、SOUTH-2。')).toBeVisible();

  // Completion per module per person; the older file is there, unnamed, read through the migrations.
  const completion = trainer.getByRole('region', { name: '各模組完成情形' });
  await expect(completion.getByRole('row', { name: /北區 小陳/ })).toBeVisible();
  await expect(completion.getByRole('row', { name: /未署名（older-v2\.json）/ })).toContainText('1 / ');

  // The gap map as a spread, with who is below target.
  const skills = trainer.getByRole('region', { name: '各項技能' });
  const management = skills.getByRole('row', { name: /營銷管理/ });
  await expect(management).toContainText('2 人：王大明（2.0）、張志豪（3.0）');
  await expect(management.locator('.visually-hidden')).toContainText('2 級：1 人，3 級：1 人，4 級：0 人，5 級：1 人');

  // Item analysis: q2 was answered wrong by everyone (the key looks wrong) and is flagged.
  const flagged = trainer.locator('.team-flagged');
  await expect(flagged.getByRole('heading')).toHaveText(/可能有問題的題目（[1-9]\d* 題）/);
  await expect(flagged).toContainText(prompt(BROKEN));
  await expect(flagged).toContainText('全部答錯：請檢查答案或題意');
  const brokenRow = trainer.getByRole('row', { name: new RegExp(prompt(BROKEN).slice(0, 20)) });
  await expect(brokenRow).toContainText('0%（0 人）');
  await expect(brokenRow).toContainText(`「${optionText(BROKEN, 'a')}」`);
  await expect(brokenRow).toContainText('很確定卻答錯');

  // A person's sheet: the lessons to read from their study plan.
  await trainer.getByLabel('看誰的個人表').selectOption({ label: '王大明' });
  const sheet = trainer.getByRole('article', { name: '王大明 的個人表' });
  await expect(sheet).toBeVisible();
  await expect(sheet).toContainText('依學習計畫');
  await expect(sheet.getByRole('row', { name: /營銷管理/ })).toContainText('25%');

  await expectNoAxeViolations(trainer);

  // The roll-up as CSV.
  const csvDownload = trainer.waitForEvent('download');
  await trainer.getByRole('button', { name: '下載總表 CSV' }).tap();
  const csv = readFileSync(await (await csvDownload).path(), 'utf8');
  expect(csv.startsWith('\uFEFF名字,團隊代碼,進度檔')).toBe(true);
  expect(csv).toContain('北區 小陳,NORTH-1,chen.json');
  expect(csv.trimEnd().split('\r\n')).toHaveLength(6);

  // The print views: the team sheet alone, then every person's sheet alone.
  await trainer.emulateMedia({ media: 'print' });
  await expect(trainer.locator('.team-sheet')).toBeVisible();
  await expect(trainer.locator('.team-pick')).toBeHidden();
  await expect(trainer.locator('.people-part')).toBeHidden();
  await trainer.emulateMedia({ media: 'screen' });
  await trainer.getByRole('button', { name: '列印所有個人表' }).tap();
  await expect.poll(() => trainer.evaluate(() => (window as unknown as { printed?: number }).printed)).toBe(1);
  await trainer.emulateMedia({ media: 'print' });
  await expect(trainer.locator('.team-sheet')).toBeHidden();
  await expect(trainer.locator('.person-sheet')).toHaveCount(5);
  for (const s of await trainer.locator('.person-sheet').all()) await expect(s).toBeVisible();
  await trainer.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  await trainer.emulateMedia({ media: 'screen' });

  // Nothing is stored until the trainer asks; then the roll-up (not the files) comes back on the next visit.
  expect(await trainer.evaluate(() => localStorage.getItem('performance-coach:team-rollup'))).toBeNull();
  await trainer.getByRole('button', { name: '儲存在這台裝置' }).tap();
  await expect(status).toContainText('已把總表儲存在這台裝置');
  await trainer.reload();
  await expect(trainer.getByText(/顯示的是 .+ 儲存在這台裝置的總表/)).toBeVisible();
  await expect(trainer.locator('.team-flagged')).toContainText(prompt(BROKEN));
  await trainer.getByRole('button', { name: '忘記儲存的總表' }).tap();
  await expect(trainer.getByText('還沒有打開任何進度檔。')).toBeVisible();
  expect(await trainer.evaluate(() => localStorage.getItem('performance-coach:team-rollup'))).toBeNull();
  await context.close();
});

test('files dropped on the page are read too; a file that is not .json is listed and skipped', async ({ page }) => {
  await page.goto('/team/');
  await expect(page.locator('.team-board[data-ready]')).toBeVisible();
  const older = readFileSync(join(import.meta.dirname, '../fixtures/imports/good-v1.json'), 'utf8');
  const data = await page.evaluateHandle((text) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([text], 'v1.json', { type: 'application/json' }));
    transfer.items.add(new File(['hello'], 'notes.txt', { type: 'text/plain' }));
    return transfer;
  }, older);
  await page.locator('.drop-zone').dispatchEvent('drop', { dataTransfer: data });
  await expect(page.locator('.team-board > [role=status]')).toContainText('讀完了：1 個檔案可用，1 個檔案沒有讀取。');
  await expect(page.locator('.team-refused')).toContainText('notes.txt：不是 .json 檔案，略過了。');
  await expect(page.getByRole('row', { name: /未署名（v1\.json）/ }).first()).toBeVisible();
  await expectNoAxeViolations(page);
});

test('a whole folder of files: each bad one listed with its reason, the good ones loaded', async ({ page }) => {
  await page.goto('/team/');
  await expect(page.locator('.team-board[data-ready]')).toBeVisible();
  // The site's own import fixtures: two good files of older versions beside every kind of bad one.
  await page.getByLabel('選擇整個資料夾').setInputFiles(join(import.meta.dirname, '../fixtures/imports'));
  const status = page.locator('.team-board > [role=status]');
  await expect(status).toContainText(/讀完了：\d+ 個檔案可用，\d+ 個檔案沒有讀取。/);
  const refused = page.locator('.team-refused');
  await expect(refused).toContainText('imports/truncated.json：這個檔案不是有效的 JSON');
  await expect(refused).toContainText('imports/wrong-app.json：這不是「績效教練」的進度檔');
  await expect(refused).toContainText('imports/future-version.json：這個檔案來自較新版本的網站');
  await expect(refused).toContainText('imports/time-month-13.json：檔案內容有誤');
  await expect(page.getByRole('row', { name: /未署名（imports\/good-v2\.json）/ }).first()).toBeVisible();
  await expect(page.getByRole('row', { name: /未署名（imports\/good-v1\.json）/ }).first()).toBeVisible();
});

test('forty heavy files at once: read by a pool of readers, the bar counts every file, a bad one listed', async ({
  page,
}, testInfo) => {
  test.setTimeout(120_000);
  const dir = testInfo.outputPath();
  const files: string[] = [];
  for (let i = 0; i < 40; i++) {
    const doc = heavyDocument();
    doc.settings = { ...doc.settings, seed: `learner-${i}`, displayName: `學員 ${String(i).padStart(2, '0')}` };
    const text = JSON.stringify(buildExport(doc), null, 2);
    const file = join(dir, `learner-${i}.json`);
    // One of them cut short in transit, in the middle of the batch.
    writeFileSync(file, i === 17 ? text.slice(0, 1000) : text);
    files.push(file);
  }
  const workers: string[] = [];
  page.on('worker', (w) => workers.push(w.url()));
  await page.goto('/team/');
  await expect(page.locator('.team-board[data-ready]')).toBeVisible();
  await page.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { seen: string[] }).seen = seen;
    new MutationObserver(() => {
      const bar = document.querySelector<HTMLProgressElement>('#team-reading');
      if (bar) seen.push(`${bar.value}/${bar.max}`);
    }).observe(document.body, { subtree: true, childList: true, attributes: true });
  });
  await page.getByLabel('選擇進度檔（可多選）').setInputFiles(files);
  const status = page.locator('.team-board > [role=status]');
  await expect(status).toContainText('讀完了：39 個檔案可用，1 個檔案沒有讀取。現在共有 39 位學員。', {
    timeout: 60_000,
  });
  await expect(page.locator('.team-refused')).toContainText('learner-17.json：這個檔案不是有效的 JSON');

  // The engine's worker and one reader per core (at most four), all the same script.
  const cores = await page.evaluate(() => navigator.hardwareConcurrency);
  const team = workers.filter((url) => url.includes('team-worker'));
  expect(team).toHaveLength(1 + Math.max(1, Math.min(cores, 4)));
  expect(new Set(team).size).toBe(1);
  // The bar only counts up, over all forty files, to the last.
  const seen = await page.evaluate(() => (window as unknown as { seen: string[] }).seen);
  const done = seen.map((s) => Number(s.split('/')[0]));
  expect(seen.every((s) => s.endsWith('/40'))).toBe(true);
  expect(done).toEqual([...done].sort((a, b) => a - b));
  expect(Math.max(...done)).toBe(40);
  expect(new Set(done).size).toBeGreaterThan(10);
});
