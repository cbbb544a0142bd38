/**
 * With xAPI off, the layout's XapiScript.astro and /progress/'s XapiStatusIsland.astro are swapped for
 * XapiOff.astro, which renders nothing. Astro bundles every island and `<script>` that the .astro files of a
 * page import, rendered or not: without the swap, a build with xAPI off would still ship the sender, its
 * status island and the layout's boot script (about 7.5 kB gzip, precached offline) that no page loads.
 * Build time only (a Vite plugin, registered in astro.config.mjs).
 */
import type { Plugin } from 'vite';

const SWAPPED = /[\\/]xapi[\\/]ui[\\/](?:XapiScript|XapiStatusIsland)\.astro$/;

/** `off` is the path of src/xapi/ui/XapiOff.astro. */
export function xapiUiPlugin(on: boolean, off: string): Plugin {
  return {
    name: 'performance-coach:xapi-ui',
    enforce: 'pre',
    resolveId(source) {
      return !on && SWAPPED.test(source) ? off : undefined;
    },
  };
}
