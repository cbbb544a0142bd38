/**
 * Home page only: keeps the browser's install prompt, which may come before offline-ui.ts is loaded,
 * for the install hint (the browser's own mini bar is held back there: the hint replaces it).
 */
import type { InstallPromptEvent } from './install-prompt.ts';

declare global {
  interface Window {
    /** The browser's install prompt, kept for the home page's install hint. */
    offlineInstallPrompt?: InstallPromptEvent;
  }
}

addEventListener('beforeinstallprompt', (event) => {
  event.preventDefault();
  window.offlineInstallPrompt = event as InstallPromptEvent;
});
