import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { closure, pageJs } from '../../scripts/lib/page-js.mjs';

const dist = mkdtempSync(join(tmpdir(), 'page-js-'));
afterAll(() => rmSync(dist, { recursive: true, force: true }));
const put = (path: string, text: string) => {
  mkdirSync(dirname(join(dist, path)), { recursive: true });
  writeFileSync(join(dist, path), text);
};
const gz = (text: string) => gzipSync(text, { level: 9 }).length;

const files: Record<string, string> = {
  '_astro/preact.js': 'export const h = 1;',
  '_astro/store.js': 'import { h } from "./preact.js"; export const s = () => import("./schedule.js");',
  '_astro/schedule.js': 'export const fsrs = 2;',
  '_astro/Done.js': 'import { s } from "./store.js"; export default s;',
  '_astro/Quiz.js': 'import { h } from "./preact.js"; import "./scoring.js"; export default h;',
  '_astro/scoring.js': 'export const score = 3;',
  '_astro/Later.js': 'import "./preact.js"; export const later = 4;',
  '_astro/client.js': 'export default () => {};',
};
for (const [path, text] of Object.entries(files)) put(path, text);
const island = (name: string, url: string, client = 'load') =>
  `<astro-island component-url="${url}" component-export="default" renderer-url="/_astro/client.js" client="${client}" opts="{&quot;name&quot;:&quot;${name}&quot;,&quot;value&quot;:true}"></astro-island>`;
const inline = 'window.x=1;';
put(
  'lesson/index.html',
  `<html><script>${inline}</script>${island('Done', '/_astro/Done.js')}${island('Quiz', '/_astro/Quiz.js')}${island('Later', '/_astro/Later.js', 'visible')}</html>`,
);

describe('the JS a built page loads', () => {
  it('follows static imports, lists import() chunks apart and never counts a file twice', () => {
    const { files: reached, lazy } = closure(dist, [join(dist, '_astro/Done.js')]);
    expect([...reached].map((f: string) => f.slice(dist.length)).sort()).toEqual([
      '/_astro/Done.js',
      '/_astro/preact.js',
      '/_astro/store.js',
    ]);
    expect(lazy.map((f: string) => f.slice(dist.length))).toEqual(['/_astro/schedule.js']);
  });

  it('counts load islands up front, visible ones on scroll, and gzip per file plus the inline scripts', () => {
    const js = pageJs(dist, 'lesson/index.html');
    const upFront = ['Done', 'preact', 'store', 'Quiz', 'scoring', 'client'].map((n) => `_astro/${n}.js`);
    expect(js.files.map((f: string) => f.slice(dist.length + 1)).sort()).toEqual([...upFront].sort());
    expect(js.gzip).toBe(gz(inline) + upFront.reduce((sum, f) => sum + gz(files[f]!), 0));
    // Later.js imports preact, already counted up front: only its own file comes on scroll.
    expect(js.visibleGzip).toBe(gz(files['_astro/Later.js']!));
    expect(js.islands).toEqual(['Done', 'Quiz', 'Later']);
    expect(js.lazy.map((l: { file: string }) => l.file)).toEqual(['/_astro/schedule.js']);
  });

  it('leaves an island out with its own chunks, keeping those another island still imports', () => {
    const js = pageJs(dist, 'lesson/index.html', { without: ['Quiz'] });
    const names = js.files.map((f: string) => f.slice(dist.length + 1)).sort();
    expect(names).toEqual(['_astro/Done.js', '_astro/client.js', '_astro/preact.js', '_astro/store.js']);
    expect(js.left).toEqual(['Quiz']);
    expect(js.islands).toEqual(['Done', 'Later']);
    expect(js.gzip).toBeLessThan(pageJs(dist, 'lesson/index.html').gzip);
  });
});
