/**
 * Browser side: loads the search engine chunk (lunr and friends) and the index the
 * first time a learner opens search, and keeps them for the rest of the page. Later
 * pages get the index from the HTTP cache. Nothing here runs on a page until then.
 */
import type { SearchEngine } from './engine.ts';

/** Where the build writes the index (src/pages/search-index.json.ts). */
export const SEARCH_INDEX_URL = '/search-index.json';

let pending: Promise<SearchEngine> | undefined;

/** The engine, loading it on first call; a failed load is forgotten so the learner can retry. */
export function loadSearchEngine(url = SEARCH_INDEX_URL): Promise<SearchEngine> {
  pending ??= (async () => {
    const [{ createSearchEngine }, file] = await Promise.all([
      import('./engine.ts'),
      fetch(url).then((response) => {
        if (!response.ok) throw new Error(`${url} answered ${response.status}`);
        return response.json();
      }),
    ]);
    return createSearchEngine(file);
  })();
  pending.catch(() => (pending = undefined));
  return pending;
}
