/**
 * `import url from 'virtual:offline-ui-url'`: the built URL of src/offline/ui/offline-ui.ts, emitted as a
 * chunk of its own. The page's boot script then loads it with a plain `import(url)` after `load`, so it
 * carries no module-preload helper (Vite wraps every analysed dynamic import in one, ~0.7 kB gzip, which
 * every page would then fetch up front). Build time only (a Vite plugin, registered in astro.config.mjs).
 */
import type { Plugin } from 'vite';

const ID = 'virtual:offline-ui-url';

export function offlineUiUrlPlugin(entry: string): Plugin {
  let serve = false;
  let ref: string | undefined;
  return {
    name: 'performance-coach:offline-ui-url',
    configResolved(config) {
      serve = config.command === 'serve';
    },
    resolveId(id) {
      return id === ID ? `\0${ID}` : undefined;
    },
    load(id) {
      if (id !== `\0${ID}`) return undefined;
      // The dev server compiles source files on request.
      if (serve) return `export default ${JSON.stringify(`/@fs${entry}`)};`;
      ref = this.emitFile({ type: 'chunk', id: entry, name: 'offline-ui' });
      return `export default import.meta.ROLLUP_FILE_URL_${ref};`;
    },
    // A site-absolute URL, right wherever the boot script ends up (its own file or inlined in a page).
    resolveFileUrl({ referenceId, fileName }) {
      return referenceId === ref ? JSON.stringify(`/${fileName}`) : undefined;
    },
  };
}
