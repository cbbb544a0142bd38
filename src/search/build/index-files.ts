/**
 * Build time only: the whole index split into the files the site serves, each named by
 * a hash of its content so a browser (and later the service worker) can keep it for
 * good: a lesson edit changes the names of only the shards and the document it touches.
 */
import { createHash } from 'node:crypto';
import type { SearchIndexFile, SearchManifest } from '../model/index-format.ts';
import { splitIndex } from '../model/shard.ts';

/** One served file: its number, content hash and exact JSON text. */
export interface IndexFile {
  n: number;
  hash: string;
  text: string;
}

/** Every file of the split index; `manifestText` is `/search-index.json`. */
export interface IndexFiles {
  manifest: SearchManifest;
  manifestText: string;
  shards: IndexFile[];
  docs: IndexFile[];
}

const hashOf = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 10);

/** Splits and names the files; `shardCount` defaults to one sized to the course. */
export function indexFiles(file: SearchIndexFile, shardCount?: number): IndexFiles {
  const split = splitIndex(file, shardCount);
  const named = (value: unknown, n: number): IndexFile => {
    const text = JSON.stringify(value);
    return { n, hash: hashOf(text), text };
  };
  const shardFiles = split.shards.map((s, n) => (s ? named(s, n) : undefined));
  const docs = split.docs.map(named);
  const manifest: SearchManifest = {
    ...split.manifest,
    shards: shardFiles.map((s) => s?.hash ?? ''),
    docs: docs.map((d) => d.hash),
  };
  return {
    manifest,
    manifestText: JSON.stringify(manifest),
    shards: shardFiles.filter((s): s is IndexFile => s !== undefined),
    docs,
  };
}
