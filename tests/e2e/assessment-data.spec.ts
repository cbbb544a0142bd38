import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { zhHant } from '../../src/i18n/zh-Hant.ts';
import { expectNoAxeViolations, readProgress, storeProgress, throttle } from './helpers.ts';

// The assessment page fetches its questionnaire and analysis data (static files of the build)
// and the result view's code only when there is a result: on a weak phone connection, and
// when the fetch fails.
const instrument = parse(
  readFileSync(new URL('../../content/assessments/self-assessment.yaml', import.meta.url), 'utf8'),
) as {
  items: { id: string; skill: string; reverse?: boolean }[];
};
const total = instrument.items.length;
const framework = parse(readFileSync(new URL('../../content/framework.yaml', import.meta.url), 'utf8')) as {
  skills: { id: string; factor: string }[];
};
/** The first group on screen: the first 能力 skill that has items. */
const firstSkill = framework.skills.find(
  (s) => s.factor === 'ability' && instrument.items.some((i) => i.skill === s.id),
)!;
const FORMS = '**/data/assessment-forms.json';

test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

const shownItems = (page: Page) => page.locator('.assess-group:not([hidden]) fieldset.likert');
const stored = (page: Page) => readProgress(page);

test('on a slow phone connection the page loads its data files and a whole round is completed by touch', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const fetched: string[] = [];
  page.on('response', (r) => {
    const path = new URL(r.url()).pathname;
    if (path.startsWith('/data/') || /AssessmentResult/.test(path)) fetched.push(`${r.status()} ${path}`);
  });
  await throttle(page, { kbps: 1600, latency: 150 });
  await page.goto('/assessment/');
  // Before the data arrives the server's questionnaire is already on screen.
  await expect(page.locator('fieldset.likert').first()).toBeVisible();
  await expect(page.locator('.assess[data-ready]')).toBeVisible({ timeout: 30_000 });
  expect(fetched).toEqual(
    expect.arrayContaining(['200 /data/assessment-forms.json', '200 /data/assessment-analysis.json']),
  );
  // No result yet: the result view's code and strings have not been fetched.
  expect(fetched.some((f) => /AssessmentResult|assessment-strings/.test(f))).toBe(false);

  const answers: Record<string, number> = {};
  for (;;) {
    const fieldsets = shownItems(page);
    const n = await fieldsets.count();
    for (let i = 0; i < n; i++) {
      const id = (await fieldsets.nth(i).getAttribute('data-item'))!;
      const item = instrument.items.find((x) => x.id === id)!;
      const value = item.reverse ? 2 : 4;
      const option = fieldsets
        .nth(i)
        .locator('label.likert-option')
        .nth(value - 1);
      await option.tap();
      await expect(option.locator('input')).toBeChecked();
      answers[id] = value;
    }
    const next = page.getByRole('button', { name: '下一組 →' });
    if ((await next.count()) === 0) break;
    await next.tap();
  }
  expect(Object.keys(answers)).toHaveLength(total);
  await expect(page.getByText(`已回答 ${total} / ${total} 題`)).toBeVisible();
  await page.getByRole('button', { name: '送出自評' }).tap();
  await expect(page.getByRole('heading', { level: 2, name: '你的自評結果' })).toBeFocused({ timeout: 30_000 });
  expect(fetched).toContain('200 /data/assessment-strings.json');
  expect(fetched.some((f) => /AssessmentResult/.test(f))).toBe(true);
  // Strings of the result came with it: no key is shown raw.
  await expect(page.locator('.assess-result')).not.toContainText('assess.');
  await expect(page.locator('.assess-plan h3')).toHaveText(zhHant['plan.title']);
  const results = Object.values((await stored(page)).assessments ?? {});
  expect(results).toHaveLength(1);
  expect(results[0]?.answers).toEqual(answers);
  await expectNoAxeViolations(page);
});

test('when the data fetch fails: a message in Chinese with 重試, the draft untouched, and 重試 restores it', async ({
  page,
}) => {
  test.setTimeout(60_000);
  const [first, second] = instrument.items.filter((i) => i.skill === firstSkill.id) as [
    (typeof instrument.items)[number],
    (typeof instrument.items)[number],
  ];
  const draft = { at: '2026-11-30T08:00:00.000Z', answers: { [first.id]: 5, [second.id]: 0 } };
  await page.goto('/404-not-a-page/');
  await storeProgress(page, { drafts: { 'self-assessment': draft } });
  const draftNow = async () => (await readProgress(page)).drafts['self-assessment'];

  await page.route(FORMS, (route) => route.abort('internetdisconnected'));
  await page.goto('/assessment/');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('問卷資料沒有載入成功');
  await expect(alert).toContainText('你已經答的題目都還保存在這台裝置上');
  const retry = alert.getByRole('button', { name: '重試' });
  await expect(retry).toBeVisible();
  // The server's questionnaire stays readable; nothing could step or submit; the draft is as it was.
  await expect(page.locator('fieldset.likert').first()).toBeVisible();
  await expect(page.locator('.assess[data-ready]')).toHaveCount(0);
  await expect(page.getByRole('button', { name: '下一組 →' })).toBeDisabled();
  expect(await draftNow()).toEqual(draft);
  await expectNoAxeViolations(page);

  // A second failure keeps the message; then the connection is back.
  await retry.tap();
  await expect(alert.getByRole('button', { name: '重試' })).toBeVisible();
  expect(await draftNow()).toEqual(draft);
  await page.unroute(FORMS);
  await alert.getByRole('button', { name: '重試' }).tap();
  await expect(page.locator('.assess[data-ready]')).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expect(page.getByText(`已回答 2 / ${total} 題`)).toBeVisible();
  const items = page.locator('fieldset.likert');
  await expect(
    items.filter({ has: page.locator(`[name="item-${first.id}"]`) }).locator('input[value="5"]'),
  ).toBeChecked();
  await expect(
    items.filter({ has: page.locator(`[name="item-${second.id}"]`) }).locator('input[value="0"]'),
  ).toBeChecked();
  expect((await stored(page)).drafts?.['self-assessment']?.answers).toEqual(draft.answers);
});
