/**
 * A build with xAPI off builds none of its parts (src/xapi/build/ui-plugin.ts): the layout's script and the
 * /progress/ status island resolve to XapiOff.astro, which renders nothing; with xAPI on they are left alone.
 * (`npm run size` checks the built site: no xAPI chunk when no page carries the config.)
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { xapiUiPlugin } from '../../src/xapi/build/ui-plugin.ts';

const root = join(import.meta.dirname, '../..');
const OFF = join(root, 'src/xapi/ui/XapiOff.astro');
const resolve = (on: boolean, source: string) =>
  (xapiUiPlugin(on, OFF).resolveId as (source: string) => string | undefined)(source);

describe('the xAPI parts of a build', () => {
  it('are swapped for nothing when xAPI is off, and left alone when it is on', () => {
    for (const source of ['../xapi/ui/XapiScript.astro', '../xapi/ui/XapiStatusIsland.astro']) {
      expect(resolve(false, source), source).toBe(OFF);
      expect(resolve(true, source), source).toBeUndefined();
    }
    for (const source of ['../xapi/ui/XapiStatus.tsx', './boot.ts', '../xapi/model/config.ts', 'preact'])
      expect(resolve(false, source), source).toBeUndefined();
  });

  it('the pages import the parts by the names swapped, and the stand-in renders nothing', () => {
    expect(readFileSync(join(root, 'src/layouts/Base.astro'), 'utf8')).toContain("from '../xapi/ui/XapiScript.astro'");
    const progress = readFileSync(join(root, 'src/pages/progress.astro'), 'utf8');
    expect(progress).toContain("from '../xapi/ui/XapiStatusIsland.astro'");
    expect(progress).not.toContain('XapiStatus.tsx');
    const off = readFileSync(OFF, 'utf8');
    expect(off.replace(/---[\s\S]*?---/, '').trim()).toBe('');
  });
});
