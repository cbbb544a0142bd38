/** The build plugin that drops Vite's preload helper: rewrites every chunk that uses it, or leaves all as they are. */
import { describe, expect, it } from 'vitest';
import { noPreloadHelper } from '../../src/site/build/no-preload-helper.ts';

type Chunk = { type: 'chunk'; fileName: string; code: string; imports: string[] };
const chunk = (fileName: string, code: string, imports: string[] = []): Chunk => ({
  type: 'chunk',
  fileName,
  code,
  imports,
});
const HELPER = '_astro/preload-helper.abc123.js';

function run(bundle: Record<string, Chunk>) {
  const warnings: string[] = [];
  const errors: string[] = [];
  const hook = noPreloadHelper().generateBundle as (this: unknown, o: unknown, b: unknown) => void;
  hook.call(
    {
      warn: (m: string) => warnings.push(m),
      error: (m: string) => {
        errors.push(m);
        throw new Error(m);
      },
    },
    {},
    bundle,
  );
  return { warnings, errors };
}

describe('noPreloadHelper', () => {
  it('replaces the helper by a direct call in each chunk (aliased, plain and side-effect imports) and drops it', () => {
    const bundle: Record<string, Chunk> = {
      [HELPER]: chunk(HELPER, 'export const _=function(){}'),
      'a.js': chunk('_astro/a.js', 'import{_ as C}from"./preload-helper.abc123.js";C(()=>import("./b.js"),[]);', [
        HELPER,
      ]),
      'c.js': chunk('_astro/c.js', 'import{_}from"./preload-helper.abc123.js";_(()=>import("./d.js"),[]);', [HELPER]),
      'e.js': chunk('_astro/e.js', 'import"./preload-helper.abc123.js";const x=1;', [HELPER]),
    };
    expect(run(bundle)).toEqual({ warnings: [], errors: [] });
    expect(bundle[HELPER]).toBeUndefined();
    expect(bundle['a.js']!.code).toBe('const C=f=>f();C(()=>import("./b.js"),[]);');
    expect(bundle['c.js']!.code).toBe('const _=f=>f();_(()=>import("./d.js"),[]);');
    expect(bundle['e.js']!.code).toBe('const x=1;');
    for (const c of Object.values(bundle)) expect(c.imports).not.toContain(HELPER);
  });

  it('keeps the helper, and says why, when a lazy chunk brings CSS of its own', () => {
    const code =
      'const __vite__mapDeps=(i)=>i;import{_ as C}from"./preload-helper.abc123.js";C(()=>import("./b.js"),__vite__mapDeps([0]));';
    const bundle: Record<string, Chunk> = {
      [HELPER]: chunk(HELPER, 'export const _=function(){}'),
      'a.js': chunk('_astro/a.js', code, [HELPER]),
    };
    const { warnings } = run(bundle);
    expect(warnings[0]).toContain('?url');
    expect(bundle[HELPER]).toBeDefined();
    expect(bundle['a.js']!.code).toBe(code);
  });

  it('stops the build when a chunk still names the helper in a form it does not know', () => {
    const bundle: Record<string, Chunk> = {
      [HELPER]: chunk(HELPER, 'export const _=function(){}'),
      'a.js': chunk('_astro/a.js', 'import{_ as C,x}from"./preload-helper.abc123.js";', [HELPER]),
    };
    expect(() => run(bundle)).toThrow(/preload helper 仍被引用：_astro\/a\.js/);
  });
});
