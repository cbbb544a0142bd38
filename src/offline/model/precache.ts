/**
 * What the service worker downloads on the first visit. Today's course is small enough to keep
 * whole on the phone (every page, quiz, data file, search shard and asset: well under 1 MB gzip).
 * Past `PER_MODULE_THRESHOLD` lessons (about 16 KB gzip each, 150 of them alone ≈ 2.4 MB) the
 * first visit would cost too much on a weak signal, so the plan switches: the app shell, module
 * pages, quizzes, data and the search index stay precached, and lesson pages are kept as they are
 * opened (the Moodle app and Kiwix download content per course part in the same way).
 */

import { editionFiles, HANS_PREFIX, type Edition } from '../../edition/model/paths.ts';

/** Lessons above which lesson pages leave the precache (README, "Offline"). */
export const PER_MODULE_THRESHOLD = 150;

/** Every kind of file the site is built from: pages, data, search, styles, scripts, fonts and images. */
// (The web manifest is added by the build itself.)
export const PRECACHE_GLOBS = ['**/*.{html,js,css,json,svg,png,webp,avif,jpg,jpeg,gif,woff2,txt}'];

/** The page an unknown address shows when there is no network: the built 404 page, under the name every host serves. */
export const FALLBACK_URL = '/404.html';

/**
 * Each edition has its own worker, both at the site's root (scope `/`, one registration): a page registers its own
 * edition's, so the phone keeps the edition in use and only that one (README, "Offline"). Both scripts sit at the
 * root because a worker's scope cannot be wider than its folder.
 */
export const WORKER_URLS: Record<Edition, string> = { 'zh-Hant': '/sw.js', 'zh-Hans': '/sw-hans.js' };

/** Each edition's 404 page, shown offline for an address it does not know. */
export const FALLBACK_URLS: Record<Edition, string> = { 'zh-Hant': FALLBACK_URL, 'zh-Hans': `${HANS_PREFIX}/404.html` };

/** The cache lesson pages go to in per-module mode. */
export const LESSON_CACHE = 'lessons';

export type PrecacheMode = 'whole-course' | 'per-module';

export interface PrecachePlan {
  mode: PrecacheMode;
  lessons: number;
  /** Globs (relative to the built site) of files that are precached. */
  globPatterns: string[];
  /** Globs left out of the precache. */
  globIgnores: string[];
}

/** The precache plan for a course of `lessons` lessons. */
export function precachePlan(lessons: number, threshold = PER_MODULE_THRESHOLD): PrecachePlan {
  if (!Number.isInteger(lessons) || lessons < 0)
    throw new Error(`課程數量不對：${String(lessons)}（要是 0 或正整數）。`);
  const mode: PrecacheMode = lessons > threshold ? 'per-module' : 'whole-course';
  // The service worker and its runtime are fetched by the browser itself, never from the precache.
  const always = [...Object.values(WORKER_URLS).map((u) => u.slice(1)), 'workbox-*.js'];
  return {
    mode,
    lessons,
    globPatterns: PRECACHE_GLOBS,
    globIgnores: mode === 'per-module' ? [...always, 'lessons/**', `${HANS_PREFIX.slice(1)}/lessons/**`] : always,
  };
}

/** A file of the built site as Workbox lists it for the precache. */
export interface ManifestEntry {
  url: string;
  revision: string | null;
  size: number;
}

/**
 * Precache entries under the addresses pages are opened at (`trailingSlash: 'always'`): `index.html` is `/`,
 * `lessons/x/index.html` is `lessons/x/`. The 404 page keeps its file name (`404.html`), the one address
 * every static host serves it at, so the install never fails on it. One entry per address.
 */
export function pageAddresses(entries: ManifestEntry[]): ManifestEntry[] {
  const seen = new Set<string>();
  const out: ManifestEntry[] = [];
  for (const entry of entries) {
    const url = entry.url.replace(/^\//, '').replace(/(^|\/)index\.html$/, '$1');
    const address = url === '' ? '/' : url;
    if (seen.has(address)) continue;
    seen.add(address);
    out.push({ ...entry, url: address });
  }
  return out;
}

/**
 * One edition's precache: its own pages, data and scripts and the shared styles, images and fonts
 * (`editionFiles`), under the addresses pages are opened at. The other edition's files are never in it.
 */
export function editionEntries(entries: ManifestEntry[], edition: Edition): ManifestEntry[] {
  const keep = new Set(
    editionFiles(
      entries.map((e) => e.url.replace(/^\//, '')),
      edition,
    ),
  );
  return pageAddresses(entries.filter((e) => keep.has(e.url.replace(/^\//, ''))));
}
