/**
 * Where the progress document is kept. Injected into the store so tests run without a
 * browser and the browser's failure modes (blocked, full) can be simulated.
 */

export interface StorageEngine {
  /** Throws if storage is unavailable. */
  get(key: string): string | null;
  /** Throws on quota or blocked storage. */
  set(key: string, value: string): void;
  remove(key: string): void;
  /** Every stored key (for listing and pruning backups); throws if storage is unavailable. */
  keys(): string[];
  /** Calls back when another tab changes a key; returns the unsubscribe function. */
  listen(callback: (key: string, value: string | null) => void): () => void;
}

/** `localStorage`, with the `storage` event for changes made by other tabs. */
export function browserEngine(): StorageEngine {
  // Accessing window.localStorage itself throws when cookies/storage are blocked.
  const storage = () => window.localStorage;
  return {
    get: (key) => storage().getItem(key),
    set: (key, value) => storage().setItem(key, value),
    remove: (key) => storage().removeItem(key),
    keys() {
      const s = storage();
      const out: string[] = [];
      for (let i = 0; i < s.length; i++) {
        const key = s.key(i);
        if (key !== null) out.push(key);
      }
      return out;
    },
    listen(callback) {
      const onStorage = (event: StorageEvent) => {
        if (event.key !== null) callback(event.key, event.newValue);
      };
      window.addEventListener('storage', onStorage);
      return () => window.removeEventListener('storage', onStorage);
    },
  };
}

/** An in-memory engine for tests; `emit` plays the part of another tab. */
export function memoryEngine(initial: Record<string, string> = {}) {
  const data = new Map(Object.entries(initial));
  const listeners = new Set<(key: string, value: string | null) => void>();
  const engine: StorageEngine & {
    data: Map<string, string>;
    emit(key: string, value: string | null): void;
    failWrites: Error | undefined;
    failReads: Error | undefined;
  } = {
    data,
    failWrites: undefined,
    failReads: undefined,
    get(key) {
      if (engine.failReads) throw engine.failReads;
      return data.get(key) ?? null;
    },
    set(key, value) {
      if (engine.failWrites) throw engine.failWrites;
      data.set(key, value);
    },
    remove(key) {
      if (engine.failWrites) throw engine.failWrites;
      data.delete(key);
    },
    keys() {
      if (engine.failReads) throw engine.failReads;
      return [...data.keys()];
    },
    listen(callback) {
      listeners.add(callback);
      return () => listeners.delete(callback);
    },
    emit(key, value) {
      if (value === null) data.delete(key);
      else data.set(key, value);
      for (const l of listeners) l(key, value);
    },
  };
  return engine;
}
