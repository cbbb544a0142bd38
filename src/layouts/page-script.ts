/**
 * The one script of the page shell, loaded by every page but 404: the progress parts (due badge, the
 * lesson's done control, the storage notice), the search launcher, the quiz starter and the loader of what
 * waits until the page has loaded and the browser is idle (idle.ts, by its built URL: no preload helper: the
 * service worker's registration and banners, the edition's memory). One file, so a plain lesson page makes one
 * request for all its JavaScript before interaction.
 */
import idle from 'virtual:idle-url';
import '../progress/ui/page.ts';
import '../quiz/ui/on-view.ts';
import { installSearchLauncher } from '../search/ui/launcher.ts';

installSearchLauncher(document.querySelector<HTMLAnchorElement>('a[data-search-launch]'));
addEventListener('load', () => (window.requestIdleCallback ?? setTimeout)(() => import(/* @vite-ignore */ idle)));
