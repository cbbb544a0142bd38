/**
 * Vite wraps every `import()` of the browser bundles in a preload helper (650 B gzip, a chunk of its own that
 * every page loads first) so that a lazily loaded chunk's CSS and imports are fetched alongside it. With
 * `build.modulePreload: false` it has nothing left to do here unless a lazy chunk has CSS of its own, and
 * none has: lazily loaded parts link their stylesheet themselves (`?url`). This plugin then replaces the
 * helper by a one-line call in each chunk and drops its chunk. If a lazy chunk ever gains CSS dependencies
 * (`__vite__mapDeps` in the output), the helper is left as Vite wrote it and the build says why.
 */
import type { Plugin } from 'vite';

const HELPER_IMPORT = /import\{_(?: as ([\w$]+))?\}from"\.\/preload-helper\.[\w-]+\.js";?/;

export function noPreloadHelper(): Plugin {
  return {
    name: 'performance-coach:no-preload-helper',
    apply: 'build',
    enforce: 'post',
    generateBundle(_options, bundle) {
      const chunks = Object.values(bundle).filter((c) => c.type === 'chunk');
      const helper = chunks.find((c) => /^(?:_astro\/)?preload-helper\./.test(c.fileName.split('/').pop() ?? ''));
      if (!helper) return;
      if (chunks.some((c) => c.code.includes('__vite__mapDeps'))) {
        this.warn('一個延後載入的程式帶著自己的 CSS，所以保留 Vite 的 preload helper：請改用 `?url` 連結那份 CSS。');
        return;
      }
      const name = helper.fileName.split('/').pop()!;
      for (const chunk of chunks) {
        if (chunk === helper || !chunk.code.includes(name)) continue;
        const m = HELPER_IMPORT.exec(chunk.code);
        // The helper's contract: preload the (here always empty) dependencies, then call the loader.
        if (m) chunk.code = chunk.code.replace(m[0], `const ${m[1] ?? '_'}=f=>f();`);
        // An import kept only for its (here empty) side effects, for the order of evaluation.
        chunk.code = chunk.code.replace(`import"./${name}";`, '');
        chunk.imports = chunk.imports.filter((i) => i !== helper.fileName);
      }
      const left = chunks.filter((c) => c !== helper && c.code.includes(name));
      if (left.length > 0)
        this.error(
          `preload helper 仍被引用：${left.map((c) => c.fileName).join('、')}（請更新 src/site/build/no-preload-helper.ts 的匹配）`,
        );
      delete bundle[helper.fileName];
    },
  };
}
