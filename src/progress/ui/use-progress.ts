/** Preact hook for islands that show progress (subscribing starts the store: see store.ts). */
import { useStore } from '@nanostores/preact';
import { useEffect, useState } from 'preact/hooks';
import type { ProgressDoc } from '../model/document.ts';
import { $progress } from '../store.ts';

/**
 * The progress document once the island has mounted, `undefined` before. Preact does not
 * patch attributes while hydrating, so the first render must match the server's HTML.
 */
export function useProgress(): ProgressDoc | undefined {
  const doc = useStore($progress);
  const [mounted, setMounted] = useState(false);
  useEffect(() => {
    setMounted(true);
  }, []);
  return mounted ? doc : undefined;
}
