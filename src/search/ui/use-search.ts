/**
 * The one hook both search views run on: loads the engine once `wanted`, answers the
 * query (fetching the shards and lessons it needs), and keeps the status line and its
 * delayed announcement. A failed fetch is an error with a retry, never an empty result.
 */
import { useCallback, useEffect, useState } from 'preact/hooks';
import { loadSearchEngine } from '../browser/client.ts';
import type { SearchEngine, SearchOutcome } from '../model/engine.ts';
import { describeOutcome, type Translate } from '../model/outcome.ts';

/** Where a search view stands. `searching`: a new query is being answered; the last outcome still shows. */
export type SearchStatus = 'idle' | 'loading' | 'searching' | 'ready' | 'error';

export interface SearchView {
  status: SearchStatus;
  engine?: SearchEngine;
  /** The outcome for the query (or the previous query while `searching`); undefined for an empty field. */
  outcome?: SearchOutcome;
  /** The status line under the field. */
  message: string;
  /** The status line once typing has paused, for the live region. */
  announcement: string;
  retry: () => void;
}

/** Searches `query` for a view showing `limit` results. */
export function useSearch(query: string, limit: number, wanted: boolean, tr: Translate): SearchView {
  const [engine, setEngine] = useState<SearchEngine>();
  const [failed, setFailed] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const [answered, setAnswered] = useState<SearchOutcome>();
  const [announcement, setAnnouncement] = useState('');
  const typed = query.trim() ? query : '';

  useEffect(() => {
    if (!wanted) return;
    let live = true;
    setFailed(false);
    loadSearchEngine()
      .then(async (loaded) => {
        if (!live) return;
        setEngine(loaded);
        const outcome = typed ? await loaded.search(typed, limit) : undefined;
        if (live) setAnswered(outcome);
      })
      .catch(() => live && setFailed(true));
    return () => {
      live = false;
    };
  }, [wanted, typed, limit, attempt]);

  const outcome = typed && !failed ? answered : undefined;
  const message = failed ? '' : describeOutcome(outcome, outcome?.hits.length ?? 0, tr);
  useEffect(() => {
    // Announce once typing pauses, not on every keystroke.
    const id = setTimeout(() => setAnnouncement(message), 600);
    return () => clearTimeout(id);
  }, [message]);

  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  const status: SearchStatus = failed
    ? 'error'
    : !wanted
      ? 'idle'
      : !engine
        ? 'loading'
        : typed && answered?.query !== typed
          ? 'searching'
          : 'ready';
  return { status, engine, outcome, message, announcement, retry };
}
