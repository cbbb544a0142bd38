import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/content-model/model/problems.ts';
import { createConverter, findTraditional, loadTerms, mainlandWords, plain } from '../../src/edition/build/convert.ts';
import { findSimplified } from '../../src/content-model/model/simplified.ts';
import { readTerms } from '../../src/edition/model/terms.ts';

const helpers = { plain, simplifiedIn: (s: string) => findSimplified(s).map((f) => f.char) };
const problemsOf = (yaml: string) => readTerms(yaml, helpers).problems.map(formatProblem);

describe('the terms table', () => {
  it('reads convert, keep and watch with the line of each entry', () => {
    const { table, problems } = readTerms(
      'convert:\n  資訊: 信息\n  「: “\nkeep:\n  - 執行\nwatch:\n  - 資料\n',
      helpers,
    );
    expect(problems).toEqual([]);
    expect(table.entries).toEqual([
      { from: '資訊', to: '信息', line: 2 },
      { from: '「', to: '“', line: 3 },
      { from: '執行', to: undefined, line: 5 },
    ]);
    expect(table.watch).toEqual([{ from: '資料', to: undefined, line: 7 }]);
  });

  it('accepts the right side in Traditional too, and converts it', () => {
    const { table } = readTerms('convert:\n  資訊: 信息\n  紀錄: 記錄\n', helpers);
    expect(table.entries.map((e) => e.to)).toEqual(['信息', '记录']);
  });

  it('stops on each bad entry with its line and a fix, in Chinese', () => {
    expect(
      problemsOf(
        'convert:\n  資訊: 资讯\n  纪录: 记录\n  "<b>": 粗\n  資料:\n  abc: 甲\nkeep:\n  - 執行\n  - 執行\nextra: 1\n',
      ),
    ).toMatchInlineSnapshot(`
      [
        "content/zh-hans.yaml › 第 2 行：這一條和一般的字元轉換結果一樣，寫在 convert 裡沒有作用（目前的值：資訊: 资讯）。修正：把「資訊」移到 keep（表示字元轉換就對），或改寫右邊的簡體寫法",
        "content/zh-hans.yaml › 第 3 行：左邊要寫課程原稿裡的繁體寫法，這裡有簡體字 纪、录（目前的值：纪录）。修正：把左邊改成繁體（課文裡實際寫的樣子），簡體寫法放在冒號右邊",
        "content/zh-hans.yaml › 第 4 行：用語表裡不能有引號、反斜線、角括號、&、大括號、$ 或換行：它們會被寫進網頁與資料檔的程式碼裡（目前的值：<b>）。修正：只寫中文字詞和中文標點；要寫引號請用中文的引號（“”「」）",
        "content/zh-hans.yaml › 第 5 行：「資料」冒號後面沒有寫簡體版要顯示什麼（目前的值：資料）。修正：在冒號後面寫出簡體寫法；字元轉換本來就對的話，把「資料」移到 keep",
        "content/zh-hans.yaml › 第 6 行：這一條只有英文字母、數字或半形符號：轉換只處理中文，這種詞也可能出現在網址和程式碼裡（目前的值：abc）。修正：至少寫進一個中文字，例如把前後的中文一起寫進來",
        "content/zh-hans.yaml › 第 10 行：用語表沒有「extra」這一段（目前的值：extra）。修正：改成 convert、keep、watch 其中一段",
        "content/zh-hans.yaml › 第 9 行：「執行」在第 8 行已經決定過了，同一個詞只能有一個決定（目前的值：執行）。修正：刪掉其中一條：要換成別的寫法就留在 convert，字元轉換就對就留在 keep",
      ]
    `);
  });

  it('names the line of a YAML mistake and of a phrase decided twice in convert', () => {
    expect(problemsOf('convert:\n  資訊: 信息\n  資訊: 讯息\n')).toEqual([
      'content/zh-hans.yaml › 第 3 行：convert 裡同一個詞寫了兩次。修正：刪掉其中一條，只留下要用的寫法',
    ]);
    expect(problemsOf('convert:\n\t資訊: 信息\n')[0]).toMatch(/^content\/zh-hans\.yaml › 第 2 行：YAML 格式錯誤/);
    expect(problemsOf('convert: [資訊]\n')[0]).toContain('convert 要寫成「繁體原文: 簡體寫法」的清單');
  });

  it('the trainers’ table in content/ has no problem', () => {
    expect(loadTerms(process.cwd()).problems.map(formatProblem)).toEqual([]);
  });
});

describe('conversion for the Simplified edition', () => {
  const { table } = loadTerms(process.cwd());
  const hans = createConverter(table);

  it.each([
    ['捲菸、菸草、零售戶、週、櫃檯、看著', '卷烟、烟草、零售户、周、柜台、看着'],
    ['他說：「這叫『雙贏』。」', '他说：“这叫‘双赢’。”'],
    ['資訊收集與整理', '信息收集与整理'],
    ['拜訪紀錄', '拜访记录'],
    ['牠又爬了上去', '它又爬了上去'],
    ['讀一週的銷售資料', '读一周的销售数据'],
    ['公司發的新品資料', '公司发的新品资料'],
    ['可執行的營銷方案', '可执行的营销方案'],
    ['建立信任', '建立信任'],
    ['需要什麼支援', '需要什么支持'],
  ])('%s → %s', (source, expected) => {
    expect(hans(source)).toBe(expected);
  });

  it('leaves text without Chinese exactly as it is (URLs, code, ids)', () => {
    const text = '/lessons/role/win-win/?q=a&b=1 {"id":"q1"} <a href="x">';
    expect(hans(text)).toBe(text);
  });

  it('finds Traditional characters left in Simplified text, but not those a Simplified phrase keeps', () => {
    expect(findTraditional('这是简体，著名的乾隆年间')).toEqual([]);
    expect(findTraditional('这裡还有繁體')).toEqual(['裡', '體']);
    expect(findTraditional('它', new Set(['牠']))).toEqual([]);
    expect(findTraditional('牠', new Set(['牠']))).toEqual(['牠']);
  });
});

describe('mainland words for the search index', () => {
  it('gives the table’s mainland word for each Traditional one, once per occurrence, longest entry first', () => {
    expect(mainlandWords()('讀一週的銷售資料與資訊；資訊要即時。「引號」和新品資料不算')).toEqual([
      '销售数据',
      '信息',
      '信息',
      '及时',
    ]);
  });
});
