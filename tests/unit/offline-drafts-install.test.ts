import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { t } from '../../src/i18n/index.ts';
import { zhHant } from '../../src/i18n/zh-Hant.ts';
import { COLLECTION_KEYS } from '../../src/progress/model/stored.ts';
import { countRecords, DRAFT_KEYS, draftNoteKey, draftsInProgress } from '../../src/offline/model/drafts.ts';
import { installHint, isIosSafari } from '../../src/offline/model/install.ts';
import { ICONS, THEME_COLOR, webManifest } from '../../src/offline/model/manifest.ts';

const collection = (records: Record<string, unknown>) =>
  JSON.stringify({ version: 3, epoch: { id: 'e', at: '2026-12-01T00:00:00.000Z' }, records });

describe('drafts in progress', () => {
  it('reads the same storage keys as the progress store', () => {
    expect(DRAFT_KEYS.quizDrafts).toBe(COLLECTION_KEYS.quizDrafts);
    expect(DRAFT_KEYS.drafts).toBe(COLLECTION_KEYS.drafts);
  });

  it.each([
    [null, 0],
    ['', 0],
    ['{not json', 0],
    ['[1,2]', 0],
    ['{"records":[]}', 0],
    [collection({}), 0],
    [collection({ 'role-win-win': { answers: {} } }), 1],
    [collection({ a: {}, b: {} }), 2],
  ])('%s holds %i drafts', (raw, n) => {
    expect(countRecords(raw)).toBe(n);
  });

  it.each([
    [{ quizDrafts: null, drafts: null }, undefined],
    [{ quizDrafts: collection({ q: {} }), drafts: null }, 'offline.update.keptQuiz'],
    [{ quizDrafts: null, drafts: collection({ full: {} }) }, 'offline.update.keptAssessment'],
    [{ quizDrafts: collection({ q: {} }), drafts: collection({ full: {} }) }, 'offline.update.keptBoth'],
  ])('the banner line for %o is %s', (raw, key) => {
    expect(draftNoteKey(draftsInProgress(raw))).toBe(key);
  });

  it('has the banner lines in the dictionary, saying the draft is kept', () => {
    for (const key of ['offline.update.keptQuiz', 'offline.update.keptAssessment', 'offline.update.keptBoth']) {
      expect(zhHant[key as keyof typeof zhHant]).toMatch(/已保存/);
    }
    expect(zhHant['offline.update.title']).toBe('有新版本');
    expect(zhHant['offline.update.accept']).toBe('更新');
  });
});

const UA = {
  iphoneSafari:
    'Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1',
  ipadSafari:
    'Mozilla/5.0 (iPad; CPU OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.0 Mobile/15E148 Safari/604.1',
  iphoneChrome:
    'Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/131.0.6778.73 Mobile/15E148 Safari/604.1',
  iphoneFirefox:
    'Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) FxiOS/133.0 Mobile/15E148 Safari/605.1.15',
  iphoneLine:
    'Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 Line/14.0',
  android:
    'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36',
  desktopSafari:
    'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_0) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.0 Safari/605.1.15',
};

describe('install hint', () => {
  it.each([
    ['iphoneSafari', true],
    ['ipadSafari', true],
    ['iphoneChrome', false],
    ['iphoneFirefox', false],
    ['iphoneLine', false],
    ['android', false],
    ['desktopSafari', false],
  ] as const)('%s is iOS Safari: %s', (name, expected) => {
    expect(isIosSafari(UA[name])).toBe(expected);
  });

  const base = { userAgent: UA.android, standalone: false, canPrompt: false, dismissed: false };
  it.each([
    ['the browser offers a prompt', { canPrompt: true }, 'prompt'],
    ['iPhone Safari, in the browser', { userAgent: UA.iphoneSafari }, 'ios'],
    ['iPhone Safari, opened from the home screen', { userAgent: UA.iphoneSafari, standalone: true }, undefined],
    ['an installed app with a prompt', { canPrompt: true, standalone: true }, undefined],
    ['dismissed before', { canPrompt: true, dismissed: true }, undefined],
    ['Chrome on Android before any prompt', {}, undefined],
  ])('%s → %s', (_name, over, hint) => {
    expect(installHint({ ...base, ...over })).toBe(hint);
  });
});

/** Width and height from a PNG's IHDR chunk. */
function pngSize(path: string): [number, number] {
  const png = readFileSync(path);
  expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
  return [png.readUInt32BE(16), png.readUInt32BE(20)];
}

describe('web manifest', () => {
  const manifest = webManifest(t as (key: string) => string);

  it('is in Chinese, opens at home in its own window, in the brand colour', () => {
    expect(manifest).toMatchObject({
      name: '績效教練 · 客戶經理學習',
      short_name: '績效教練',
      lang: 'zh-Hant',
      start_url: '/',
      scope: '/',
      display: 'standalone',
      theme_color: THEME_COLOR,
    });
    expect(manifest.short_name.length).toBeLessThanOrEqual(12);
    // The header's colour and the pages' theme-color meta are the same green.
    expect(readFileSync(new URL('../../src/styles/global.css', import.meta.url), 'utf8')).toContain(
      `--brand: ${THEME_COLOR};`,
    );
  });

  it('has 192 and 512 px icons and a maskable one, each file of the size it claims', () => {
    const sizes = ICONS.map((i) => `${i.sizes} ${i.purpose}`);
    expect(sizes).toEqual(['192x192 any', '512x512 any', '512x512 maskable']);
    for (const icon of ICONS) {
      const [w, h] = pngSize(new URL(`../../public${icon.src}`, import.meta.url).pathname);
      expect(`${w}x${h}`).toBe(icon.sizes);
    }
  });
});
