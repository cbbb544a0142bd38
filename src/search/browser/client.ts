/**
 * Browser side: loads the search engine chunk (lunr and friends) and the manifest the
 * first time a learner opens search, then the shards and lesson files each query needs.
 * All are static files of the build; shards and lessons are named by their content, so
 * the HTTP cache (and a service worker's precache) can keep them. Nothing here runs on a
 * page until search is opened.
 */
import type { SearchEngine, SearchLoader } from '../model/engine.ts';
import { docPath, shardPath } from '../model/shard.ts';

/** Where the build writes the manifest (src/pages/search-index.json.ts). */
export const SEARCH_INDEX_URL = '/search-index.json';

let pending: Promise<SearchEngine> | undefined;

async function getJson<T>(url: string, onGone?: () => void): Promise<T> {
  const response = await fetch(url);
  if (!response.ok) {
    // A shard the manifest names is gone: the site was rebuilt since the manifest came.
    if (response.status === 404) onGone?.();
    throw new Error(`${url} answered ${response.status}`);
  }
  return (await response.json()) as T;
}

/** The engine, loading it on first call; a failed load is forgotten so the learner can retry. */
export function loadSearchEngine(url = SEARCH_INDEX_URL): Promise<SearchEngine> {
  if (pending) return pending;
  const mine: Promise<SearchEngine> = (async () => {
    const [{ createSearchEngine }, manifest] = await Promise.all([
      import('../model/engine.ts'),
      getJson<Parameters<typeof import('../model/engine.ts').createSearchEngine>[0]>(url),
    ]);
    const stale = () => {
      if (pending === mine) pending = undefined;
    };
    const loader: SearchLoader = {
      shard: (n, hash) => getJson(shardPath(n, hash), stale),
      doc: (n, hash) => getJson(docPath(n, hash), stale),
    };
    return createSearchEngine(manifest, loader);
  })();
  pending = mine;
  mine.catch(() => {
    if (pending === mine) pending = undefined;
  });
  return mine;
}
