/**
 * The service workers and web manifest, generated at build time from the built site: the Traditional
 * edition's `/sw.js` and the manifest by @vite-pwa/astro, the Simplified edition's `/sw-hans.js` by Workbox
 * itself once the `/zh-hans/` twins are written (both `generateSW`, the same options). Each lists its own
 * edition's files only; what is precached follows the course's size (model/precache.ts). Registration is the
 * site's own (ui/offline-ui.ts, browser/service-worker.ts): `injectRegister: false`, and
 * `registerType: 'prompt'` so an update waits for the learner.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import AstroPWA from '@vite-pwa/astro';
import type { AstroIntegration } from 'astro';
import { generateSW } from 'workbox-build';
import type { Edition } from '../../edition/model/paths.ts';
import { t } from '../../i18n/index.ts';
import { webManifest } from '../model/manifest.ts';
import {
  editionEntries,
  FALLBACK_URLS,
  LESSON_CACHE,
  precachePlan,
  WORKER_URLS,
  type PrecachePlan,
} from '../model/precache.ts';

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
export function runtimeCaching(plan: PrecachePlan, edition: Edition = 'zh-Hant'): RuntimeCaching {
  const fallback = { precacheFallback: { fallbackURL: FALLBACK_URLS[edition] } };
  // Each function is copied into the worker as its source text: no outside names in it.
  type Navigation = { request: Request; url: URL };
  const lessonPage =
    edition === 'zh-Hans'
      ? ({ request, url }: Navigation) => request.mode === 'navigate' && url.pathname.startsWith('/zh-hans/lessons/')
      : ({ request, url }: Navigation) => request.mode === 'navigate' && url.pathname.startsWith('/lessons/');
  const lessons: RuntimeCaching = [
    {
      urlPattern: lessonPage,
      handler: 'NetworkFirst',
      options: { cacheName: LESSON_CACHE, networkTimeoutSeconds: 4, ...fallback },
    },
  ];
  return [
    ...(plan.mode === 'per-module' ? lessons : []),
    { urlPattern: ({ request }) => request.mode === 'navigate', handler: 'NetworkOnly', options: fallback },
  ];
}

/** The Workbox options of one edition's worker (the same for both but for the list, the 404 page and the lesson route). */
export function workboxOptions(plan: PrecachePlan, edition: Edition) {
  return {
    globPatterns: plan.globPatterns,
    globIgnores: plan.globIgnores,
    // Unknown addresses go to the network first (runtimeCaching), not to a page that pretends to be there.
    navigateFallback: null,
    // Pages read their query (?q=…) in the browser: /search/?q=紅三環 is the precached /search/.
    ignoreURLParametersMatching: [/.*/],
    cleanupOutdatedCaches: true,
    // The first install takes over the open page at once (no older version to keep);
    // an update waits for 「更新」 (skipWaiting stays off). A change of edition is taken at once by the page
    // (browser/service-worker.ts).
    clientsClaim: true,
    skipWaiting: false,
    maximumFileSizeToCacheInBytes: 3 * 1024 * 1024,
    runtimeCaching: runtimeCaching(plan, edition),
    // This edition's files only. Replaces the integration's own renaming, which would list the 404 page as `404/`,
    // an address a static host does not serve.
    manifestTransforms: [
      async (entries: Parameters<typeof editionEntries>[0]) => ({
        manifest: editionEntries(entries, edition),
        warnings: [],
      }),
    ],
  };
}

/**
 * The Simplified edition's worker, `/sw-hans.js`, written after the twins (this integration comes after
 * hansEdition() in astro.config.mjs). Twin scripts keep the Traditional file's name (and its hash), so only the
 * Traditional `_astro/` files go uncache-busted: a twin's revision is its own content's, and changes with it.
 */
function hansWorker(plan: PrecachePlan): AstroIntegration {
  return {
    name: 'performance-coach:offline-zh-hans',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        const options = workboxOptions(plan, 'zh-Hans');
        const { count, size, warnings } = await generateSW({
          ...options,
          // The web manifest is shared (the Traditional worker's build adds it to its own list).
          globPatterns: [...options.globPatterns, 'manifest.webmanifest'],
          globDirectory: dist,
          swDest: join(dist, WORKER_URLS['zh-Hans'].slice(1)),
          mode: 'production',
          sourcemap: false,
          offlineGoogleAnalytics: false,
          dontCacheBustURLsMatching: /^_astro\//,
        });
        for (const warning of warnings) logger.warn(warning);
        logger.info(`簡體版離線：${WORKER_URLS['zh-Hans']} 預先存 ${count} 個檔案（${Math.round(size / 1024)} KB）`);
      },
    },
  };
}

/**
 * The integrations, for a course whose lessons are in `lessonsDir`: the Traditional worker and the manifest, then the
 * Simplified worker. Both after hansEdition() (astro.config.mjs), so each list is built from the finished site.
 */
export function offline(lessonsDir: string): AstroIntegration[] {
  const plan = precachePlan(countLessons(lessonsDir));
  return [
    AstroPWA({
      registerType: 'prompt',
      injectRegister: false,
      manifestFilename: 'manifest.webmanifest',
      manifest: webManifest(t as (key: string) => string),
      workbox: workboxOptions(plan, 'zh-Hant'),
    }),
    hansWorker(plan),
  ];
}
