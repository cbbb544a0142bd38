/** Preact hook over `loadSearchEngine`: starts loading once `wanted` turns true. */
import { useCallback, useEffect, useState } from 'preact/hooks';
import { loadSearchEngine } from './client.ts';
import type { SearchEngine } from './engine.ts';

/** Where loading the engine stands. */
export type EngineState =
  | { status: 'idle' }
  | { status: 'loading' }
  | { status: 'ready'; engine: SearchEngine }
  | { status: 'error'; error: unknown };

/** The engine once loaded, plus a `retry` for the error state. */
export function useSearchEngine(wanted: boolean): EngineState & { retry: () => void } {
  const [state, setState] = useState<EngineState>({ status: 'idle' });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    if (!wanted) return;
    let live = true;
    setState((s) => (s.status === 'ready' ? s : { status: 'loading' }));
    loadSearchEngine().then(
      (engine) => live && setState({ status: 'ready', engine }),
      (error: unknown) => live && setState({ status: 'error', error }),
    );
    return () => {
      live = false;
    };
  }, [wanted, attempt]);
  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  return { ...state, retry };
}
