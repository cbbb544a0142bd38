import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSearchIndex } from '../../src/search/build/build-index.ts';
import { courseIndexFile, engineOver } from './search-course.ts';

interface RecallQuery {
  q: string;
  expect: string;
  kind: 'word' | 'substring' | 'simplified' | 'short' | 'long' | 'mixed';
}
const { queries } = JSON.parse(
  readFileSync(join(import.meta.dirname, '../fixtures/search/recall-queries.json'), 'utf8'),
) as { queries: RecallQuery[] };

const engine = engineOver(courseIndexFile());

describe('recall over the course', () => {
  it('has at least 30 queries covering every kind', () => {
    expect(queries.length).toBeGreaterThanOrEqual(30);
    expect(new Set(queries.map((q) => q.kind))).toEqual(
      new Set(['word', 'substring', 'simplified', 'short', 'long', 'mixed']),
    );
    const lessons = new Set(engine.modules.length ? queries.map((q) => q.expect) : []);
    // Every lesson of the course is the answer to at least one query.
    expect(lessons.size).toBe(22);
  });

  it.each(queries)('"$q" ($kind) finds $expect in the top 5', async ({ q, expect: lesson }) => {
    const top = (await engine.search(q, 5)).hits.map((h) => h.id);
    expect(top).toContain(lesson);
  });
});

describe('the cases Pagefind users reported', () => {
  // Pagefind issue 987: 段简 and 是一段 find nothing in 这是一段简单的测试文本.
  // Pagefind issue 659: 每個月都 finds nothing while 每個 月 都 works.
  const { file } = buildSearchIndex(
    [
      {
        id: 'm/a',
        href: '/a/',
        title: '測試',
        module: 'm',
        summary: '',
        sections: [{ text: '这是一段简单的测试文本' }],
      },
      {
        id: 'm/b',
        href: '/b/',
        title: '拜訪',
        module: 'm',
        summary: '',
        sections: [{ text: '每個月都要拜訪轄區裡的零售戶。' }],
      },
      {
        id: 'm/c',
        href: '/c/',
        title: '其他',
        module: 'm',
        summary: '',
        sections: [{ text: '一個簡短的段落,每週都有月報。' }],
      },
    ],
    [{ id: 'm', title: '模組', href: '/m/' }],
  );
  const small = engineOver(file);

  it.each([
    ['段简', 'm/a'],
    ['是一段', 'm/a'],
    ['這是一段簡單', 'm/a'],
    ['每個月都', 'm/b'],
    ['每个月都', 'm/b'],
    ['每個 月 都', 'm/b'],
  ])('"%s" finds %s first', async (q, id) => {
    const outcome = await small.search(q);
    expect(outcome.status).toBe('all');
    expect(outcome.hits[0]?.id).toBe(id);
  });

  it('does not let scattered characters pass for a substring', async () => {
    // m/c has 段, 簡, 每, 月 and 都 but not 段簡 or 月都 together.
    expect((await small.search('段简')).hits.map((h) => h.id)).toEqual(['m/a']);
    expect((await small.search('每個月都')).hits.map((h) => h.id)).toEqual(['m/b']);
  });
});
