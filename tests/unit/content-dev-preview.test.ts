import { describe, expect, it } from 'vitest';
import type { Loader, LoaderContext } from 'astro/loaders';
import { problemPage } from '../../src/content-model/build/dev-preview.ts';
import type { Problem } from '../../src/content-model/model/problems.ts';
import { reportLines, warningLines } from '../../src/content-model/model/report.ts';
import { tolerant } from '../../src/content-model/build/tolerant-loader.ts';

const problems: Problem[] = [
  {
    file: 'content/lessons/role/win-win.mdx',
    field: '第 20 行第 3 欄',
    message: '文字裡有單獨的「<」，MDX 把它當成元件標籤的開頭',
    fix: '改寫成文字「小於」',
  },
  {
    file: 'content/lessons/role/intro.mdx',
    field: '第 15 行第 1 欄',
    value: '<script>alert(1)</script>',
    message: '課文裡不能放 <script>',
    fix: '刪掉整段 <script>…</script>',
  },
];

describe('problems in the terminal', () => {
  it('prints a header, then one line per problem', () => {
    expect(reportLines(problems, true)).toEqual([
      '內容檢查發現 2 個問題，網站沒有建置：',
      '  • content/lessons/role/win-win.mdx › 第 20 行第 3 欄：文字裡有單獨的「<」，MDX 把它當成元件標籤的開頭。修正：改寫成文字「小於」',
      '  • content/lessons/role/intro.mdx › 第 15 行第 1 欄：課文裡不能放 <script>（目前的值：<script>alert(1)</script>）。修正：刪掉整段 <script>…</script>',
    ]);
    expect(reportLines(problems.slice(0, 1), false)[0]).toBe(
      '內容檢查發現 1 個問題（預覽會先顯示問題清單，改好存檔後自動恢復）：',
    );
    expect(warningLines([])).toEqual([]);
  });
});

describe('problems in the browser', () => {
  it('lists every problem with its file and line, and never lets content text become HTML', () => {
    const html = problemPage({ problems, warnings: [] });
    expect(html).toContain('內容檢查發現 2 個問題');
    expect(html).toContain('content/lessons/role/win-win.mdx › 第 20 行第 3 欄');
    expect(html).toContain('content/lessons/role/intro.mdx › 第 15 行第 1 欄');
    expect(html.match(/<li>/g)).toHaveLength(2);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).not.toContain('<script>alert(1)');
  });
});

describe('tolerant content loaders', () => {
  it('keep loading when a file fails to parse or to fit its schema, without logging errors', async () => {
    const logged: string[] = [];
    const stored: unknown[] = [];
    const inner: Loader = {
      name: 'test',
      load: async (ctx) => {
        const types = (ctx as LoaderContext & { entryTypes: Map<string, { getEntryInfo: () => Promise<unknown> }> })
          .entryTypes;
        stored.push(await types.get('.mdx')!.getEntryInfo());
        stored.push(await ctx.parseData({ id: 'x', data: { title: 1 } }));
        ctx.logger.error('Error reading data from x.yaml');
      },
    };
    const ctx = {
      logger: { error: (m: string) => logged.push(`error ${m}`), info: () => {}, debug: () => {}, warn: () => {} },
      parseData: () => Promise.reject(new Error('InvalidContentEntryDataError')),
      entryTypes: new Map([['.mdx', { getEntryInfo: () => Promise.reject(new Error('YAMLException')) }]]),
    } as unknown as LoaderContext;
    await expect(tolerant(inner).load(ctx)).resolves.toBeUndefined();
    expect(stored).toEqual([{ data: {}, body: '', slug: '', rawData: '' }, { title: 1 }]);
    expect(logged).toEqual([]);
  });
});
