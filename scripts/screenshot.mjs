// Takes phone-sized screenshots of built pages: node scripts/screenshot.mjs <baseURL> <outDir> <path>...
import { chromium } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { chromiumLaunch } from './chromium.mjs';

const [base, out, ...paths] = process.argv.slice(2);
mkdirSync(out, { recursive: true });
const browser = await chromium.launch(chromiumLaunch);
const page = await browser.newPage({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 1 });
for (const path of paths) {
  await page.goto(base + path, { waitUntil: 'networkidle' });
  const name = path.replace(/[^a-z0-9]+/gi, '_').replace(/^_|_$/g, '') || 'home';
  await page.screenshot({ path: `${out}/${name}.png`, fullPage: process.env.FULL === '1' });
  console.log(`${out}/${name}.png`);
}
await browser.close();
