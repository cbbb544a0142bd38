/**
 * The two editions' addresses: the Traditional site at `/`, its Simplified twin under `/zh-hans/`.
 * Pure, shared by the build (which writes the twins), the header's switcher and the offline precache.
 */

/** The Simplified edition's folder, as a path prefix. */
export const HANS_PREFIX = '/zh-hans';

/** The two editions by their BCP 47 tags (what `<html lang>` says). */
export type Edition = 'zh-Hant' | 'zh-Hans';

/** Where the learner's last edition is remembered (language-neutral prefix, like the progress keys). */
export const EDITION_KEY = 'performance-coach:edition';

/** Whether a site path (`/lessons/…`) belongs to the Simplified edition. */
export function isHansPath(path: string): boolean {
  return path === HANS_PREFIX || path.startsWith(`${HANS_PREFIX}/`);
}

/** The edition a path belongs to. */
export const editionOf = (path: string): Edition => (isHansPath(path) ? 'zh-Hans' : 'zh-Hant');

/** The same page in the Simplified edition (`/lessons/a/` → `/zh-hans/lessons/a/`). */
export function toHansPath(path: string): string {
  if (isHansPath(path)) return path;
  return `${HANS_PREFIX}${path.startsWith('/') ? path : `/${path}`}`;
}

/** The same page in the Traditional edition (`/zh-hans/lessons/a/` → `/lessons/a/`). */
export function toHantPath(path: string): string {
  if (!isHansPath(path)) return path;
  return path.slice(HANS_PREFIX.length) || '/';
}

/** The same page in the other edition. */
export const otherEditionPath = (path: string): string => (isHansPath(path) ? toHantPath(path) : toHansPath(path));

/**
 * The built files that belong to one edition, for a precache list: the Simplified edition is everything
 * under `zh-hans/` plus the shared files (stylesheets, images, icons) outside it that it links; the
 * Traditional edition is everything else. `files` are paths relative to the site root (`lessons/a/index.html`).
 */
export function editionFiles(files: readonly string[], edition: Edition): string[] {
  const hans = (f: string) => f === 'zh-hans' || f.startsWith('zh-hans/');
  // Scripts are per edition (their strings are converted); styles, images and fonts are shared.
  const shared = (f: string) => !/\.(html|json|m?js)$/.test(f);
  return files.filter((f) => (edition === 'zh-Hans' ? hans(f) || shared(f) : !hans(f)));
}

/** Whether the browser's languages put Simplified Chinese before any other Chinese (zh-CN, zh-SG, zh-Hans). */
export function prefersSimplified(languages: readonly string[]): boolean {
  const first = languages.map((l) => l.toLowerCase()).find((l) => l === 'zh' || l.startsWith('zh-'));
  if (!first) return false;
  return /^zh-(cn|sg|my|hans)(-|$)/.test(first);
}

/**
 * Whether the Traditional home page offers the Simplified edition: the learner last read Simplified,
 * or never chose and the browser prefers Simplified. Never when they chose Traditional.
 */
export function shouldOfferHans(remembered: string | null, languages: readonly string[]): boolean {
  if (remembered === 'zh-Hans') return true;
  if (remembered === 'zh-Hant') return false;
  return prefersSimplified(languages);
}
