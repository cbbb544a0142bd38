import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createConverter, loadTerms } from '../../src/edition/build/convert.ts';
import { twinJson, twinScript } from '../../src/edition/build/data.ts';
import { pageText, twinHtml, twinUrl } from '../../src/edition/build/html.ts';
import { bannedChars } from '../../src/edition/build/integration.ts';
import { problemLines, writeHansEdition } from '../../src/edition/build/site.ts';

const { table } = loadTerms(process.cwd());
const convert = createConverter(table);
const roots = new Set(['lessons', 'modules', 'review', 'quizzes', 'search', 'quiz-strings.json', 'search-index.json']);
const ctx = { convert, roots };

describe('a page’s Simplified twin', () => {
  const page = [
    '<!doctype html><html lang="zh-Hant"><head>',
    '<meta name="description" content="課程資訊">',
    '<title>複習 · 績效教練</title>',
    '<link rel="stylesheet" href="/_astro/base.css">',
    '<link rel="alternate" hreflang="zh-Hant" href="https://x.example/review/">',
    '<script type="module" src="/_astro/Page.js"></script>',
    '<script>window.t="不轉換";</script><style>.a::before{content:"繁體"}</style>',
    '</head><body>',
    '<a class="header-button" href="/zh-hans/review/" hreflang="zh-Hans" lang="zh-Hans" data-edition-switch data-other-label="繁體中文">简体中文</a>',
    '<h2 id="重點回顧">重點回顧</h2>',
    '<p title="說明" aria-label="拜訪紀錄">他說：「<a href="/lessons/role/win-win/#重點回顧">這一課</a>」</p>',
    '<code>資料 = 1</code> <img src="/_astro/p.webp" alt="貨架陳列">',
    '<input placeholder="輸入關鍵字"> <input type="radio" name="q" value="選項">',
    '<span data-zh-hans="同一品牌放一列">同一品牌放同一欄</span>',
    '<astro-island component-url="/_astro/Island.js" renderer-url="/_astro/client.js" props="{&quot;href&quot;:[0,&quot;/review/&quot;],&quot;t&quot;:[0,&quot;複習&quot;]}"></astro-island>',
    '<a href="/">首頁</a> <a href="/favicon.svg">圖</a> <a href="https://example.com/lessons/">外站</a>',
    '</body></html>',
  ].join('');
  const twin = twinHtml(page, ctx);

  it('says it is Simplified Chinese', () => {
    expect(twin).toContain('<html lang="zh-Hans">');
  });

  it('converts text and the text attributes', () => {
    expect(twin).toContain('<title>复习 · 绩效教练</title>');
    expect(twin).toContain('content="课程信息"');
    expect(twin).toContain('title="说明" aria-label="拜访记录"');
    expect(twin).toContain('他说：“<a href="/zh-hans/lessons/role/win-win/#重點回顧">这一课</a>”');
    expect(twin).toContain('alt="货架陈列"');
    expect(twin).toContain('placeholder="输入关键字"');
  });

  it('keeps ids, fragments, code, inline scripts and styles, and choice values', () => {
    expect(twin).toContain('<h2 id="重點回顧">重点回顾</h2>');
    expect(twin).toContain('<code>資料 = 1</code>');
    expect(twin).toContain('<script>window.t="不轉換";</script><style>.a::before{content:"繁體"}</style>');
    expect(twin).toContain('value="選項"');
  });

  it('moves internal links and scripts under /zh-hans/, not styles, images, hreflang alternates or other sites', () => {
    expect(twin).toContain('<script type="module" src="/zh-hans/_astro/Page.js">');
    expect(twin).toContain('component-url="/zh-hans/_astro/Island.js" renderer-url="/zh-hans/_astro/client.js"');
    expect(twin).toContain('href="/_astro/base.css"');
    expect(twin).toContain('src="/_astro/p.webp"');
    expect(twin).toContain('hreflang="zh-Hant" href="https://x.example/review/"');
    expect(twin).toContain(
      '<a href="/zh-hans/">首页</a> <a href="/favicon.svg">图</a> <a href="https://example.com/lessons/">',
    );
    expect(twin).toContain(
      'props="{&quot;href&quot;:[0,&quot;/zh-hans/review/&quot;],&quot;t&quot;:[0,&quot;复习&quot;]}"',
    );
  });

  it('turns the switcher round: back to the Traditional page, labelled in Traditional', () => {
    expect(twin).toContain(
      '<a class="header-button" href="/review/" hreflang="zh-Hant" lang="zh-Hant" data-edition-switch data-other-label="繁體中文">繁體中文</a>',
    );
  });

  it('shows the escape hatch’s own Simplified text', () => {
    expect(twin).toContain('<span data-zh-hans="同一品牌放一列">同一品牌放一列</span>');
  });

  it('reads as Simplified: the visible text holds no Traditional-only character', () => {
    const text = pageText(twin);
    expect(text).toContain('复习');
    expect(text).not.toMatch(/[複習說課紀錄]/);
  });

  it.each([
    ['/', '/zh-hans/'],
    ['/review/?q=a', '/zh-hans/review/?q=a'],
    ['/_astro/x.js', '/zh-hans/_astro/x.js'],
    ['/_astro/x.css', '/_astro/x.css'],
    ['/images/a.png', '/images/a.png'],
    ['/zh-hans/review/', '/zh-hans/review/'],
    ['//cdn.example/x', '//cdn.example/x'],
    ['#top', '#top'],
  ])('URL %s → %s', (from, to) => {
    expect(twinUrl(from, roots)).toBe(to);
  });
});

describe('data files and scripts of the twin', () => {
  it('converts JSON strings but not keys, moves site paths, keeps search anchors', () => {
    const doc = JSON.stringify({
      id: 'role/win-win',
      href: '/lessons/role/win-win/',
      title: '雙贏「經營」',
      sections: [['重點回顧', '重點回顧', '資訊與紀錄']],
      資料: 1,
    });
    expect(JSON.parse(twinJson('search/doc/0-a.json', doc, ctx))).toEqual({
      id: 'role/win-win',
      href: '/zh-hans/lessons/role/win-win/',
      title: '双赢“经营”',
      sections: [['重點回顧', '重点回顾', '信息与记录']],
      資料: 1,
    });
  });

  it('copies the search shards and the index’s fold map as they are; the module titles are converted', () => {
    const shard = JSON.stringify({ terms: '資訊 1' });
    expect(twinJson('search/shard/0-a.json', shard, ctx)).toBe(shard);
    const index = { fold: '資资', modules: [{ id: 'role', title: '雙重角色', href: '/modules/role/' }] };
    expect(JSON.parse(twinJson('search-index.json', JSON.stringify(index), ctx))).toEqual({
      fold: '資资',
      modules: [{ id: 'role', title: '双重角色', href: '/zh-hans/modules/role/' }],
    });
  });

  it('converts a script’s strings and moves its site URLs and chunk URLs', () => {
    const code =
      'const q=t=>`/quizzes/${t}.json`,O="/quiz-strings.json",R="/review/",C="/_astro/search.css",' +
      'd=["_astro/store.js","_astro/a.css"];import("./x.js");const m="檔案是空的。",s="a/b".split("/");' +
      'const r=/^(?:對|錯)$/;';
    const out = twinScript(code, ctx);
    expect(out).toBe(
      'const q=t=>`/zh-hans/quizzes/${t}.json`,O="/zh-hans/quiz-strings.json",R="/zh-hans/review/",C="/_astro/search.css",' +
        'd=["zh-hans/_astro/store.js","_astro/a.css"];import("./x.js");const m="文件是空的。",s="a/b".split("/");' +
        'const r=/^(?:对|错)$/;',
    );
  });
});

describe('writing the edition of a built site', () => {
  const dist = mkdtempSync(join(tmpdir(), 'edition-'));
  afterAll(() => rmSync(dist, { recursive: true, force: true }));
  const put = (path: string, text: string) => {
    mkdirSync(dirname(join(dist, path)), { recursive: true });
    writeFileSync(join(dist, path), text);
  };
  put('index.html', '<html lang="zh-Hant"><body><a href="/lessons/a/">課程</a></body></html>');
  put('lessons/a/index.html', '<html lang="zh-Hant"><body><p>牠又爬上去了。</p></body></html>');
  put('quizzes/a.json', '{"prompt":"哪一個？"}');
  put('_astro/app.js', 'fetch("/quizzes/a.json");const t="載入中";');
  put('_astro/app.css', 'body{}');

  it('writes a twin of every page, data file and script, and reports nothing when all reads as Simplified', () => {
    const report = writeHansEdition(dist, convert, bannedChars(table));
    expect(problemLines(report)).toEqual([]);
    expect({ pages: report.pages, data: report.data, scripts: report.scripts }).toEqual({
      pages: 2,
      data: 1,
      scripts: 1,
    });
    expect(readFileSync(join(dist, 'zh-hans/lessons/a/index.html'), 'utf8')).toContain('<p>它又爬上去了。</p>');
    expect(readFileSync(join(dist, 'zh-hans/index.html'), 'utf8')).toContain('<a href="/zh-hans/lessons/a/">课程</a>');
    expect(readFileSync(join(dist, 'zh-hans/quizzes/a.json'), 'utf8')).toBe('{"prompt":"哪一个？"}');
    expect(readFileSync(join(dist, 'zh-hans/_astro/app.js'), 'utf8')).toBe(
      'fetch("/zh-hans/quizzes/a.json");const t="加载中";',
    );
    expect(existsSync(join(dist, 'zh-hans/_astro/app.css'))).toBe(false);
  });

  it('names the page and the characters a twin still shows in Traditional', () => {
    const report = writeHansEdition(dist, (t) => t, bannedChars(table));
    expect(problemLines(report).find((l) => l.startsWith('zh-hans/index.html'))).toMatch(
      /^zh-hans\/index\.html 還有繁體字：課。在 content\/zh-hans\.yaml 的 convert 加一條/,
    );
    expect(report.residue.map((r) => r.file)).toEqual([
      'zh-hans/_astro/app.js',
      'zh-hans/index.html',
      'zh-hans/lessons/a/index.html',
      'zh-hans/quizzes/a.json',
    ]);
  });
});
