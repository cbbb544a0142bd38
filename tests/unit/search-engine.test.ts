import { describe, expect, it } from 'vitest';
import { buildSearchIndex } from '../../src/search/build/build-index.ts';
import type { Fragment } from '../../src/search/model/engine.ts';
import { createFolder } from '../../src/search/model/fold.ts';
import { buildFoldMap } from '../../src/search/build/fold-map.ts';
import { planQuery } from '../../src/search/model/query.ts';
import { excerpt, findMatches, markText } from '../../src/search/model/snippet.ts';
import { courseIndexFile, engineOver } from './search-course.ts';

const show = (fragments: readonly Fragment[]) => fragments.map((f) => (f.mark ? `[${f.text}]` : f.text)).join('');

describe('matches and snippets', () => {
  const folder = createFolder(buildFoldMap(['紅三環缺貨。有限資金與陳列。資金大約 15,000 元。']));
  const marked = (text: string, query: string) =>
    show(markText(text, findMatches(text, planQuery(query, folder), folder)));

  it.each([
    ['a Simplified query on Traditional text', '有限資金與陳列', '陈列', '有限資金與[陳列]'],
    ['the whole run where it occurs', '紅三環缺貨,紅三環', '红三环', '[紅三環]缺貨,[紅三環]'],
    ['the bigrams where the run does not occur whole', '紅三 三環', '紅三環', '[紅三] [三環]'],
    ['a number however its thousands are written', '資金大約 15,000 元', '15000', '資金大約 [15,000] 元'],
    ['a Latin word, not the inside of another', 'SKU risky sku', 'sku ', '[SKU] risky [sku]'],
    ['a Latin word being typed', 'SKU list', 'sk', '[SKU] list'],
    ['full-width text for a half-width query', 'ＡＢＣ１２３ 好', 'abc123', '[ＡＢＣ１２３] 好'],
    ['a character outside the Basic Multilingual Plane', '𠮷野家', '𠮷野', '[𠮷野]家'],
    ['text where folding changes lengths', '每㎏陳列', '陈列', '每㎏[陳列]'],
  ])('marks %s', (_, text, query, expected) => {
    expect(marked(text, query)).toBe(expected);
  });

  it('cuts an excerpt around the densest matches, from a sentence start, with ellipses', async () => {
    const text = '甲'.repeat(100) + '。陳列要點:陳列要整潔。' + '乙'.repeat(100);
    const fragments = excerpt(text, findMatches(text, planQuery('陳列', folder), folder), 30);
    expect(show(fragments)).toBe('…[陳列]要點:[陳列]要整潔。' + '乙'.repeat(19) + '…');
  });

  it('returns short text whole', async () => {
    expect(show(excerpt('陳列', [[0, 2]], 30))).toBe('[陳列]');
  });
});

describe('search outcomes', () => {
  const engine = engineOver(courseIndexFile());

  it('finds a lesson from a Simplified query and marks the Traditional text', async () => {
    const outcome = await engine.search('陈列');
    expect(outcome.status).toBe('all');
    const top = outcome.hits[0]!;
    expect(top.id).toBe('practice/capital-and-display');
    expect(top.module).toBe('營銷實務');
    expect(show(top.titleFragments)).toContain('有限資金與[陳列]');
    expect(top.snippet.some((f) => f.mark && f.text === '陳列')).toBe(true);
  });

  it('counts every match but returns only the best `limit`', async () => {
    const outcome = await engine.search('零售戶', 3);
    expect(outcome.hits).toHaveLength(3);
    expect(outcome.total).toBeGreaterThan(3);
  });

  it('falls back to lessons with part of the query, and suggests a piece that matches whole, in the script typed', async () => {
    const outcome = await engine.search('每個月都');
    expect(outcome.status).toBe('partial');
    expect(outcome.hits.length).toBeGreaterThan(0);
    expect(outcome.suggestion).toEqual({ query: '每個月', total: expect.any(Number) });
    expect((await engine.search('陈列技巧')).suggestion?.query).toBe('陈列');
  });

  it('says "none" for a query with nothing in the course, and offers the modules', async () => {
    const outcome = await engine.search('xyz');
    expect(outcome).toMatchObject({ status: 'none', hits: [], total: 0 });
    expect(engine.modules.map((m) => m.href)).toEqual([
      '/modules/role/',
      '/modules/knowledge/',
      '/modules/practice/',
      '/modules/mindset/',
    ]);
  });

  it('treats punctuation alone as an empty query', async () => {
    expect((await engine.search(' ,。、 ')).status).toBe('empty');
  });

  it('links to the section of the match when it is not in the title', async () => {
    const { file } = buildSearchIndex(
      [
        {
          id: 'm/l',
          href: '/lessons/m/l/',
          title: '標題',
          module: 'm',
          summary: '摘要',
          sections: [{ text: '開頭' }, { heading: '陳列要點', anchor: '陳列要點', text: '主銷放在視線高度' }],
        },
      ],
      [{ id: 'm', title: '模組', href: '/modules/m/' }],
    );
    const small = engineOver(file);
    const hit = (await small.search('視線高度')).hits[0]!;
    expect(hit.href).toBe(`/lessons/m/l/#${encodeURIComponent('陳列要點')}`);
    expect(hit.section).toBe('陳列要點');
    expect((await small.search('標題')).hits[0]!.href).toBe('/lessons/m/l/');
  });
});
