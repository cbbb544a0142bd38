/**
 * `import url from 'virtual:idle-url'`: the built URL of src/layouts/idle.ts (what every page does once it has
 * loaded and the browser is idle: the offline parts, the edition's memory), emitted as a chunk of its own. The
 * page shell's script then loads it with a plain `import(url)` after `load`, so it carries no module-preload helper (Vite wraps every analysed dynamic import in one, ~0.7 kB gzip, which
 * every page would then fetch up front). Build time only (a Vite plugin, registered in astro.config.mjs).
 */
import type { Plugin } from 'vite';

const ID = 'virtual:idle-url';

export function idleUrlPlugin(entry: string): Plugin {
  let serve = false;
  let ref: string | undefined;
  return {
    name: 'performance-coach:idle-url',
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
      ref = this.emitFile({ type: 'chunk', id: entry, name: 'idle' });
      return `export default import.meta.ROLLUP_FILE_URL_${ref};`;
    },
    // A site-absolute URL, right wherever the boot script ends up (its own file or inlined in a page).
    resolveFileUrl({ referenceId, fileName }) {
      return referenceId === ref ? JSON.stringify(`/${fileName}`) : undefined;
    },
  };
}
