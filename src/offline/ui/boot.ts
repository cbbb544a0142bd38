/**
 * The one script every page loads for offline use, a hundred-odd bytes: once the page has loaded
 * and the browser is idle it imports the service worker's registration and the banners
 * (offline-ui.ts, by its built URL: no preload helper), so reading never waits for them.
 */
import url from 'virtual:offline-ui-url';

if (navigator.serviceWorker) {
  addEventListener('load', () => (window.requestIdleCallback ?? setTimeout)(() => import(/* @vite-ignore */ url)));
}
