import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createSearchEngine, type SearchLoader } from '../../src/search/model/engine.ts';
import { createFolder, decodeFoldMap } from '../../src/search/model/fold.ts';
import { decodeTerms } from '../../src/search/model/index-format.ts';
import { memoryIndex, type MemoryFetch } from '../../src/search/model/memory-loader.ts';
import { planQuery } from '../../src/search/model/query.ts';
import { shardCountFor, shardOf, shardsForPlan, splitIndex } from '../../src/search/model/shard.ts';
import { courseIndexFile, engineOver } from './search-course.ts';

const { queries } = JSON.parse(
  readFileSync(join(import.meta.dirname, '../fixtures/search/recall-queries.json'), 'utf8'),
) as { queries: { q: string; expect: string }[] };

const file = courseIndexFile();
const folder = createFolder(decodeFoldMap(file.fold));

describe('shard choice', () => {
  it('puts every term in the shard of its first character, once', () => {
    const split = splitIndex(file, 16);
    const all = split.shards.flatMap((s) => (s ? decodeTerms(s.terms).map((t) => [t, s.shard] as const) : []));
    expect(all.map(([t]) => t).sort()).toEqual(decodeTerms(file.terms));
    for (const [term, shard] of all) expect(shard).toBe(shardOf(term, 16));
  });

  it('reads the shards of every character of a CJK run but the last, and of a Latin word’s first letter', () => {
    const plan = planQuery('紅三環 sku', folder);
    expect(shardsForPlan(plan, 16)).toEqual(
      [...new Set(['红', '三', 's'].map((c) => shardOf(c, 16)))].sort((a, b) => a - b),
    );
    expect(shardsForPlan(planQuery('菸', folder), 16)).toEqual([shardOf(folder.fold('菸'), 16)]);
    expect(shardsForPlan(planQuery(' ,。', folder), 16)).toEqual([]);
  });

  it('sizes the shard count to the index, within bounds', () => {
    expect(shardCountFor(0)).toBe(8);
    expect(shardCountFor(40_000)).toBe(32);
    expect(shardCountFor(10_000_000)).toBe(1024);
  });
});

describe('a sharded search', () => {
  it('fetches only the shards the query’s terms live in, and the lessons it shows', async () => {
    const fetched: MemoryFetch[] = [];
    const engine = engineOver(file, { shardCount: 64, onFetch: (f) => fetched.push(f) });
    const outcome = await engine.search('紅三環', 5);
    expect(outcome.hits.map((h) => h.id)).toContain('practice/shortage-research');
    const shards = fetched.filter((f) => f.kind === 'shard').map((f) => f.n);
    // 紅三環 folds to 红三环: its bigrams start with 红 and 三, in two different shards.
    const expected = [shardOf('红', 64), shardOf('三', 64)];
    expect(new Set(expected).size).toBe(2);
    expect(shards.sort((a, b) => a - b)).toEqual(expected.sort((a, b) => a - b));
    // Lessons: those reranked for the phrase (at most 50) — never the whole course's text.
    const docs = fetched.filter((f) => f.kind === 'doc');
    expect(docs.length).toBeGreaterThanOrEqual(outcome.hits.length);
    expect(docs.length).toBeLessThanOrEqual(Math.max(outcome.total, outcome.hits.length));
    // The same query again fetches nothing more.
    const before = fetched.length;
    await engine.search('红三环', 5);
    expect(fetched.length).toBe(before);
  });

  it('answers every known-answer query exactly as one unsplit shard does, whatever the shard count', async () => {
    const whole = engineOver(file, { shardCount: 1 });
    const split = [engineOver(file, { shardCount: 7 }), engineOver(file, { shardCount: 256 })];
    for (const { q } of [...queries, { q: '每個月都' }, { q: '陈列技巧' }, { q: 'xyz' }, { q: 'a級 陳列' }]) {
      const expected = await whole.search(q, 8);
      for (const engine of split) {
        const actual = await engine.search(q, 8);
        expect(actual.status, q).toBe(expected.status);
        expect(actual.total, q).toBe(expected.total);
        expect(actual.suggestion, q).toEqual(expected.suggestion);
        expect(
          actual.hits.map((h) => [h.id, h.href, h.score]),
          q,
        ).toEqual(expected.hits.map((h) => [h.id, h.href, h.score]));
      }
    }
  });

  it('finds Simplified and Traditional queries whose terms span several shards', async () => {
    const engine = engineOver(file, { shardCount: 32 });
    for (const q of ['红三环', '紅三環', '陈列 零售户']) {
      const plan = planQuery(q, folder);
      expect(shardsForPlan(plan, 32).length, q).toBeGreaterThan(1);
      expect((await engine.search(q)).status, q).toBe('all');
    }
  });

  it('rejects when a shard cannot be fetched — never an empty result — and a retry fetches it again', async () => {
    const { manifest, loader } = memoryIndex(file, { shardCount: 16 });
    const broken = shardOf('三', 16);
    let fail = true;
    const attempts: number[] = [];
    const flaky: SearchLoader = {
      shard: (n, hash) => {
        attempts.push(n);
        return fail && n === broken ? Promise.reject(new Error('offline')) : loader.shard(n, hash);
      },
      doc: loader.doc,
    };
    const engine = createSearchEngine(manifest, flaky);
    await expect(engine.search('紅三環')).rejects.toThrow('offline');
    fail = false;
    const outcome = await engine.search('紅三環');
    expect(outcome.status).toBe('all');
    expect(outcome.hits.map((h) => h.id)).toContain('practice/shortage-research');
    // The shard that failed was asked for twice; the one that loaded, once.
    expect(attempts.filter((n) => n === broken)).toHaveLength(2);
    expect(attempts.filter((n) => n === shardOf('红', 16))).toHaveLength(1);
  });

  it('rejects when a lesson file cannot be fetched', async () => {
    const { manifest, loader } = memoryIndex(file);
    const engine = createSearchEngine(manifest, { shard: loader.shard, doc: () => Promise.reject(new Error('gone')) });
    await expect(engine.search('陳列')).rejects.toThrow('gone');
  });

  it('refuses a shard file that holds another shard', async () => {
    const { manifest, loader } = memoryIndex(file, { shardCount: 16 });
    const engine = createSearchEngine(manifest, { shard: (n, h) => loader.shard((n + 1) % 16, h), doc: loader.doc });
    await expect(engine.search('陳列')).rejects.toThrow(/holds shard/);
  });
});
