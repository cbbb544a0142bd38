// @ts-check
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import { createHash } from 'node:crypto';
import { defineConfig } from 'astro/config';
import { fileURLToPath } from 'node:url';
import { contentChecks } from './src/content-model/build/integration.ts';
import { uiStringsPlugin } from './src/i18n/build/strings-plugin.ts';
import { loadXapiConfig } from './src/xapi/build/config.ts';
import { connectOrigin } from './src/xapi/model/config.ts';

// A trainer should not be told to upgrade Astro by the preview (the project pins its version).
// Set here rather than in the npm script so it works the same on Windows.
process.env.ASTRO_DISABLE_UPDATE_CHECK ??= 'true';
const isDev = process.argv.includes('dev');
// Responsive lesson images carry this one style attribute (Astro's image pipeline); the policy
// allows exactly that value and no other inline style attribute.
/** @type {`sha256-${string}`} */
const imageStyle = `sha256-${createHash('sha256').update('--fit: cover; --pos: center;').digest('base64')}`;

const site = 'https://performance-coach.example';
// xAPI to the organisation's LRS: off unless the deployment sets XAPI_ENDPOINT (or XAPI_CONFIG);
// when on, the pages may connect to the LRS's origin and nowhere else (README, "When your
// organisation outgrows files").
const xapi = loadXapiConfig(`${site}/`);

export default defineConfig({
  site,
  trailingSlash: 'always',
  integrations: [contentChecks(), mdx(), preact()],
  devToolbar: { enabled: false },
  // `virtual:ui-strings/<prefix>`: the strings a lazily loaded chunk shows, carried in that chunk.
  vite: { plugins: [uiStringsPlugin(fileURLToPath(new URL('./src/i18n/zh-Hant.ts', import.meta.url)))] },
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
