// @ts-check
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import { defineConfig } from 'astro/config';
import { contentChecks } from './src/content-model/integration.ts';

export default defineConfig({
  site: 'https://performance-coach.example',
  trailingSlash: 'always',
  integrations: [contentChecks(), mdx(), preact()],
  devToolbar: { enabled: false },
  build: { inlineStylesheets: 'always' },
  // Lesson images get srcset/sizes, width/height and lazy loading from Astro's image pipeline.
  image: { layout: 'constrained', responsiveStyles: true },
});
