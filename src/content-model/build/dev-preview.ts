/**
 * Dev only: shows the current content problems in the browser. While the content has
 * errors every page is replaced by a Chinese list of them (a broken value is never shown
 * as if it were right); the list updates on save and the page comes back by itself.
 */
import type { Plugin, ViteDevServer } from 'vite';
import { t } from '../../i18n/index.ts';
import type { Problem } from '../model/problems.ts';
import { PROBLEMS_EVENT, PROBLEMS_URL, type CheckState } from '../model/dev-problems.ts';

export { PROBLEMS_EVENT, PROBLEMS_URL, type CheckState };

const CLIENT_URL = '/__content-problems/client.js';
/** How long pages stay on the problem list after the content is fixed (Astro reloads the entry meanwhile). */
const CLEAN_DELAY_MS = 600;

const escape = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

function item(p: Problem): string {
  const where = p.field ? `${p.file} › ${p.field}` : p.file;
  const value = p.value !== undefined ? `<p>${escape(t('devProblems.value'))}<code>${escape(p.value)}</code></p>` : '';
  return `<li><p><strong>${escape(where)}</strong></p><p>${escape(p.message)}</p>${value}<p>${escape(t('devProblems.fix'))}${escape(p.fix)}</p></li>`;
}

/** The page shown instead of any page while the content has errors. */
export function problemPage(state: CheckState): string {
  return `<!doctype html>
<html lang="zh-Hant"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(t('devProblems.pageTitle'))}</title>
<style>
body{font:16px/1.6 system-ui,sans-serif;margin:0;padding:1rem;color:#1a1a1a;background:#fff8f0}
main{max-width:46rem;margin:0 auto}h1{font-size:1.35rem;color:#8a1c00}
ol{padding-left:1.25rem}li{background:#fff;border:2px solid #c2410c;border-radius:.5rem;padding:.5rem .75rem;margin:.75rem 0}
li p{margin:.25rem 0;overflow-wrap:anywhere}code{background:#f3f3f3;padding:0 .25rem}
</style></head>
<body><main><h1 id="content-problems-title">${escape(t('devProblems.title', { count: state.problems.length }))}</h1>
<p>${escape(t('devProblems.lead'))}</p>
<ol aria-labelledby="content-problems-title">${state.problems.map(item).join('')}</ol></main>
<script type="module" src="${CLIENT_URL}"></script></body></html>`;
}

/** The page answered while the preview restarts after a file was added or removed; it retries by itself. */
export function restartingPage(): string {
  return `<!doctype html>
<html lang="zh-Hant"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="refresh" content="1"><title>${escape(t('devProblems.restartingTitle'))}</title></head>
<body><main><h1>${escape(t('devProblems.restartingTitle'))}</h1><p>${escape(t('devProblems.restarting'))}</p></main></body></html>`;
}

/** Reloads the problem page once the content is clean again. */
const PROBLEM_PAGE_CLIENT = `import { createHotContext } from '/@vite/client';
const hot = createHotContext('${CLIENT_URL}');
hot.on('${PROBLEMS_EVENT}', () => location.reload());
// A fix saved while this page was loading sent its event before the page listened: ask as well.
const shown = document.querySelectorAll('main li').length;
const ask = () => fetch('${PROBLEMS_URL}').then((r) => r.json()).then((s) => {
  if (s.problems.length !== shown) location.reload();
}).catch(() => {});
ask();
setInterval(ask, 2000);
`;

const wantsHtml = (accept: string | undefined, url: string) =>
  (accept ?? '').includes('text/html') && !url.startsWith('/@') && !url.startsWith('/__');

/** The Vite plugin: serves the state, the problem page, and pushes every new state to open pages. */
export function devProblemsPlugin(initial: CheckState): {
  plugin: Plugin;
  publish: (state: CheckState) => void;
  holdPages: () => void;
} {
  let state = initial;
  // Set once a restart is due: pages asked for meanwhile would be built from stale modules.
  let restarting = false;
  let server: ViteDevServer | undefined;
  const plugin: Plugin = {
    name: 'performance-coach:dev-problems',
    configureServer(vite) {
      server = vite;
      vite.middlewares.use((req, res, next) => {
        const url = req.url ?? '/';
        if (url.startsWith(PROBLEMS_URL)) {
          res.setHeader('content-type', 'application/json; charset=utf-8');
          res.end(JSON.stringify(state));
        } else if (url.startsWith(CLIENT_URL)) {
          res.setHeader('content-type', 'text/javascript; charset=utf-8');
          res.end(PROBLEM_PAGE_CLIENT);
        } else if (restarting && req.method === 'GET' && wantsHtml(req.headers.accept, url)) {
          res.statusCode = 503;
          res.setHeader('content-type', 'text/html; charset=utf-8');
          res.setHeader('cache-control', 'no-store');
          res.setHeader('retry-after', '1');
          res.end(restartingPage());
        } else if (state.problems.length > 0 && req.method === 'GET' && wantsHtml(req.headers.accept, url)) {
          res.statusCode = 200;
          res.setHeader('content-type', 'text/html; charset=utf-8');
          res.setHeader('cache-control', 'no-store');
          res.end(problemPage(state));
        } else next();
      });
    },
  };
  let pending: ReturnType<typeof setTimeout> | undefined;
  const apply = (next: CheckState) => {
    const changed = JSON.stringify(next) !== JSON.stringify(state);
    state = next;
    if (changed) server?.ws.send({ type: 'custom', event: PROBLEMS_EVENT, data: next });
  };
  const publish = (next: CheckState) => {
    clearTimeout(pending);
    // Once fixed, Astro's own loaders still have to re-read the file: pages come back a moment later,
    // so none is built from the broken entry they still hold.
    if (next.problems.length === 0 && state.problems.length > 0)
      pending = setTimeout(() => apply(next), CLEAN_DELAY_MS);
    else apply(next);
  };
  return { plugin, publish, holdPages: () => (restarting = true) };
}
