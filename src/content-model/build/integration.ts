/**
 * Astro integration that runs the content checks before anything is built, so a
 * trainer's mistake stops `astro build`/`astro sync` with every problem listed, in
 * Chinese, one line each. In dev it re-checks on every content change, shows the
 * problems in the browser, and restarts the server when a lesson or quiz file is
 * added, moved or removed (Astro's content modules do not pick those up by themselves).
 */
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { fileURLToPath } from 'node:url';
import { devProblemsPlugin, type CheckState } from './dev-preview.ts';
import { readContentFiles } from './load.ts';
import { reportLines, warningLines } from '../model/report.ts';
import { validateContent } from '../model/validate.ts';

function runChecks(root: string): CheckState {
  const result = validateContent(readContentFiles(root));
  return { problems: result.ok ? [] : result.problems, warnings: result.warnings };
}

function print(logger: AstroIntegrationLogger, state: CheckState, stopped: boolean): void {
  if (state.problems.length > 0) for (const line of reportLines(state.problems, stopped)) logger.error(line);
  for (const line of warningLines(state.warnings)) logger.warn(line);
}

/** How long the preview waits after a file is added or removed before restarting, to restart once per change. */
const RESTART_DELAY_MS = 400;

/** Checks the content folder at start-up and, in dev, again on every content change. */
export function contentChecks(): AstroIntegration {
  let root = process.cwd();
  let publish: (state: CheckState) => void = () => {};
  let holdPages: () => void = () => {};
  return {
    name: 'performance-coach:content-checks',
    hooks: {
      'astro:config:setup': ({ config, command, logger, updateConfig, injectScript }) => {
        root = fileURLToPath(config.root).replace(/\/$/, '');
        // `astro preview` serves a site already built (and so already checked).
        if (command === 'preview') return;
        const state = runChecks(root);
        if (command !== 'dev') {
          if (state.problems.length > 0) {
            print(logger, state, true);
            // No stack trace: the list above is the whole story.
            process.exit(1);
          }
          logger.info('內容檢查通過');
          for (const line of warningLines(state.warnings)) logger.warn(line);
          return;
        }
        print(logger, state, false);
        const dev = devProblemsPlugin(state);
        publish = dev.publish;
        holdPages = dev.holdPages;
        updateConfig({ vite: { plugins: [dev.plugin] } });
        injectScript('page', `import ${JSON.stringify(`${root}/src/content-model/browser/dev-overlay-client.ts`)};`);
      },
      'astro:server:setup': ({ server, logger }) => {
        const contentDir = `${root}/content/`;
        const structural = /^(add|unlink|addDir|unlinkDir)$/;
        let last = { text: '', at: 0 };
        let restartTimer: ReturnType<typeof setTimeout> | undefined;
        server.watcher.on('all', (event, path) => {
          if (!path.startsWith(contentDir)) return;
          const state = runChecks(root);
          publish(state);
          // One save can fire several events (editors write, then rename): print each result once.
          const text = JSON.stringify(state);
          const now = Date.now();
          if (text !== last.text || now - last.at > 2000) {
            if (state.problems.length === 0) {
              logger.info('內容檢查通過');
              for (const line of warningLines(state.warnings)) logger.warn(line);
            } else print(logger, state, false);
          }
          last = { text, at: now };
          // A new, moved or deleted lesson/quiz changes Astro's content module graph.
          if (structural.test(event) && /\/content\/(lessons|quizzes|assessments)\//.test(path)) {
            // A move is an unlink and an add, a lesson often comes with its quiz: restart once for all.
            holdPages();
            clearTimeout(restartTimer);
            restartTimer = setTimeout(() => {
              logger.info('課程檔案新增、搬移或刪除，預覽自動重新啟動…');
              void server.restart();
            }, RESTART_DELAY_MS);
          }
        });
      },
    },
  };
}
