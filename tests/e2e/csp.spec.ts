/**
 * Every page type carries a strict Content-Security-Policy, and nothing on any of them
 * breaks it: no violation is reported, no console error, and the islands still work.
 */
import { expect, test, type Page } from '@playwright/test';
import { waitForIslands } from './helpers.ts';

test.use({ viewport: { width: 390, height: 844 }, hasTouch: true });

const PAGES = [
  ['home', '/'],
  ['module', '/modules/role/'],
  ['lesson with quiz', '/lessons/role/win-win/'],
  ['lesson with an image', '/lessons/practice/capital-and-display/'],
  ['review', '/review/'],
  ['assessment', '/assessment/'],
  ['short assessment', '/assessment/short/'],
  ['progress', '/progress/'],
  ['search', '/search/?q=陳列'],
  ['glossary', '/glossary/'],
  ['trainer view', '/author/'],
  ['404', '/no-such-page/'],
  ['tools', '/tools/'],
  ['visit plan', '/tools/visit/'],
  ['sales plan', '/tools/sales/'],
] as const;

/** Records CSP violations (from the page's own event) and console errors. */
async function watch(page: Page): Promise<{ violations: () => Promise<string[]>; errors: string[] }> {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  await page.addInitScript(() => {
    const w = window as unknown as { __csp: string[] };
    w.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      w.__csp.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber} ${e.sample}`),
    );
  });
  return {
    violations: () => page.evaluate(() => (window as unknown as { __csp: string[] }).__csp),
    errors,
  };
}

const policyOf = (page: Page) => page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');

for (const [name, path] of PAGES) {
  test(`${name}: strict policy, no violation, no console error`, async ({ page }) => {
    const seen = await watch(page);
    await page.goto(path);
    const policy = (await policyOf(page)) ?? '';
    expect(policy).toContain("default-src 'self'");
    expect(policy).toMatch(/script-src 'self'( 'sha256-[^']+')*;/);
    expect(policy).not.toMatch(/unsafe-inline|unsafe-eval|https?:/);
    await waitForIslands(page);
    await page.mouse.wheel(0, 4000);
    await page.waitForLoadState('networkidle');
    expect(await seen.violations()).toEqual([]);
    expect(seen.errors.filter((e) => !(name === '404' && /404/.test(e)))).toEqual([]);
  });
}

test('a quiz answer submits under the policy', async ({ page }) => {
  const seen = await watch(page);
  await page.goto('/lessons/role/win-win/');
  const form = page.locator('form.quiz').first();
  await form.scrollIntoViewIfNeeded();
  await expect(page.locator('form.quiz[data-ready]').first()).toBeVisible();
  await form.getByRole('radio').first().check();
  await form.getByRole('button', { name: '送出答案' }).click();
  // One question answered: the quiz asks before it submits the rest unanswered (a native <dialog>).
  await page.getByRole('dialog').getByRole('button', { name: '仍然送出' }).click();
  await expect(form.getByRole('button', { name: '再試一次' })).toBeVisible();
  expect(await seen.violations()).toEqual([]);
  expect(seen.errors).toEqual([]);
});

test('a script or frame smuggled into the page is blocked by the policy', async ({ page }) => {
  const seen = await watch(page);
  await page.goto('/lessons/role/win-win/');
  await page.evaluate(() => {
    const s = document.createElement('script');
    s.textContent = 'window.__ran = true';
    document.body.append(s);
  });
  expect(await page.evaluate(() => (window as unknown as { __ran?: boolean }).__ran)).toBeUndefined();
  expect((await seen.violations()).some((v) => v.startsWith('script-src'))).toBe(true);
});
