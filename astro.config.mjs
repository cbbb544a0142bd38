// @ts-check
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import { createHash } from 'node:crypto';
import { defineConfig } from 'astro/config';
import { fileURLToPath } from 'node:url';
import { contentChecks } from './src/content-model/build/integration.ts';
import { uiStringsPlugin } from './src/i18n/build/strings-plugin.ts';
import { idleUrlPlugin } from './src/site/build/idle-url-plugin.ts';
import { noPreloadHelper } from './src/site/build/no-preload-helper.ts';
import { hansEdition } from './src/edition/build/integration.ts';
import { offline } from './src/offline/build/integration.ts';
import { loadXapiConfig } from './src/xapi/build/config.ts';
import { connectOrigin } from './src/xapi/model/config.ts';
import { xapiUiPlugin } from './src/xapi/build/ui-plugin.ts';

// A trainer should not be told to upgrade Astro by the preview (the project pins its version).
// Set here rather than in the npm script so it works the same on Windows.
process.env.ASTRO_DISABLE_UPDATE_CHECK ??= 'true';
const isDev = process.argv.includes('dev');
// Responsive lesson images carry this one style attribute (Astro's image pipeline); the policy
// allows exactly that value and no other inline style attribute.
/** @type {`sha256-${string}`} */
const imageStyle = `sha256-${createHash('sha256').update('--fit: cover; --pos: center;').digest('base64')}`;

// Service worker, precache and web manifest, sized to the course (src/offline/, README "Offline").
const offlineCourse = offline(fileURLToPath(new URL('./content/lessons', import.meta.url)));
const site = 'https://performance-coach.example';
// xAPI to the organisation's LRS: off unless the deployment sets XAPI_ENDPOINT (or XAPI_CONFIG);
// when on, the pages may connect to the LRS's origin and nowhere else (README, "When your
// organisation outgrows files").
const xapi = loadXapiConfig(`${site}/`);

export default defineConfig({
  site,
  trailingSlash: 'always',
  // hansEdition() writes the /zh-hans/ twin of everything the others built; offlineCourse after it: each edition's
  // service worker lists that edition's finished files (the Simplified one its twins, with their own revisions).
  integrations: [contentChecks(), mdx(), preact(), hansEdition(), ...offlineCourse],
  devToolbar: { enabled: false },
  // `virtual:ui-strings/<prefix>`: the strings a lazily loaded chunk shows, carried in that chunk.
  // No preload of lazy chunks' imports (they are small and load on a tap), and so no preload helper on every page.
  vite: {
    build: {
      modulePreload: false,
      // Preact, its JSX runtime and the islands' string formatter in one chunk: every island needs all three,
      // and one file compresses better than three. Preact's hooks in a chunk of their own: every island uses
      // them but the lesson's quiz (a class component), which so loads none (1.0 kB gzip less on a lesson
      // with its quiz; about 190 B more on the other islands' pages, for the extra file).
      rollupOptions: {
        output: {
          manualChunks: (id) =>
            /[\\/]node_modules[\\/]preact[\\/]hooks[\\/]/.test(id)
              ? 'hooks'
              : /[\\/]node_modules[\\/]preact[\\/]|[\\/]src[\\/]i18n[\\/]format\.ts$/.test(id)
                ? 'preact'
                : undefined,
        },
      },
      // The edition script stays a file (cached once for every page) instead of being inlined into each page's
      // HTML; every other asset keeps Vite's default 4 kB limit.
      // The edition script and the home page's install-prompt script stay files (cached once for every page).
      assetsInlineLimit: (file) =>
        file.includes('EditionScript.astro') || file.includes('InstallCapture.astro') ? false : undefined,
    },
    // `virtual:idle-url`: the chunk every page loads after `load` and idle (the offline parts, the edition's memory).
    plugins: [
      uiStringsPlugin(fileURLToPath(new URL('./src/i18n/zh-Hant.ts', import.meta.url))),
      idleUrlPlugin(fileURLToPath(new URL('./src/layouts/idle.ts', import.meta.url))),
      noPreloadHelper(),
      // xAPI off: the layout's and /progress/'s xAPI parts are built as nothing (no chunk, nothing precached).
      xapiUiPlugin(Boolean(xapi), fileURLToPath(new URL('./src/xapi/ui/XapiOff.astro', import.meta.url))),
    ],
  },
  // Stylesheets are files (cached across pages): a base sheet for every page, feature sheets where used.
  build: { inlineStylesheets: 'never' },
  // Lesson images get srcset/sizes, width/height and lazy loading from Astro's image pipeline.
  image: { layout: 'constrained', responsiveStyles: true },
  // Every page gets a Content-Security-Policy <meta> with the hashes of its own inline
  // scripts and styles: nothing else runs, nothing loads from another site.
  // (Astro applies it to built pages only and warns in dev, so dev leaves it out.)
  experimental: {
    csp: isDev
      ? false
      : {
          directives: [
            "default-src 'self'",
            "img-src 'self'",
            "font-src 'self'",
            xapi ? `connect-src 'self' ${connectOrigin(xapi)}` : "connect-src 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-src 'none'",
          ],
          // 'unsafe-hashes' lets a hash match a style attribute too: only the image one is listed.
          styleDirective: { resources: ["'self'", "'unsafe-hashes'"], hashes: [imageStyle] },
        },
  },
});
