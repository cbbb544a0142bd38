/**
 * Build time only: the Simplified copies of the site's data files and scripts. JSON strings are converted
 * (never keys), site paths in them move under `/zh-hans/`; scripts get their strings converted and their
 * site URLs moved, so an island in a `/zh-hans/` page fetches the Simplified quiz, strings and search docs.
 */
import { HANS_PREFIX } from '../model/paths.ts';
import { twinUrl, type TwinContext } from './html.ts';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
/** A JSON path: keys and array indexes from the root. */
export type JsonPath = readonly (string | number)[];

/** Files whose strings are not text to read: the search index's term shards (kept, or search breaks). */
export const VERBATIM_JSON: readonly RegExp[] = [/^search\/shard\//];

/**
 * Strings that are ids although they contain Chinese: a search doc's section anchors are the heading ids
 * Astro derived from the Traditional headings, and the pages keep those ids.
 */
export const KEEP_JSON_STRINGS: readonly { file: RegExp; keep: (path: JsonPath) => boolean }[] = [
  { file: /^search\/doc\//, keep: (p) => p[0] === 'sections' && p[2] === 0 },
  // The index's fold map and settings are machine data; only its module titles are read.
  { file: /^search-index\.json$/, keep: (p) => p[0] !== 'modules' },
];

function walk(value: Json, path: (string | number)[], visit: (s: string, path: JsonPath) => string): Json {
  if (typeof value === 'string') return visit(value, path);
  if (Array.isArray(value)) return value.map((v, i) => walk(v, [...path, i], visit));
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, walk(v, [...path, k], visit)]));
  return value;
}

/** The Simplified copy of a JSON file of the site (`file` relative to the site root). */
export function twinJson(file: string, text: string, ctx: TwinContext): string {
  const verbatim = VERBATIM_JSON.some((r) => r.test(file));
  const keeps = KEEP_JSON_STRINGS.filter((k) => k.file.test(file)).map((k) => k.keep);
  const data = JSON.parse(text) as Json;
  const next = walk(data, [], (s, path) => {
    if (s.startsWith('/')) return twinUrl(s, ctx.roots);
    if (verbatim || keeps.some((k) => k(path))) return s;
    return ctx.convert(s);
  });
  return JSON.stringify(next);
}

/** The strings of a JSON file that a reader sees in the Simplified edition (for the residue check). */
export function jsonText(file: string, text: string): string[] {
  if (VERBATIM_JSON.some((r) => r.test(file))) return [];
  const keeps = KEEP_JSON_STRINGS.filter((k) => k.file.test(file)).map((k) => k.keep);
  const out: string[] = [];
  walk(JSON.parse(text) as Json, [], (s, path) => {
    if (!s.startsWith('/') && !keeps.some((k) => k(path))) out.push(s);
    return s;
  });
  return out;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The Simplified copy of a built script: strings converted, site URLs and its chunk URLs under `/zh-hans/`. */
export function twinScript(code: string, ctx: TwinContext): string {
  const names = [...ctx.roots].map(escape).join('|');
  let out = ctx.convert(code);
  // Absolute site paths in string and template literals: "/quizzes/…", `/search/doc/${…}`, "/review/".
  if (names) out = out.replace(new RegExp(`(["'\`])/(${names})(?=["'\`/?#])`, 'g'), `$1${HANS_PREFIX}/$2`);
  // Vite's preload lists ("_astro/x.js") and absolute chunk URLs ("/_astro/x.js"): this edition's copies.
  out = out.replace(/(["'`])(\/?)_astro\/([^"'`/]+\.m?js)(?=["'`])/g, `$1$2${HANS_PREFIX.slice(1)}/_astro/$3`);
  return out;
}
