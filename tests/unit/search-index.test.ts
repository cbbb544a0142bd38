import lunr from 'lunr';
import { describe, expect, it } from 'vitest';
import { buildSearchIndex } from '../../src/search/build/build-index.ts';
import { createFolder, decodeFoldMap } from '../../src/search/model/fold.ts';
import {
  decodePostings,
  decodeTerms,
  encodePostings,
  encodeTerms,
  type SearchIndexFile,
  type SearchManifest,
} from '../../src/search/model/index-format.ts';
import { splitIndex } from '../../src/search/model/shard.ts';
import { createShardedIndex } from '../../src/search/model/sharded-index.ts';
import { mdxToSections } from '../../src/search/build/mdx-text.ts';
import { applyPlan, planQuery, planTerms } from '../../src/search/model/query.ts';
import { lessonSource } from '../../src/search/build/sources.ts';
import { courseIndex, courseIndexFile } from './search-course.ts';

interface VectorView {
  elements: number[];
}
interface IndexView {
  fieldVectors: Record<string, VectorView | undefined>;
  invertedIndex: Record<string, { _index: number } | undefined>;
}

describe('compact index encoding', () => {
  it('delta-codes postings with frequencies and reads them back in term order', () => {
    const numbers = new Map([
      ['a', 0],
      ['b', 1],
      ['c', 5],
    ]);
    const encoded = encodePostings({ c: 1, a: 3, b: 1 }, numbers);
    expect(encoded).toEqual([-3, 1, 1, 4]);
    const seen: [number, number][] = [];
    decodePostings(encoded, (term, tf) => seen.push([term, tf]));
    expect(seen).toEqual([
      [0, 3],
      [1, 1],
      [5, 1],
    ]);
  });

  it('front-codes the sorted terms and reads them back', () => {
    const terms = ['15000', '1500x', 'abc', '红三', '红色', '𠮷野', '𠮷家'].sort();
    const encoded = encodeTerms(terms);
    expect(decodeTerms(encoded)).toEqual(terms);
    expect(encoded.length).toBeLessThan(terms.join(' ').length + terms.length);
  });

  it('never shares half of a surrogate pair', () => {
    // 𠮷 (U+20BB7) and 𡈽 (U+2123D) share their high surrogate.
    const terms = ['𠮷', '𡈽'].sort();
    expect(decodeTerms(encodeTerms(terms))).toEqual(terms);
  });
});

/** The split index's manifest (with stand-in file names) and every shard, through JSON as the browser gets them. */
function splitForTest(whole: SearchIndexFile, shardCount?: number) {
  const split = JSON.parse(JSON.stringify(splitIndex(whole, shardCount))) as ReturnType<typeof splitIndex>;
  const manifest: SearchManifest = {
    ...split.manifest,
    shards: split.shards.map((s) => (s ? `h${s.shard}` : '')),
    docs: split.docs.map((_, n) => `d${n}`),
  };
  return { manifest, shards: split.shards.filter((s) => s !== null && s !== undefined) };
}

/** A sharded index with every shard loaded. */
function loadAll(whole: SearchIndexFile) {
  const { manifest, shards } = splitForTest(whole);
  const index = createShardedIndex(manifest);
  for (const shard of shards) index.add(shard);
  return index;
}

describe('the loaded index', () => {
  const { file, builder } = courseIndex();
  const reference = builder.build();
  const sharded = loadAll(courseIndexFile());
  const folder = createFolder(decodeFoldMap(file.fold));
  const terms = decodeTerms(file.terms);
  // Each query gets vectors over its own terms; naming every term gives the whole vectors.
  const loaded = sharded.index({ exact: terms, prefixes: [] });

  it('has the same BM25 vector as lunr built, for every field of every lesson', () => {
    const json = reference.toJSON() as unknown as {
      fieldVectors: [string, number[]][];
      invertedIndex: [string, { _index: number }][];
    };
    const termOf = new Map(json.invertedIndex.map(([term, posting]) => [posting._index, term]));
    const asMap = (elements: number[], name: (n: number) => string | undefined) => {
      const out = new Map<string | undefined, number>();
      for (let i = 0; i < elements.length; i += 2) out.set(name(elements[i]!), elements[i + 1]!);
      return out;
    };
    const view = loaded as unknown as IndexView;
    expect(json.fieldVectors.length).toBe(file.docs.length * file.fields.length);
    for (const [ref, elements] of json.fieldVectors) {
      const mine = view.fieldVectors[ref];
      expect(mine, ref).toBeDefined();
      expect(
        asMap(mine!.elements, (n) => terms[n]),
        ref,
      ).toEqual(asMap(elements, (n) => termOf.get(n)));
    }
  });

  it.each(['陳列', '红三环', '每個 月 都', '菸', '15,000', '客戶經理的雙重角色', 'a級'])(
    'ranks "%s" exactly as the index lunr built',
    (q) => {
      const plan = planQuery(q, folder);
      for (const mode of ['all', 'any'] as const) {
        const expected = reference.query((query) => applyPlan(query, plan, mode));
        const actual = sharded.index(planTerms(plan)).query((query) => applyPlan(query, plan, mode));
        expect(actual.map((r) => r.ref)).toEqual(expected.map((r) => r.ref));
        // Vectors are identical (above); dot products may sum in another order because
        // our term numbers are sorted, lunr's are first-seen, so allow the last bits.
        actual.forEach((r, i) => expect(r.score).toBeCloseTo(expected[i]!.score, 12));
      }
    },
  );

  it('keeps lunr’s English pipeline away: no stemmer, stop-word filter or trimmer', () => {
    expect(builder.pipeline.toJSON()).toEqual([]);
    expect(builder.searchPipeline.toJSON()).toEqual([]);
    // The trimmer would have stripped every CJK character, the stop-word filter "the".
    const small = buildSearchIndex(
      [{ id: 'x/y', href: '/x/', title: 'the running 陳列', module: 'x', summary: '', sections: [] }],
      [{ id: 'x', title: 'X', href: '/x/' }],
    );
    expect(decodeTerms(small.file.terms)).toEqual(expect.arrayContaining(['the', 'running', '陈列', '陈', '列']));
  });

  it('knows its terms without a lunr query', () => {
    const { hasTerm } = loadAll(courseIndexFile());
    expect(hasTerm('陈列')).toBe(true);
    expect(hasTerm('陳列')).toBe(false);
    expect(hasTerm('列技')).toBe(false);
  });

  it('refuses an index file of another format version', () => {
    const old = { ...splitForTest(courseIndexFile()).manifest, v: 0 } as unknown as SearchManifest;
    expect(() => createShardedIndex(old)).toThrowErrorMatchingInlineSnapshot(
      `[Error: search index has format 0, this page expects 2; reload the page to get matching files]`,
    );
  });

  it('names the lesson whose module is missing from the module list', () => {
    expect(() =>
      buildSearchIndex([{ id: 'x/y', href: '/x/', title: 't', module: 'nope', summary: '', sections: [] }], []),
    ).toThrowErrorMatchingInlineSnapshot(
      `[Error: lesson x/y names module "nope", which is not in the module list given to the search index]`,
    );
  });

  it('ships a fold map only for characters of the course', () => {
    const pairs = [...file.fold].length / 2;
    expect(pairs).toBeGreaterThan(100);
    expect(pairs).toBeLessThan(2000);
    expect(decodeFoldMap(file.fold).get('陳')).toBe('陈');
  });
});

describe('lesson text', () => {
  const body = `
Intro with **bold**, *em*, \`code\` and a [link](/x/).

## 資金有限時，怎樣配置

1. **主銷規格優先**：先保證不斷貨；
- 價位段要齊

<Case title="案例：劉姐的資金">

| 類別 | 進價/條 |
|---|---|
| 甲 | 200 元 |

</Case>

### 小節 ###

<Callout type="tip" title='專業加真誠'>
能真正幫到零售戶的
</Callout>
`;

  it('keeps what the reader sees, split at headings', () => {
    expect(mdxToSections(body)).toEqual([
      { text: 'Intro with bold, em, code and a link.' },
      {
        heading: '資金有限時，怎樣配置',
        depth: 2,
        text: '主銷規格優先：先保證不斷貨；\n價位段要齊\n案例：劉姐的資金\n類別 進價/條\n甲 200 元',
      },
      { heading: '小節', depth: 3, text: '專業加真誠\n能真正幫到零售戶的' },
    ]);
  });

  it('puts the objectives first and pairs headings with the ids Astro gave them', () => {
    const source = lessonSource(
      { id: 'm/l', title: 'T', summary: 'S', module: 'm', objectives: ['能夠 A', '能夠 B'], body },
      {
        href: '/lessons/m/l/',
        objectivesHeading: '學完這一課,你能夠',
        objectivesAnchor: 'objectives-heading',
        headings: [
          { depth: 2, slug: '資金有限時怎樣配置', text: '資金有限時，怎樣配置' },
          { depth: 3, slug: '小節', text: '小節' },
        ],
      },
    );
    expect(source.sections.map((s) => [s.anchor, s.heading])).toEqual([
      ['objectives-heading', '學完這一課,你能夠'],
      [undefined, undefined],
      ['資金有限時怎樣配置', '資金有限時，怎樣配置'],
      ['小節', '小節'],
    ]);
  });
});

describe('lunr itself', () => {
  it('is the version the index format was written against', () => {
    expect(lunr.version).toBe('2.3.9');
  });
});
