/**
 * The web app manifest: the course installs as an app with a Chinese name, opens at home in its own
 * window, and uses the site's colours. Pure: the strings come in through `t`.
 */
import type { Translate } from '../../i18n/format.ts';

/** The brand green of the header (global.css `--brand`), the installed app's title bar. */
export const THEME_COLOR = '#0b5d4b';
export const BACKGROUND_COLOR = '#ffffff';

export interface ManifestIcon {
  src: string;
  sizes: string;
  type: string;
  purpose?: 'any' | 'maskable';
}

export interface WebManifest {
  name: string;
  short_name: string;
  description: string;
  lang: string;
  dir: 'ltr';
  id: string;
  start_url: string;
  scope: string;
  display: 'standalone';
  orientation: 'any';
  theme_color: string;
  background_color: string;
  icons: ManifestIcon[];
}

/** The icons drawn by scripts/icons.mjs into public/icons/. */
export const ICONS: ManifestIcon[] = [
  { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
  { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
  { src: '/icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
];

/** The site's manifest. */
export function webManifest(t: Translate): WebManifest {
  return {
    name: t('offline.app.name'),
    short_name: t('offline.app.shortName'),
    description: t('offline.app.description'),
    lang: 'zh-Hant',
    dir: 'ltr',
    id: '/',
    start_url: '/',
    scope: '/',
    display: 'standalone',
    orientation: 'any',
    theme_color: THEME_COLOR,
    background_color: BACKGROUND_COLOR,
    icons: ICONS,
  };
}
