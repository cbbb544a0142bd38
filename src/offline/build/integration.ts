/**
 * The service worker and web manifest, generated at build time by @vite-pwa/astro (Workbox
 * `generateSW`) from the built site: what is precached follows the course's size
 * (model/precache.ts). Registration is the site's own (ui/boot.ts, browser/service-worker.ts):
 * `injectRegister: false`, and `registerType: 'prompt'` so an update waits for the learner.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import AstroPWA from '@vite-pwa/astro';
import type { AstroIntegration } from 'astro';
import { t } from '../../i18n/index.ts';
import { webManifest } from '../model/manifest.ts';
import { FALLBACK_URL, LESSON_CACHE, pageAddresses, precachePlan, type PrecachePlan } from '../model/precache.ts';

/** Lessons in a content folder (`lessons/<module>/<slug>.mdx`). */
export function countLessons(lessonsDir: string): number {
  return readdirSync(lessonsDir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .flatMap((d) => readdirSync(join(lessonsDir, d.name)).filter((f) => f.endsWith('.mdx'))).length;
}

type RuntimeCaching = NonNullable<NonNullable<Parameters<typeof AstroPWA>[0]>['workbox']>['runtimeCaching'];

/**
 * Navigations the precache does not answer: the network, and with no network the 404 page (online,
 * the host's own answer, so a page added after the install is still found). In per-module mode, lesson
 * pages are kept as they are opened and shown from there when there is no signal.
 */
export function runtimeCaching(plan: PrecachePlan): RuntimeCaching {
  const fallback = { precacheFallback: { fallbackURL: FALLBACK_URL } };
  const lessons: RuntimeCaching = [
    {
      urlPattern: ({ request, url }) => request.mode === 'navigate' && url.pathname.startsWith('/lessons/'),
      handler: 'NetworkFirst',
      options: { cacheName: LESSON_CACHE, networkTimeoutSeconds: 4, ...fallback },
    },
  ];
  return [
    ...(plan.mode === 'per-module' ? lessons : []),
    { urlPattern: ({ request }) => request.mode === 'navigate', handler: 'NetworkOnly', options: fallback },
  ];
}

/** The integration, for a course whose lessons are in `lessonsDir`. */
export function offline(lessonsDir: string): AstroIntegration {
  const plan = precachePlan(countLessons(lessonsDir));
  return AstroPWA({
    registerType: 'prompt',
    injectRegister: false,
    manifestFilename: 'manifest.webmanifest',
    manifest: webManifest(t as (key: string) => string),
    workbox: {
      globPatterns: plan.globPatterns,
      globIgnores: plan.globIgnores,
      // Unknown addresses go to the network first (runtimeCaching), not to a page that pretends to be there.
      navigateFallback: null,
      // Pages read their query (?q=…) in the browser: /search/?q=紅三環 is the precached /search/.
      ignoreURLParametersMatching: [/.*/],
      cleanupOutdatedCaches: true,
      // The first install takes over the open page at once (no older version to keep);
      // an update waits for 「更新」 (skipWaiting stays off).
      clientsClaim: true,
      skipWaiting: false,
      maximumFileSizeToCacheInBytes: 3 * 1024 * 1024,
      runtimeCaching: runtimeCaching(plan),
      // Replaces the integration's own renaming, which would list the 404 page as `404/`, an address a static host does not serve.
      manifestTransforms: [async (entries) => ({ manifest: pageAddresses(entries), warnings: [] })],
    },
  });
}
