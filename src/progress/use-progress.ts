/** Preact hook for islands that show progress. */
import { useStore } from '@nanostores/preact';
import { useEffect, useState } from 'preact/hooks';
import type { ProgressDoc } from './document.ts';
import { ensureProgressStarted } from './client.ts';
import { $progress } from './store.ts';

/**
 * The progress document once the island has mounted, `undefined` before. Preact does not
 * patch attributes while hydrating, so the first render must match the server's HTML.
 */
export function useProgress(): ProgressDoc | undefined {
  const doc = useStore($progress);
  const [mounted, setMounted] = useState(false);
  useEffect(() => {
    ensureProgressStarted();
    setMounted(true);
  }, []);
  return mounted ? doc : undefined;
}
