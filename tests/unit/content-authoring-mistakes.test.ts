/**
 * Every mistake from the trainer authoring trial and every unsafe-content case, as a
 * fixture with its pinned Chinese message (the comment names the trial's row).
 */
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/content-model/model/problems.ts';
import { checkLessonBody } from '../../src/content-model/model/lesson-body.ts';
import { findSimplified } from '../../src/content-model/model/simplified.ts';
import { validateContent, type ContentFile } from '../../src/content-model/model/validate.ts';
import { validFixture, withBadFixture } from './content-fixtures.ts';

function messages(files: ContentFile[]): string[] {
  const result = validateContent(files);
  if (result.ok) throw new Error('the content passed validation');
  return result.problems.map(formatProblem);
}

const LESSON = 'content/lessons/role/intro.mdx';
const withLessonBody = (body: string, extra: ContentFile[] = []): ContentFile[] =>
  validFixture()
    .map((f) => (f.path === LESSON ? { ...f, text: f.text.replace('正文。\n', body) } : f))
    .concat(extra);

describe('authoring mistakes: one pinned Chinese message each', () => {
  it.each<[string, string[]]>([
    // #9
    [
      'mdx-less-than',
      [
        'content/lessons/role/intro.mdx › 第 13 行第 3 欄：文字裡有單獨的「<」，MDX 把它當成元件標籤的開頭。修正：改寫成文字「小於」（例如「少於 5 條」），或用全形的「＜」',
      ],
    ],
    // #9b
    [
      'mdx-brace',
      [
        'content/lessons/role/intro.mdx › 第 13 行第 8 欄：文字裡的大括號「{…}」會被當成程式碼，頁面會壞掉（目前的值：重點）。修正：改用「」或全形的「｛｝」，例如「重點」',
      ],
    ],
    // #10
    [
      'mdx-unclosed-case',
      [
        'content/lessons/role/intro.mdx › 第 13 行第 1 欄：<Case> 沒有結束標籤。修正：在這個區塊的最後單獨一行寫 </Case>（前後各空一行）',
      ],
    ],
    // E1
    [
      'mdx-html-comment',
      [
        'content/lessons/role/intro.mdx › 第 15 行第 1 欄：課文裡不能用 HTML 註解「<!-- … -->」。修正：直接刪掉這段註解；要留給自己的筆記，請寫在別的檔案',
      ],
    ],
    // E3
    [
      'mdx-attribute-quotes',
      [
        'content/lessons/role/intro.mdx › 第 13 行第 23 欄：標籤的屬性（例如 title="…"）裡面又用了英文雙引號「"」。修正：屬性裡要引用文字時，改用「」，例如 title="老闆說「這次不想進」"',
      ],
    ],
    // E2
    [
      'lowercase-component',
      [
        'content/lessons/role/intro.mdx › 第 13 行第 1 欄：元件名稱的大小寫不對：<callout>（目前的值：callout）。修正：寫成 <Callout>（開頭大寫），結束標籤也一樣',
      ],
    ],
    // E4
    [
      'unknown-callout-type',
      [
        'content/lessons/role/intro.mdx › 第 13 行第 1 欄：<Callout> 的 type 不認得（目前的值：tips）。修正：type 只能是 tip、warning、note 其中之一',
      ],
    ],
    // new
    [
      'unknown-component',
      [
        'content/lessons/role/intro.mdx › 第 13 行第 1 欄：課文裡不認得 <Tip> 這個標籤（目前的值：Tip）。修正：只能用 <Callout>、<Case>、<Quiz>；一般文字裡的「<」請改成「小於」或全形「＜」',
      ],
    ],
    // #11
    [
      'missing-image-relative',
      [
        'content/lessons/role/intro.mdx › 第 15 行第 1 欄：找不到這張圖片（應該在 content/lessons/role/images/new-product-shelf.jpg）（目前的值：./images/new-product-shelf.jpg）。修正：把圖片放到 content/lessons/role/images/new-product-shelf.jpg，或改正路徑；把圖片放在 content/lessons/role/images/，寫成 ![圖片說明](./images/檔名.png)',
      ],
    ],
    // #11b
    [
      'missing-image-public',
      [
        'content/lessons/role/intro.mdx › 第 15 行第 1 欄：圖片要用相對於這一課的路徑，以 / 開頭的路徑不會被檢查，也不會自動壓縮（目前的值：/images/new-product-shelf.jpg）。修正：把圖片放在 content/lessons/role/images/，寫成 ![圖片說明](./images/檔名.png)',
      ],
    ],
    // #12
    [
      'md-extension',
      [
        'content/lessons/role/second.md：課程檔案的副檔名是 .md，網站只會讀 .mdx，這一課不會出現在網站上。修正：把檔名改成 second.mdx（在檔案總管裡要顯示副檔名才看得到）',
      ],
    ],
    // #14
    [
      'simplified-title',
      [
        'content/lessons/role/intro.mdx › 第 2 行：這一行有簡體字，課程的原稿要用繁體中文（目前的值：样、户、绍、烟）。修正：改成繁體：样→樣、户→戶、绍→紹、烟→煙',
      ],
    ],
    // E7
    [
      'level-one-heading',
      [
        'content/lessons/role/intro.mdx › 第 13 行第 1 欄：課文裡不要用單一個「# 」標題：頁面標題會自動從 title 產生。修正：改成「## 」（兩個井字號加空格）',
      ],
    ],
    // new
    [
      'inline-quiz-unknown',
      [
        'content/lessons/role/intro.mdx › 第 15 行第 1 欄：找不到 <Quiz> 指向的測驗（目前的值：role-basic）。修正：建立 content/quizzes/role-basic.yaml，或改成已有的測驗 id',
      ],
    ],
    // #7
    [
      'frontmatter-fullwidth-colon',
      [
        'content/lessons/role/intro.mdx › 第 7 行第 8 欄：YAML 格式錯誤：欄位「minutes」後面的冒號是全形「：」。修正：改成半形冒號再加一個空格，例如「minutes: 」',
      ],
    ],
    // #8b
    [
      'frontmatter-tab',
      [
        'content/lessons/role/intro.mdx › 第 9 行第 1 欄：YAML 格式錯誤：這一行用了 Tab 縮排，YAML 只接受空格。修正：把這一行開頭的 Tab 換成空格（每一層兩個空格），並和同一層的其他行對齊',
      ],
    ],
    // #8
    [
      'quiz-tab',
      [
        'content/quizzes/role-basics.yaml › 第 5 行第 1 欄：YAML 格式錯誤：這一行用了 Tab 縮排，YAML 只接受空格。修正：把這一行開頭的 Tab 換成空格（每一層兩個空格），並和同一層的其他行對齊',
        'content/quizzes/role-basics.yaml › 第 35 行第 1 欄：YAML 格式錯誤：這一行用了 Tab 縮排，YAML 只接受空格。修正：把這一行開頭的 Tab 換成空格（每一層兩個空格），並和同一層的其他行對齊',
        'content/quizzes/role-basics.yaml › 第 72 行第 1 欄：YAML 格式錯誤：這一行用了 Tab 縮排，YAML 只接受空格。修正：把這一行開頭的 Tab 換成空格（每一層兩個空格），並和同一層的其他行對齊',
      ],
    ],
    // #7 (quiz)
    [
      'quiz-fullwidth-colon',
      [
        'content/quizzes/role-basics.yaml › 第 6 行第 11 欄：YAML 格式錯誤：欄位「prompt」後面的冒號是全形「：」。修正：改成半形冒號再加一個空格，例如「prompt: 」',
      ],
    ],
    // E5
    [
      'quiz-unquoted-colon',
      [
        'content/quizzes/role-basics.yaml › 第 6 行第 13 欄：YAML 格式錯誤：文字裡有英文冒號加空格「: 」，YAML 把它當成另一個欄位。修正：把這段文字整段用英文雙引號 "…" 包起來，或把冒號改成全形「：」',
      ],
    ],
    // #5b
    [
      'quiz-option-misaligned',
      [
        'content/quizzes/role-basics.yaml › 第 12 行第 1 欄：YAML 格式錯誤：這一行的「- 」清單項目和同一層的其他項目沒有對齊。修正：把這一行的「- 」移到和同一清單裡其他「- id:」相同的位置（用空格）',
      ],
    ],
    // E9
    [
      'empty-quiz',
      [
        'content/quizzes/role-basics.yaml › （整個檔案）：檔案是空的。修正：依照 content/README.md 的範例寫入內容，或刪掉這個檔案',
      ],
    ],
    // 4a–4c
    [
      'unsafe-script',
      [
        'content/lessons/role/intro.mdx › 第 15 行第 1 欄：課文裡不能放 <script>：網頁上的程式只能由工程師加入。修正：刪掉整段 <script>…</script>；需要互動功能請找工程師',
      ],
    ],
    // 4a–4c
    [
      'unsafe-onerror',
      [
        'content/lessons/role/intro.mdx › 第 15 行第 1 欄：<img> 的 onerror 屬性會執行程式，課文裡不能用。修正：刪掉 onerror="…"',
        'content/lessons/role/intro.mdx › 第 15 行第 1 欄：課文裡的 <img> 標籤不會被檢查，也不會自動壓縮（目前的值：<img>）。修正：改用 Markdown 圖片寫法：把圖片放在 content/lessons/role/images/，寫成 ![圖片說明](./images/檔名.png)',
      ],
    ],
    // 4a–4c
    [
      'unsafe-javascript-link',
      [
        'content/lessons/role/intro.mdx › 第 13 行第 4 欄：連結不能是 javascript: 或 data: 開頭，這種連結會執行程式（目前的值：javascript:alert(1)）。修正：改成一般網址（https://…）或本站的頁面路徑（/lessons/…）',
      ],
    ],
    // 4a–4c
    [
      'unsafe-jsx-javascript-link',
      [
        'content/lessons/role/intro.mdx › 第 13 行第 4 欄：連結不能是 javascript: 或 data: 開頭，這種連結會執行程式（目前的值：javascript:alert(1)）。修正：改成一般網址（https://…）或本站的頁面路徑（/lessons/…）',
      ],
    ],
    // 4a–4c
    [
      'unsafe-iframe',
      [
        'content/lessons/role/intro.mdx › 第 15 行第 1 欄：課文裡不能嵌入其他網站（<iframe>），它會把學員的資料帶到外部。修正：改成一般連結：[說明文字](https://…)',
      ],
    ],
    // 4a–4c
    [
      'unsafe-offsite-image',
      [
        'content/lessons/role/intro.mdx › 第 15 行第 1 欄：圖片不能連到其他網站：離線時看不到，也無法自動壓縮（目前的值：https://cdn.example/shelf.jpg）。修正：下載圖片（確認可以使用）後，把圖片放在 content/lessons/role/images/，寫成 ![圖片說明](./images/檔名.png)',
      ],
    ],
    // 4a–4c
    [
      'unsafe-esm',
      [
        'content/lessons/role/intro.mdx › 第 13 行第 1 欄：課文裡不能寫 import 或 export：這是程式碼，會在建置時執行。修正：刪掉這一行；<Callout>、<Case>、<Quiz /> 不需要 import 就能用',
      ],
    ],
    // 4a–4c
    [
      'unsafe-import',
      [
        'content/lessons/role/intro.mdx › 第 13 行第 1 欄：課文裡不能寫 import 或 export：這是程式碼，會在建置時執行。修正：刪掉這一行；<Callout>、<Case>、<Quiz /> 不需要 import 就能用',
      ],
    ],
  ])('%s', (name, expected) => {
    expect(messages(withBadFixture(name))).toEqual(expected);
  });
});

describe('lesson bodies', () => {
  it('accepts the components, an MDX comment, a local image that exists and ordinary links', () => {
    const body = [
      '<Callout type="note" title="補充">',
      '',
      '正文，見[官網](https://example.org/)與[下一課](/lessons/role/second/)。',
      '',
      '</Callout>',
      '',
      '{/* 之後補一個案例 */}',
      '',
      '![陳列](./images/shelf.png)',
      '',
      '<Quiz id="role-basics" />',
      '',
    ].join('\n');
    const result = validateContent(
      withLessonBody(body, [{ path: 'content/lessons/role/images/shelf.png', text: '', binary: true }]),
    );
    expect(result.ok ? [] : result.problems.map(formatProblem)).toEqual([]);
  });

  it('lists a problem in every broken lesson at once, not only the first', () => {
    const files = withBadFixture('mdx-less-than').concat(
      withBadFixture('mdx-brace')
        .filter((f) => f.path === LESSON)
        .map((f) => ({ ...f, path: 'content/lessons/role/second.mdx', text: f.text.replace('order: 1', 'order: 2') })),
    );
    expect(messages(files).map((m) => m.split(' › ')[0])).toEqual([LESSON, 'content/lessons/role/second.mdx']);
  });

  it('warns, without failing, about a lesson outside 800–2,000 characters', () => {
    const result = validateContent(validFixture());
    expect(result.ok).toBe(true);
    // The tiny fixture course also gets the course-wide guards' warnings; this test is about the length.
    expect(result.warnings.map(formatProblem).filter((m) => m.includes('課文長度'))).toEqual([
      'content/lessons/role/intro.mdx › 課文長度：課文正文建議 800–2,000 個中文字（目前的值：2 字）。修正：補上例子、對話或計算，讓內容更具體',
    ]);
    const long = checkLessonBody('字'.repeat(2001), { file: LESSON, lineOffset: 0, quizIds: [] });
    expect(long.warnings.map((w) => w.value)).toEqual(['2001 字']);
    const fine = checkLessonBody('字'.repeat(900), { file: LESSON, lineOffset: 0, quizIds: [] });
    expect(fine.warnings).toEqual([]);
  });

  it('counts lines as the editor shows them, frontmatter included', () => {
    const result = checkLessonBody('第一行\n\n庫存<5 條\n', {
      file: LESSON,
      lineOffset: 11,
      quizIds: [],
    });
    expect(result.problems.map((p) => p.field)).toEqual(['第 14 行第 3 欄']);
  });
});

describe('Simplified characters', () => {
  it.each([
    ['怎样向零售户介绍一款新卷烟', ['样', '户', '绍', '烟']],
    ['客戶經理在台北的里程與干擾，只說一次', []],
    ['繁體的課文：陳列、庫存、捲菸、著重', []],
  ])('%s', (text, expected) => {
    expect(findSimplified(text).map((f) => f.char)).toEqual(expected);
  });
});
