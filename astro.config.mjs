// @ts-check
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import { createHash } from 'node:crypto';
import { defineConfig } from 'astro/config';
import { fileURLToPath } from 'node:url';
import { contentChecks } from './src/content-model/build/integration.ts';
import { uiStringsPlugin } from './src/i18n/build/strings-plugin.ts';
import { offline } from './src/offline/build/integration.ts';
import { offlineUiUrlPlugin } from './src/offline/build/lazy-url-plugin.ts';

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

export default defineConfig({
  site: 'https://performance-coach.example',
  trailingSlash: 'always',
  integrations: [contentChecks(), mdx(), preact(), offlineCourse],
  devToolbar: { enabled: false },
  // `virtual:ui-strings/<prefix>`: the strings a lazily loaded chunk shows, carried in that chunk.
  // `virtual:offline-ui-url`: the offline banners' chunk, loaded after `load` without a preload helper.
  // The offline boot script stays a file of its own (cached once for every page, counted once by `npm run size`).
  vite: {
    build: {
      assetsInlineLimit: (file) =>
        file.includes('OfflineScripts.astro') || file.includes('InstallCapture.astro') ? false : undefined,
    },
    plugins: [
      uiStringsPlugin(fileURLToPath(new URL('./src/i18n/zh-Hant.ts', import.meta.url))),
      offlineUiUrlPlugin(fileURLToPath(new URL('./src/offline/ui/offline-ui.ts', import.meta.url))),
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
            "connect-src 'self'",
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
