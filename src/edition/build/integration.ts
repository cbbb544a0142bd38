/**
 * Astro integration for the Simplified edition. Before the build it reads the terms table (a bad entry
 * stops the build with its line and a fix); after the Traditional site is written it writes the twin of
 * every page, data file and script under `dist/zh-hans/` and stops the build if a twin still shows a
 * Traditional character. In `astro dev`, `/zh-hans/…` pages are converted as they are served.
 */
import type { AstroIntegration } from 'astro';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatProblem } from '../../content-model/model/problems.ts';
import { HANS_PREFIX } from '../model/paths.ts';
import type { TermsTable } from '../model/terms.ts';
import { createConverter, loadTerms } from './convert.ts';
import { twinHtml } from './html.ts';
import { problemLines, writeHansEdition } from './site.ts';

/** One-character entries of the table (牠 → 它): characters the edition must never show. */
export const bannedChars = (table: TermsTable): Set<string> =>
  new Set(
    table.entries
      .filter((e) => e.to !== undefined && [...e.from].length === 1 && /\p{Script=Han}/u.test(e.from))
      .map((e) => e.from),
  );

/** The site's top-level route names as `src/pages/` declares them (`lessons`, `quiz-strings.json`), for dev. */
export function pageRoots(root: string): Set<string> {
  const dir = join(root, 'src/pages');
  if (!existsSync(dir)) return new Set();
  return new Set(
    readdirSync(dir)
      .map((name) => name.replace(/\.(astro|ts|js|md|mdx)$/, ''))
      .filter((name) => name !== 'index' && !name.startsWith('[') && !name.startsWith('_')),
  );
}

/** The Simplified edition, written after the Traditional build. */
export function hansEdition(): AstroIntegration {
  let root = process.cwd();
  let table: TermsTable = { entries: [], watch: [] };
  const read = (fail: (lines: string[]) => void) => {
    const loaded = loadTerms(root);
    if (loaded.problems.length > 0) fail(loaded.problems.map((p) => formatProblem(p)));
    table = loaded.table;
  };
  return {
    name: 'performance-coach:zh-hans',
    hooks: {
      'astro:config:setup': ({ config, command, logger }) => {
        root = fileURLToPath(config.root).replace(/\/$/, '');
        if (command === 'preview') return;
        read((lines) => {
          for (const line of [`簡體版用語表有 ${lines.length} 個問題，網站沒有建置：`, ...lines]) logger.error(line);
          if (command !== 'dev') process.exit(1);
        });
      },
      'astro:server:setup': ({ server, logger }) => {
        // Dev: /zh-hans/<page> is the Traditional page as the dev server renders it, converted on the way out.
        // Islands' own strings and data files stay Traditional in dev; the build converts those too.
        server.watcher.on('change', (path) => {
          if (path.endsWith('content/zh-hans.yaml')) read((lines) => lines.forEach((l) => logger.error(l)));
        });
        server.middlewares.use((req, res, next) => {
          const url = req.url ?? '/';
          if (!(url === HANS_PREFIX || url.startsWith(`${HANS_PREFIX}/`)) || req.method !== 'GET') return next();
          const address = server.httpServer?.address();
          const port = typeof address === 'object' && address ? address.port : 4321;
          const target = url.slice(HANS_PREFIX.length) || '/';
          fetch(`http://localhost:${port}${target}`, { headers: { accept: 'text/html' } })
            .then(async (response) => {
              const type = response.headers.get('content-type') ?? '';
              const body = await response.text();
              const convert = createConverter(table);
              res.statusCode = response.status;
              res.setHeader('content-type', type || 'text/html; charset=utf-8');
              res.end(
                type.includes('html') ? twinHtml(body, { convert, roots: new Set(['lessons', 'modules']) }) : body,
              );
            })
            .catch(next);
        });
      },
      'astro:build:done': ({ dir, logger }) => {
        const started = Date.now();
        const report = writeHansEdition(fileURLToPath(dir), createConverter(table), bannedChars(table));
        const problems = problemLines(report);
        if (problems.length > 0) {
          for (const line of [`簡體版有 ${problems.length} 個問題：`, ...problems]) logger.error(line);
          throw new Error('簡體版沒有寫完：見上面的問題清單');
        }
        logger.info(
          `簡體版 /zh-hans/：${report.pages} 頁、${report.data} 個資料檔、${report.scripts} 個程式檔（${Date.now() - started} ms）`,
        );
      },
    },
  };
}
