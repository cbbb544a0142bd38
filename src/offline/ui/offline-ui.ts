/**
 * The offline parts of a page, loaded after the page is idle (src/layouts/idle.ts): registers the service worker
 * and follows the network, the updates and (home page) the install offer. What it shows is drawn by
 * strip.ts, loaded only when there is something to say, so an ordinary page view costs only this.
 */
import { INSTALL_DISMISSED_KEY, installHint } from '../model/install.ts';
import { WORKER_URLS } from '../model/precache.ts';
import { startServiceWorker } from '../browser/service-worker.ts';
import type { InstallPromptEvent } from './install-prompt.ts';

type Strip = typeof import('./strip.ts');
let loaded: Promise<Strip> | undefined;
const strip = () => (loaded ??= import('./strip.ts'));

function followNetwork(): void {
  addEventListener('offline', () => void strip().then((s) => s.say('offline')));
  addEventListener('online', () => void strip().then((s) => s.say('online')));
  if (!navigator.onLine) void strip().then((s) => s.say('offline'));
}

/**
 * With no signal, the header's switch to the other edition would open a page this phone does not have (only the
 * edition in use is saved): the strip says so instead, and the page stays. Runs before the edition script's own
 * click handler, so a switch that did not happen is not remembered either.
 */
function guardEditionSwitch(): void {
  document.addEventListener(
    'click',
    (event) => {
      const link = (event.target as Element | null)?.closest?.('a[data-edition-switch]');
      if (!link || navigator.onLine) return;
      event.preventDefault();
      event.stopPropagation();
      const toHans = document.documentElement.lang !== 'zh-Hans';
      void strip().then((s) => s.say(toHans ? 'noHans' : 'noHant'));
    },
    true,
  );
}

function dismissed(key: string): boolean {
  try {
    return localStorage.getItem(key) === '1';
  } catch {
    return false;
  }
}

const standalone = () =>
  matchMedia('(display-mode: standalone)').matches ||
  (navigator as Navigator & { standalone?: boolean }).standalone === true;

/** The install hint, if this browser should get one now. */
async function offerInstall(prompt: InstallPromptEvent | undefined): Promise<void> {
  const hint = installHint({
    userAgent: navigator.userAgent,
    standalone: standalone(),
    canPrompt: Boolean(prompt),
    dismissed: dismissed(INSTALL_DISMISSED_KEY),
  });
  if (hint) (await strip()).showInstallHint(hint, prompt);
}

function followInstall(): void {
  if (location.pathname !== '/' && location.pathname !== '/zh-hans/') return;
  void offerInstall(window.offlineInstallPrompt);
  addEventListener('beforeinstallprompt', (event) => {
    event.preventDefault();
    window.offlineInstallPrompt = event as InstallPromptEvent;
    void offerInstall(window.offlineInstallPrompt);
  });
  addEventListener('appinstalled', () => void loaded?.then((s) => s.hideInstallHint()));
}

// Where there is no service worker (some private modes) nothing is kept offline: nothing to say.
if (navigator.serviceWorker) {
  followNetwork();
  guardEditionSwitch();
  followInstall();
  // This page's edition's worker: the phone keeps the edition in use (model/precache.ts).
  void startServiceWorker(
    {
      onSaved: () => void strip().then((s) => s.say('saved')),
      onUpdate: (apply) => void strip().then((s) => s.offerUpdate(apply)),
    },
    WORKER_URLS[document.documentElement.lang === 'zh-Hans' ? 'zh-Hans' : 'zh-Hant'],
  );
}
