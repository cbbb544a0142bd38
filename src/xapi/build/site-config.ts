/** The xAPI config of this build for pages and layouts, read once (see config.ts). */
import { loadXapiConfig } from './config.ts';
import type { XapiConfig } from '../model/config.ts';

let cached: { site: string; config: XapiConfig | undefined } | undefined;

/** The config for a site at `site` (Astro.site), or undefined when xAPI is off. */
export function xapiConfigFor(site: URL | string | undefined): XapiConfig | undefined {
  const href = String(site ?? 'https://performance-coach.example/');
  if (cached?.site !== href) cached = { site: href, config: loadXapiConfig(href) };
  return cached.config;
}
