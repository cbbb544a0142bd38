/**
 * `import strings from 'virtual:ui-strings/notice.'`: the UI strings whose keys start with the prefix (or
 * several, comma-separated), as a module of their own. A chunk loaded only when needed (the storage notice)
 * then carries just the strings it shows: not the whole dictionary, and not in every page's HTML.
 * Build time only (a Vite plugin, registered in astro.config.mjs).
 */
import { runInNewContext } from 'node:vm';
import type { Plugin } from 'vite';

const PREFIX = 'virtual:ui-strings/';

export function uiStringsPlugin(dictionaryFile: string): Plugin {
  return {
    name: 'performance-coach:ui-strings',
    resolveId(id) {
      return id.startsWith(PREFIX) ? `\0${id}` : undefined;
    },
    async load(id) {
      if (!id.startsWith(`\0${PREFIX}`)) return undefined;
      const prefixes = id.slice(PREFIX.length + 1).split(',');
      // The dictionary as Vite compiles it (TypeScript to JavaScript), evaluated on its own: it is one object
      // literal and imports nothing, so its `export const` becomes a variable of a fresh context.
      const compiled = await this.load({ id: dictionaryFile });
      const context: { zhHant?: Record<string, string> } = {};
      runInNewContext((compiled.code ?? '').replace(/^export\s+const\s+/gm, 'var '), context);
      const zhHant = context.zhHant ?? {};
      const picked = Object.fromEntries(Object.entries(zhHant).filter(([k]) => prefixes.some((p) => k.startsWith(p))));
      if (Object.keys(picked).length === 0) this.error(`no UI strings start with ${prefixes.join(', ')}`);
      return `export default ${JSON.stringify(picked)};`;
    },
  };
}
