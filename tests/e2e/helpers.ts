import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';
import { emptyDocument, type ProgressDoc } from '../../src/progress/model/document.ts';
import { readSplit } from '../../src/progress/model/read.ts';
import { keyOf, PARTS } from '../../src/progress/model/stored.ts';

/** Islands hydrate after load; they set data-ready once stored progress is applied. */
export async function waitForIslands(page: Page): Promise<void> {
  const islands = page.locator('astro-island');
  const count = await islands.count();
  for (let i = 0; i < count; i++) {
    const island = islands.nth(i);
    // client:visible islands hydrate only once scrolled into view.
    if ((await island.getAttribute('client')) === 'visible') await island.scrollIntoViewIfNeeded();
    await expect(island).not.toHaveAttribute('ssr', '');
  }
}

/** Runs axe (WCAG 2.1 A/AA and best practices) and expects no violations. */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
    .analyze();
  const summary = results.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
  );
  expect(summary).toEqual([]);
}

/** How many lessons the course has (the progress page counts "done / all"). */
export const LESSON_COUNT = readdirSync(join(import.meta.dirname, '../../content/lessons'), { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .flatMap((d) => readdirSync(join(import.meta.dirname, '../../content/lessons', d.name)))
  .filter((f) => f.endsWith('.mdx')).length;

/** A weak mobile signal through Chromium's network emulation, with the cache off so every file really travels. */
export async function throttle(page: Page, { kbps, latency }: { kbps: number; latency: number }): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency,
    downloadThroughput: (kbps * 1000) / 8,
    uploadThroughput: (kbps * 1000) / 8,
  });
}

/**
 * Stores a current-version progress document (a new learner's, with `parts` laid over it) before a page reads it,
 * in the single key earlier versions of the site used: the store moves it into its split keys on the first read.
 */
export async function storeProgress(
  page: Page,
  parts: Partial<ProgressDoc>,
  key = 'performance-coach:progress',
): Promise<void> {
  const doc: ProgressDoc = { ...emptyDocument(), ...parts };
  await page.evaluate(({ key, text }) => localStorage.setItem(key, text), { key, text: JSON.stringify(doc) });
}

/** Every progress key in the page's storage (the probe aside), as stored. */
export async function progressKeys(page: Page): Promise<Record<string, string>> {
  return page.evaluate(() =>
    Object.fromEntries(
      Object.keys(localStorage)
        .filter((k) => k.startsWith('performance-coach:') && k !== 'performance-coach:probe')
        .sort()
        .map((k) => [k, localStorage.getItem(k)!]),
    ),
  );
}

/** The progress document as the page's storage holds it, read the way the store reads its keys. */
export async function readProgress(page: Page): Promise<ProgressDoc> {
  const keys = await progressKeys(page);
  const raws = Object.fromEntries(PARTS.map((part) => [part, keys[keyOf(part)] ?? null]));
  return readSplit(raws).doc;
}
