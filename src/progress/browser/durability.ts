/**
 * Asking the browser to keep the site's data. Storage is "best effort" until `persist()` is
 * granted: under pressure the browser may delete it. Injected into the store so tests run
 * without a browser.
 */
export interface DurabilityAdapter {
  /** True when the browser already promised to keep the data. */
  persisted(): Promise<boolean>;
  /** Asks for the promise; resolves to whether it was granted. */
  persist(): Promise<boolean>;
}

/** `navigator.storage`, or undefined where the browser has no such API. */
export function browserDurability(): DurabilityAdapter | undefined {
  const storage = typeof navigator === 'undefined' ? undefined : navigator.storage;
  if (!storage || typeof storage.persist !== 'function' || typeof storage.persisted !== 'function') return undefined;
  return { persisted: () => storage.persisted(), persist: () => storage.persist() };
}
