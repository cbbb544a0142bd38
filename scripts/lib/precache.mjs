// What the service worker downloads on the first visit, read back from the built `sw.js` (or `sw-hans.js`) (Workbox's
// `precacheAndRoute([...])` list, src/offline/build/integration.ts): for the size budget
// (scripts/size.mjs) and the tests.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gz } from './page-js.mjs';

/**
 * The precache list written into a generated service worker, as `{ url, revision }` entries.
 * Throws when the source holds no such list.
 * @param {string} swSource
 * @returns {{ url: string, revision: string | null }[]}
 */
export function readPrecacheList(swSource) {
  const at = swSource.indexOf('precacheAndRoute(');
  if (at === -1) throw new Error('sw.js has no precacheAndRoute(...): not a Workbox service worker?');
  const end = swSource.indexOf('],', at);
  const list = swSource.slice(at, end === -1 ? undefined : end);
  const entries = [...list.matchAll(/\{url:"([^"]*)",revision:(?:"([^"]*)"|null)\}/g)].map((m) => ({
    url: m[1],
    revision: m[2] ?? null,
  }));
  if (entries.length === 0) throw new Error('The precacheAndRoute list in sw.js is empty.');
  return entries;
}

/** The built file behind a precache address (`/` and `x/` are directory pages). */
export function fileOf(dist, url) {
  const path = url.replace(/^\//, '');
  return join(dist, path === '' || path.endsWith('/') ? `${path}index.html` : path);
}

// Images and fonts are already compressed: a host sends them as they are.
const BINARY = /\.(png|jpe?g|webp|avif|gif|woff2)$/;

/**
 * Files and bytes of the precache of a built site: raw, and as they travel (gzip level 9 for text,
 * as is for images and fonts). Entries without a file are listed in `missing`. `worker` is the
 * edition's service worker (`sw.js` Traditional, `sw-hans.js` Simplified).
 * @param {string} dist
 * @param {string} [worker]
 */
export function precacheSize(dist, worker = 'sw.js') {
  const entries = readPrecacheList(readFileSync(join(dist, worker), 'utf8'));
  let raw = 0;
  let wire = 0;
  const missing = [];
  const byKind = { html: 0, js: 0, css: 0, data: 0, image: 0 };
  for (const { url } of entries) {
    const file = fileOf(dist, url);
    if (!existsSync(file)) {
      missing.push(url);
      continue;
    }
    const body = readFileSync(file);
    const bytes = BINARY.test(file) ? body.length : gz(body);
    raw += body.length;
    wire += bytes;
    const kind = file.endsWith('.html')
      ? 'html'
      : file.endsWith('.js')
        ? 'js'
        : file.endsWith('.css')
          ? 'css'
          : BINARY.test(file)
            ? 'image'
            : 'data';
    byKind[kind] += bytes;
  }
  return { files: entries.length, raw, wire, byKind, missing };
}
