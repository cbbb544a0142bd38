/**
 * The service worker's registration and update flow, with no UI: the caller is told when the
 * course has been saved for offline use (first install) and when a new version is waiting, and
 * gets a function that applies it. A waiting version is applied only through that function: the
 * page is reloaded once the new worker has taken over, never on its own (a quiz or an assessment
 * may be half done; `registerType: 'prompt'` in the build for the same reason).
 */

export interface ServiceWorkerEvents {
  /** The first install finished: every precached file is on the device. */
  onSaved(): void;
  /** A new version is installed and waiting; `apply` activates it and reloads this page. */
  onUpdate(apply: () => void): void;
}

/**
 * Registers the worker at `url` (scope `/`) and follows its updates. Resolves undefined where service workers are
 * unavailable. Each edition has its own worker at the same scope: a page of the other edition than the one on the
 * phone registers its own, which replaces the other as soon as it has saved its files (the learner chose the
 * edition by opening it; nothing half done is lost, the page is not reloaded) and is then told as a first install.
 */
export async function startServiceWorker(
  events: ServiceWorkerEvents,
  url = '/sw.js',
): Promise<ServiceWorkerRegistration | undefined> {
  const container = navigator.serviceWorker;
  if (!container) return undefined;
  const script = new URL(url, location.href).href;
  const ours = (worker: ServiceWorker | null | undefined) => worker?.scriptURL === script;
  // The other edition's worker runs this page: ours takes over once installed.
  const switching = Boolean(container.controller) && !ours(container.controller);
  const firstInstall = !container.controller || switching;
  let applying = false;
  // Another tab applying an update also changes this page's worker: only the page that asked reloads.
  container.addEventListener('controllerchange', () => {
    if (applying) location.reload();
  });
  let registration: ServiceWorkerRegistration | undefined;
  try {
    registration = await container.register(url, { scope: '/' });
  } catch {
    // Private modes and some embedded browsers refuse; the site works online as before.
    return undefined;
  }
  // A browser that blocks workers by policy may answer with nothing at all.
  if (!registration) return undefined;
  // For tests and support: `data-offline="ready"` once this page's own worker has finished precaching.
  const markReady = () => {
    if (registration.active?.state === 'activated' && ours(registration.active))
      document.documentElement.dataset.offline = 'ready';
  };
  const offer = (worker: ServiceWorker) => {
    if (switching && ours(worker)) worker.postMessage({ type: 'SKIP_WAITING' });
    else
      events.onUpdate(() => {
        applying = true;
        worker.postMessage({ type: 'SKIP_WAITING' });
      });
  };
  const followed = new WeakSet<ServiceWorker>();
  const follow = (worker: ServiceWorker) => {
    if (followed.has(worker)) return;
    followed.add(worker);
    worker.addEventListener('statechange', () => {
      if (worker.state === 'installed' && container.controller && ours(worker)) offer(worker);
      if (worker.state === 'activated') {
        markReady();
        if (firstInstall && !applying) events.onSaved();
      }
    });
  };
  markReady();
  if (registration.waiting && container.controller && ours(registration.waiting)) offer(registration.waiting);
  if (registration.installing) follow(registration.installing);
  registration.addEventListener('updatefound', () => {
    if (registration.installing) follow(registration.installing);
  });
  // An installed app may stay open for days: look for a new version when the signal comes back.
  addEventListener('online', () => void registration.update().catch(() => undefined));
  return registration;
}
