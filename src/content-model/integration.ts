/**
 * Astro integration that runs the content checks before anything is built, so a
 * trainer's mistake stops `astro build`/`astro dev` with every problem listed.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { readContentFiles } from './load.ts';
import { ContentError, formatProblem } from './problems.ts';
import { validateContent } from './validate.ts';

/** Checks the content folder at start-up and, in dev, again on every content change. */
export function contentChecks(): AstroIntegration {
  let root = process.cwd();
  return {
    name: 'performance-coach:content-checks',
    hooks: {
      'astro:config:setup': ({ config }) => {
        root = fileURLToPath(config.root);
        const result = validateContent(readContentFiles(root));
        if (!result.ok) throw new ContentError(result.problems);
      },
      'astro:server:setup': ({ server, logger }) => {
        server.watcher.on('all', (_event, path) => {
          if (!path.includes(`${root.replace(/\/$/, '')}/content/`)) return;
          const result = validateContent(readContentFiles(root));
          if (result.ok) logger.info('內容檢查通過');
          else for (const p of result.problems) logger.error(formatProblem(p));
        });
      },
    },
  };
}
