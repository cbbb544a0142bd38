import { describe, expect, it } from 'vitest';
import {
  editionFiles,
  editionOf,
  otherEditionPath,
  prefersSimplified,
  shouldOfferHans,
  toHansPath,
  toHantPath,
  EDITION_KEY,
  HANS_PREFIX,
} from '../../src/edition/model/paths.ts';
import { editionOfVisit, VISIT_EDITION_KEY, VISIT_HANS_PREFIX } from '../../src/edition/model/visit.ts';

describe('edition paths', () => {
  it.each([
    ['/', '/zh-hans/'],
    ['/lessons/role/win-win/', '/zh-hans/lessons/role/win-win/'],
    ['/search/', '/zh-hans/search/'],
  ])('%s ⇄ %s', (hant, hans) => {
    expect(toHansPath(hant)).toBe(hans);
    expect(toHantPath(hans)).toBe(hant);
    expect(otherEditionPath(hant)).toBe(hans);
    expect(otherEditionPath(hans)).toBe(hant);
    expect(editionOf(hans)).toBe('zh-Hans');
    expect(editionOf(hant)).toBe('zh-Hant');
  });

  it('remembers from the page read: a Simplified page, or a Traditional page opened from a Simplified one of this site', () => {
    const origin = 'https://coach.example';
    expect(editionOfVisit('zh-Hans', '', origin)).toBe('zh-Hans');
    expect(editionOfVisit('zh-Hans', `${origin}/lessons/a/`, origin)).toBe('zh-Hans');
    expect(editionOfVisit('zh-Hant', `${origin}/zh-hans/lessons/a/`, origin)).toBe('zh-Hant');
    expect(editionOfVisit('zh-Hant', `${origin}/zh-hans/search/?q=红三环`, origin)).toBe('zh-Hant');
    // Any other visit leaves the choice as it was.
    expect(editionOfVisit('zh-Hant', `${origin}/lessons/a/`, origin)).toBeUndefined();
    expect(editionOfVisit('zh-Hant', '', origin)).toBeUndefined();
    expect(editionOfVisit('zh-Hant', 'https://other.example/zh-hans/', origin)).toBeUndefined();
    expect(editionOfVisit('zh-Hant', `${origin}.evil.example/zh-hans/`, origin)).toBeUndefined();
    expect(editionOfVisit('zh-Hant', `${origin}/zh-hansx/`, origin)).toBeUndefined();
    // The same key and prefix as the edition script's (kept by value, apart from paths.ts).
    expect(VISIT_EDITION_KEY).toBe(EDITION_KEY);
    expect(VISIT_HANS_PREFIX).toBe(HANS_PREFIX);
  });

  it('does not take /zh-hansx/ for the edition', () => {
    expect(editionOf('/zh-hansx/')).toBe('zh-Hant');
    expect(toHantPath('/zh-hans')).toBe('/');
  });

  it('lists each edition’s files for the offline precache: its own pages, data and scripts, and the shared styles and images', () => {
    const files = [
      'index.html',
      'lessons/a/index.html',
      'quizzes/q.json',
      '_astro/app.js',
      '_astro/base.css',
      '_astro/photo.webp',
      'favicon.svg',
      'zh-hans/index.html',
      'zh-hans/lessons/a/index.html',
      'zh-hans/quizzes/q.json',
      'zh-hans/_astro/app.js',
    ];
    expect(editionFiles(files, 'zh-Hant')).toEqual(files.slice(0, 7));
    expect(editionFiles(files, 'zh-Hans')).toEqual([
      '_astro/base.css',
      '_astro/photo.webp',
      'favicon.svg',
      'zh-hans/index.html',
      'zh-hans/lessons/a/index.html',
      'zh-hans/quizzes/q.json',
      'zh-hans/_astro/app.js',
    ]);
  });
});

describe('the offer on the Traditional home page', () => {
  it.each([
    [['zh-CN', 'en'], true],
    [['zh-Hans-CN'], true],
    [['zh-SG'], true],
    [['en-US', 'zh-CN'], true],
    [['zh-TW', 'zh-CN'], false],
    [['zh-HK'], false],
    [['zh'], false],
    [['en-US'], false],
    [[], false],
  ])('browser languages %j → offer %s', (languages, offer) => {
    expect(prefersSimplified(languages)).toBe(offer);
    expect(shouldOfferHans(null, languages)).toBe(offer);
  });

  it('follows what the learner last chose over the browser', () => {
    expect(shouldOfferHans('zh-Hant', ['zh-CN'])).toBe(false);
    expect(shouldOfferHans('zh-Hans', ['zh-TW'])).toBe(true);
  });
});
