/** The house-style text guards on small texts: what they catch, what they leave alone, and where they point. */
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/content-model/model/problems.ts';
import {
  mdxSegments,
  punctuationFindings,
  spacingFindings,
  textProblems,
  variantFindings,
  variantsOf,
  yamlSegments,
} from '../../src/content-model/model/text-guards.ts';

const marks = (text: string) => punctuationFindings(text).map((f) => text.slice(f.index, f.index + f.length));

describe('punctuationFindings', () => {
  it.each([
    ['零售戶說,這週不訂', [',']],
    ['銷量（單位：條）:', [':']],
    ['新城超市（3→7)；', [')']],
    ['A（3→7)B', ['（3→7)']],
    ['為什麼?', ['?']],
    ['很多人問」）;當場記', [';']],
    ['先看 (三家店) 再說', ['(', ')']],
    ['「「雙引號」」', ['「「', '」」']],
  ])('flags %j', (text, expected) => {
    expect(marks(text)).toEqual(expected);
  });

  it.each(['1,200 條', '3.5 週', 'id: q1', '（單位：條）：', '30%', 'Ctrl + K', '9:30 到店'])(
    'leaves %j alone',
    (text) => {
      expect(punctuationFindings(text)).toEqual([]);
    },
  );
});

describe('spacingFindings', () => {
  it.each([
    ['200元', 1],
    ['片區38戶', 2],
    ['第2週', 2],
    ['下滑 36 %', 1],
    ['1,200條', 1],
  ])('flags %j (%i)', (text, n) => {
    expect(spacingFindings(text)).toHaveLength(n);
  });

  it.each(['85 戶', '第 2 週', '30%', '3→7', '「3」', 'q1 題', 'A1', '1,200 條', '10 月 14 日'])(
    'accepts %j',
    (text) => {
      expect(spacingFindings(text)).toEqual([]);
    },
  );

  it('says how to write it', () => {
    expect(spacingFindings('賣200元')[0]?.fix).toBe('寫成「賣 200」（數字和中文之間空一格）');
  });
});

describe('variantFindings', () => {
  const glossary = [
    { term: '櫃檯', definition: '…', avoid: ['櫃台'] },
    { term: '菸', definition: '…', avoid: ['煙'], keep: ['中國煙草'] },
    { term: '捲菸', definition: '…', avoid: ['卷煙'] },
  ];
  const variants = variantsOf(glossary);

  it('finds each banned variant once, the longest first', () => {
    const text = '櫃台上的卷煙和假煙';
    expect(variantFindings(text, variants).map((f) => text.slice(f.index, f.index + f.length))).toEqual([
      '櫃台',
      '卷煙',
      '煙',
    ]);
  });

  it('keeps a phrase the glossary keeps', () => {
    expect(variantFindings('中國煙草公司', variants)).toEqual([]);
  });

  it('passes text written with the glossary terms', () => {
    expect(variantFindings('櫃檯上的捲菸和假菸', variants)).toEqual([]);
  });
});

describe('segments', () => {
  it('reads YAML values with their lines, not keys or comments', () => {
    const yaml = '# 註解: 不算\ntitle: 標題\nitems:\n  - id: a\n    statement: "第二行,有錯"\n';
    expect(yamlSegments(yaml)).toEqual([
      { text: '標題', line: 2 },
      { text: 'a', line: 4 },
      { text: '第二行,有錯', line: 5 },
    ]);
  });

  it('reads an MDX lesson: frontmatter values, body lines, not code or link targets', () => {
    const mdx = [
      '---',
      'title: 標題',
      '---',
      '',
      '**重點**:內文',
      '```',
      '程式碼,不算',
      '```',
      '見[用語表](/glossary/)。',
    ].join('\n');
    expect(mdxSegments(mdx)).toEqual([
      { text: '標題', line: 2 },
      { text: '重點:內文', line: 5 },
      { text: '見[用語表]。', line: 9 },
    ]);
  });
});

describe('textProblems', () => {
  const glossary = [{ term: '消費者', definition: '…', avoid: ['顧客'] }];
  const files = [
    { path: 'content/lessons/role/a.mdx', text: '---\ntitle: 課\n---\n\n店裡的顧客很多。\n' },
    { path: 'content/quizzes/q.yaml', text: 'title: 測驗\nquestions:\n  - prompt: "賣了5條?"\n' },
    { path: 'content/glossary.yaml', text: '- term: 消費者\n  definition: 不寫「顧客」。\n' },
    { path: 'content/README.md', text: '顧客,5條' },
  ];

  it('names the file, the line, an excerpt and the fix', () => {
    expect(textProblems(files, glossary).map(formatProblem)).toEqual([
      'content/lessons/role/a.mdx › 第 5 行：用了「顧客」，用語表規定不用這個寫法（目前的值：店裡的顧客很多。）。修正：改用「消費者」的寫法（見 content/glossary.yaml 的「消費者」）',
      'content/quizzes/q.yaml › 第 3 行：中文旁邊用了半形標點「?」（目前的值：賣了5條?）。修正：改成全形「？」',
      'content/quizzes/q.yaml › 第 3 行：數字「5」和前面的中文之間少了空格（目前的值：賣了5條?）。修正：寫成「了 5」（數字和中文之間空一格）',
      'content/quizzes/q.yaml › 第 3 行：數字「5」和後面的中文之間少了空格（目前的值：賣了5條?）。修正：寫成「5 條」（數字和中文或單位之間空一格）',
    ]);
  });

  it('lets the glossary name its banned variants and skips files learners do not read', () => {
    const problems = textProblems(files, glossary);
    expect(problems.some((p) => p.file === 'content/glossary.yaml' || p.file === 'content/README.md')).toBe(false);
  });
});
