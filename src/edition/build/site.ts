/**
 * Build time only: writes the Simplified edition of a built site under `<dist>/zh-hans/` — every page,
 * every data file and every script — and checks it: each Traditional page has its twin, and no twin still
 * shows a Traditional character. New pages and data files get their twin with no work.
 */
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { HANS_PREFIX } from '../model/paths.ts';
import { findTraditional } from './convert.ts';
import { jsonText, twinJson, twinScript } from './data.ts';
import { pageText, twinHtml, type TwinContext } from './html.ts';

const HANS_DIR = HANS_PREFIX.slice(1);

/** Every file of the built site (relative, `/`-separated), leaving out an earlier edition folder. */
export function listSite(dist: string): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = join(dir, name);
      const path = relative(dist, full).split(sep).join('/');
      if (path === HANS_DIR) continue;
      if (statSync(full).isDirectory()) walk(full);
      else out.push(path);
    }
  };
  walk(dist);
  return out.sort();
}

const isPage = (f: string) => f.endsWith('.html');
const isData = (f: string) => f.endsWith('.json');
const isScript = (f: string) => /^_astro\/[^/]+\.m?js$/.test(f);

/** Top-level names that get a twin: those holding pages or data files (never `_astro`, images or icons). */
export function twinRoots(files: readonly string[]): Set<string> {
  const roots = new Set<string>();
  for (const f of files) if (isPage(f) || isData(f)) roots.add(f.split('/')[0]!);
  roots.delete('_astro');
  roots.delete(HANS_DIR);
  return roots;
}

/** A Traditional character left in a twin, where. */
export interface Residue {
  file: string;
  chars: string[];
}

/** What writing the edition did and found. */
export interface EditionReport {
  pages: number;
  data: number;
  scripts: number;
  /** Traditional pages without a twin (should never happen; listed if it does). */
  missing: string[];
  residue: Residue[];
}

/** Writes `<dist>/zh-hans/` from the Traditional build; `extra` are characters the table says never to show. */
export function writeHansEdition(
  dist: string,
  convert: (text: string) => string,
  extra: ReadonlySet<string> = new Set(),
): EditionReport {
  const files = listSite(dist);
  const ctx: TwinContext = { convert, roots: twinRoots(files) };
  const report: EditionReport = { pages: 0, data: 0, scripts: 0, missing: [], residue: [] };
  const write = (file: string, text: string) => {
    const target = join(dist, HANS_DIR, file);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, text);
  };
  const check = (file: string, texts: string[]) => {
    const chars = [...new Set(texts.flatMap((t) => findTraditional(t, extra)))];
    if (chars.length > 0) report.residue.push({ file: `${HANS_DIR}/${file}`, chars });
  };
  for (const file of files) {
    const source = () => readFileSync(join(dist, file), 'utf8');
    if (isPage(file)) {
      const twin = twinHtml(source(), ctx);
      write(file, twin);
      check(file, [pageText(twin)]);
      report.pages++;
    } else if (isData(file)) {
      const twin = twinJson(file, source(), ctx);
      write(file, twin);
      check(file, jsonText(file, twin));
      report.data++;
    } else if (isScript(file)) {
      const twin = twinScript(source(), ctx);
      write(file, twin);
      check(file, [twin]);
      report.scripts++;
    }
  }
  const written = new Set(listSite(join(dist, HANS_DIR)));
  report.missing = files.filter((f) => isPage(f) && !written.has(f));
  return report;
}

/** The report as lines a trainer reads (empty when all is well). */
export function problemLines(report: EditionReport): string[] {
  return [
    ...report.missing.map(
      (f) => `簡體版少了這一頁：${HANS_DIR}/${f}（繁體版有 ${f}）。這是建置程式的錯誤，請告訴工程師。`,
    ),
    ...report.residue.map(
      (r) =>
        `${r.file} 還有繁體字：${r.chars.join('、')}。在 content/zh-hans.yaml 的 convert 加一條（繁體寫法: 簡體寫法），` +
        '或查看這個字是不是在程式碼、網址裡（那裡不轉換）。',
    ),
  ];
}
