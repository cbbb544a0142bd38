/** The split index held in memory, served through the same loader interface the browser's fetch uses (tests and benchmarks). */
import type { SearchLoader } from './engine.ts';
import type { SearchIndexFile, SearchManifest } from './index-format.ts';
import { splitIndex } from './shard.ts';

/** What one load handed out: which file, and its JSON text (for byte counts). */
export interface MemoryFetch {
  kind: 'shard' | 'doc';
  n: number;
  text: string;
}

/** A manifest and a loader over `file`, split as the site splits it; `onFetch` sees every file handed out. */
export function memoryIndex(
  file: SearchIndexFile,
  options: { shardCount?: number; onFetch?: (fetched: MemoryFetch) => void } = {},
): { manifest: SearchManifest; loader: SearchLoader } {
  const split = splitIndex(file, options.shardCount);
  const texts = {
    shard: split.shards.map((s) => (s ? JSON.stringify(s) : '')),
    doc: split.docs.map((d) => JSON.stringify(d)),
  };
  // Through JSON, as the browser gets them: nothing shared with the split.
  const hand = (kind: 'shard' | 'doc', n: number) => {
    const text = texts[kind][n];
    if (!text) return Promise.reject(new Error(`no ${kind} ${n}`));
    options.onFetch?.({ kind, n, text });
    return Promise.resolve(JSON.parse(text));
  };
  const manifest: SearchManifest = {
    ...split.manifest,
    shards: texts.shard.map((t, n) => (t ? `m${n}` : '')),
    docs: texts.doc.map((_, n) => `m${n}`),
  };
  return {
    manifest: JSON.parse(JSON.stringify(manifest)) as SearchManifest,
    loader: { shard: (n) => hand('shard', n), doc: (n) => hand('doc', n) },
  };
}
