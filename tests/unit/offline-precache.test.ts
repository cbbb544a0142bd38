import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { fileOf, precacheSize, readPrecacheList } from '../../scripts/lib/precache.mjs';
import { countLessons, runtimeCaching } from '../../src/offline/build/integration.ts';
import {
  editionEntries,
  FALLBACK_URL,
  FALLBACK_URLS,
  LESSON_CACHE,
  PER_MODULE_THRESHOLD,
  pageAddresses,
  precachePlan,
} from '../../src/offline/model/precache.ts';

const temp = mkdtempSync(join(tmpdir(), 'offline-precache-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));
const put = (root: string, path: string, text: string | Buffer) => {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), text);
};

/** A generated course: `modules` folders of `perModule` lessons each (plus a non-lesson file per folder). */
function course(name: string, modules: number, perModule: number): string {
  const dir = join(temp, name, 'lessons');
  for (let m = 0; m < modules; m++) {
    for (let l = 0; l < perModule; l++) put(dir, `m${m}/lesson-${l}.mdx`, `---\ntitle: 第${l}課\n---\n內容`);
    put(dir, `m${m}/images/shelf.webp`, 'not a lesson');
  }
  return dir;
}

describe('precache plan', () => {
  it.each([
    [0, 'whole-course'],
    [20, 'whole-course'],
    [PER_MODULE_THRESHOLD, 'whole-course'],
    [PER_MODULE_THRESHOLD + 1, 'per-module'],
    [1000, 'per-module'],
  ])('a course of %i lessons is precached %s', (lessons, mode) => {
    expect(precachePlan(lessons).mode).toBe(mode);
  });

  it('keeps lesson pages out of the precache only in per-module mode', () => {
    expect(precachePlan(20).globIgnores).not.toContain('lessons/**');
    expect(precachePlan(200).globIgnores).toEqual(expect.arrayContaining(['lessons/**', 'zh-hans/lessons/**']));
    // The worker files are never precached by themselves.
    for (const n of [20, 200])
      expect(precachePlan(n).globIgnores).toEqual(expect.arrayContaining(['sw.js', 'sw-hans.js', 'workbox-*.js']));
  });

  it('refuses a count that is not a whole number, in Chinese', () => {
    expect(() => precachePlan(-1)).toThrowErrorMatchingInlineSnapshot(`[Error: 課程數量不對：-1（要是 0 或正整數）。]`);
    expect(() => precachePlan(2.5)).toThrow('課程數量不對：2.5');
  });
});

describe('a generated large course', () => {
  it('counts the lessons of every module folder and switches to per-module past the threshold', () => {
    const small = course('small', 4, 5);
    const large = course('large', 12, 20);
    expect(countLessons(small)).toBe(20);
    expect(countLessons(large)).toBe(240);
    expect(precachePlan(countLessons(small)).mode).toBe('whole-course');
    const plan = precachePlan(countLessons(large));
    expect(plan).toMatchObject({ mode: 'per-module', lessons: 240 });
  });

  it('keeps lesson pages as they are opened in per-module mode, and falls back to the 404 page offline', () => {
    const whole = runtimeCaching(precachePlan(20))!;
    const perModule = runtimeCaching(precachePlan(240))!;
    expect(whole).toHaveLength(1);
    expect(whole[0]).toMatchObject({
      handler: 'NetworkOnly',
      options: { precacheFallback: { fallbackURL: FALLBACK_URL } },
    });
    expect(perModule[0]).toMatchObject({ handler: 'NetworkFirst', options: { cacheName: LESSON_CACHE } });
    const lessonRoute = perModule[0]!.urlPattern as (o: { request: { mode: string }; url: URL }) => boolean;
    const at = (path: string, mode = 'navigate') =>
      lessonRoute({ request: { mode }, url: new URL(path, 'https://x.example') });
    expect(at('/lessons/role/win-win/')).toBe(true);
    expect(at('/modules/role/')).toBe(false);
    expect(at('/lessons/role/win-win/', 'cors')).toBe(false);
  });
});

describe('each edition precaches its own files', () => {
  const built = [
    'index.html',
    '404.html',
    'lessons/a/index.html',
    'quizzes/q.json',
    '_astro/page.1.js',
    '_astro/base.1.css',
    'icons/icon-192.png',
    'manifest.webmanifest',
    'zh-hans/index.html',
    'zh-hans/404.html',
    'zh-hans/lessons/a/index.html',
    'zh-hans/quizzes/q.json',
    'zh-hans/_astro/page.1.js',
  ].map((url) => ({ url, revision: 'r', size: 1 }));
  const urls = (edition: 'zh-Hant' | 'zh-Hans') => editionEntries(built, edition).map((e) => e.url);

  it('Traditional: no Simplified file', () => {
    expect(urls('zh-Hant')).toEqual([
      '/',
      '404.html',
      'lessons/a/',
      'quizzes/q.json',
      '_astro/page.1.js',
      '_astro/base.1.css',
      'icons/icon-192.png',
      'manifest.webmanifest',
    ]);
  });

  it('Simplified: its twins and the shared styles, icons and manifest, no Traditional page, data or script', () => {
    expect(urls('zh-Hans')).toEqual([
      '_astro/base.1.css',
      'icons/icon-192.png',
      'manifest.webmanifest',
      'zh-hans/',
      'zh-hans/404.html',
      'zh-hans/lessons/a/',
      'zh-hans/quizzes/q.json',
      'zh-hans/_astro/page.1.js',
    ]);
  });

  it('shows each edition’s own 404 page offline, and keeps each edition’s lessons as opened in per-module mode', () => {
    expect(FALLBACK_URLS).toEqual({ 'zh-Hant': '/404.html', 'zh-Hans': '/zh-hans/404.html' });
    const hans = runtimeCaching(precachePlan(240), 'zh-Hans')!;
    expect(hans.at(-1)).toMatchObject({ options: { precacheFallback: { fallbackURL: '/zh-hans/404.html' } } });
    const lessonRoute = hans[0]!.urlPattern as (o: { request: { mode: string }; url: URL }) => boolean;
    const at = (path: string) =>
      lessonRoute({ request: { mode: 'navigate' }, url: new URL(path, 'https://x.example') });
    expect(at('/zh-hans/lessons/role/win-win/')).toBe(true);
    expect(at('/lessons/role/win-win/')).toBe(false);
  });
});

describe('page addresses in the precache', () => {
  it.each([
    ['index.html', '/'],
    ['lessons/role/win-win/index.html', 'lessons/role/win-win/'],
    ['/review/index.html', 'review/'],
    ['404.html', '404.html'],
    ['quizzes/role-win-win.json', 'quizzes/role-win-win.json'],
    ['_astro/page.abc.js', '_astro/page.abc.js'],
  ])('%s is precached as %s', (url, address) => {
    expect(pageAddresses([{ url, revision: 'r', size: 1 }])[0]!.url).toBe(address);
  });

  it('lists an address once', () => {
    const out = pageAddresses([
      { url: 'manifest.webmanifest', revision: 'a', size: 1 },
      { url: 'manifest.webmanifest', revision: 'a', size: 1 },
    ]);
    expect(out).toHaveLength(1);
  });
});

describe('reading the precache back from sw.js', () => {
  const sw =
    'define(["./workbox-1"],function(e){e.clientsClaim(),e.precacheAndRoute([{url:"/",revision:"a1"},{url:"lessons/x/",revision:"b2"},{url:"_astro/app.1.js",revision:null},{url:"icons/i.png",revision:"c3"}],{ignoreURLParametersMatching:[/.*/]}),e.registerRoute(x)});';

  it('lists every entry with its revision', () => {
    expect(readPrecacheList(sw)).toEqual([
      { url: '/', revision: 'a1' },
      { url: 'lessons/x/', revision: 'b2' },
      { url: '_astro/app.1.js', revision: null },
      { url: 'icons/i.png', revision: 'c3' },
    ]);
  });

  it('fails loudly on a file that is not a Workbox service worker', () => {
    expect(() => readPrecacheList('self.addEventListener("fetch",()=>{})')).toThrow('no precacheAndRoute');
    expect(() => readPrecacheList('e.precacheAndRoute([],{})')).toThrow('empty');
  });

  it('maps addresses to built files', () => {
    expect(fileOf('/d', '/')).toBe('/d/index.html');
    expect(fileOf('/d', 'lessons/x/')).toBe('/d/lessons/x/index.html');
    expect(fileOf('/d', '404.html')).toBe('/d/404.html');
  });

  it('sums bytes as they travel (gzip for text, images as they are) and names entries without a file', () => {
    const dist = join(temp, 'dist');
    const page = '<p>課程</p>'.repeat(200);
    const image = Buffer.alloc(3000, 7);
    put(dist, 'sw.js', sw);
    put(dist, 'index.html', page);
    put(dist, '_astro/app.1.js', 'console.log(1);'.repeat(50));
    put(dist, 'icons/i.png', image);
    const size = precacheSize(dist);
    const gz = (t: string) => gzipSync(t, { level: 9 }).length;
    expect(size.files).toBe(4);
    expect(size.missing).toEqual(['lessons/x/']);
    expect(size.byKind.image).toBe(3000);
    expect(size.byKind.html).toBe(gz(page));
    expect(size.wire).toBe(gz(page) + gz('console.log(1);'.repeat(50)) + 3000);
  });
});
