import { describe, expect, it } from 'vitest';
import { checkLessonImages, findImages, resolveImagePath } from '../../src/content-model/model/check-lesson-images.ts';
import { formatProblem } from '../../src/content-model/model/problems.ts';
import { validateContent } from '../../src/content-model/model/validate.ts';
import { validFixture, withBadFixture } from './content-fixtures.ts';

const lesson = (body: string) => `---\ntitle: 測試\nsummary: 測試\nmodule: role\norder: 1\n---\n\n${body}\n`;
const messagesFor = (body: string, images: string[] = []) =>
  checkLessonImages([
    { path: 'content/lessons/role/intro.mdx', text: lesson(body) },
    ...images.map((path) => ({ path, text: '' })),
  ]).map(formatProblem);

describe('lesson images', () => {
  it('accepts an image that exists, with alt text', () => {
    expect(messagesFor('![貨架陳列示意圖](./images/shelf.png)', ['content/lessons/role/images/shelf.png'])).toEqual([]);
  });

  it('accepts an image beside the lesson or shared with the module above', () => {
    expect(
      messagesFor('![甲](./a.webp)\n\n![乙](../shared/b.jpg "標題")', [
        'content/lessons/role/a.webp',
        'content/lessons/shared/b.jpg',
      ]),
    ).toEqual([]);
  });

  it('reports the editor line and column, counting the frontmatter', () => {
    const { images } = findImages(lesson('第一段。\n\n文字 ![圖](./images/x.png)'));
    expect(images).toEqual([{ alt: '圖', src: './images/x.png', line: 10, column: 4 }]);
  });

  it('ignores images inside code fences', () => {
    expect(messagesFor('```mdx\n![](./images/none.png)\n```')).toEqual([]);
  });

  it('resolves relative paths and refuses to leave the project', () => {
    expect(resolveImagePath('content/lessons/role/intro.mdx', './images/a%20b.png')).toBe(
      'content/lessons/role/images/a b.png',
    );
    expect(resolveImagePath('content/a.mdx', '../../../x.png')).toBeUndefined();
  });

  it.each<[string, string, string[], string[]]>([
    [
      'a missing file, with a guess from the same folder',
      '![貨架](./images/shelf.PNG)',
      ['content/lessons/role/images/shelf.png'],
      [
        'content/lessons/role/intro.mdx › 第 8 行第 1 欄：找不到這張圖片（應該在 content/lessons/role/images/shelf.PNG）（目前的值：./images/shelf.PNG）。修正：你是不是要寫「./images/shelf.png」？檔名的大小寫也要一樣',
      ],
    ],
    [
      'an absolute path',
      '![貨架](/images/shelf.jpg)',
      [],
      [
        'content/lessons/role/intro.mdx › 第 8 行第 1 欄：圖片要用相對於這一課的路徑，以 / 開頭的路徑不會被檢查，也不會自動壓縮（目前的值：/images/shelf.jpg）。修正：把圖片放在 content/lessons/role/images/，寫成 ![圖片說明](./images/檔名.png)',
      ],
    ],
    [
      'an image on another site',
      '![貨架](https://example.com/a.png)',
      [],
      [
        'content/lessons/role/intro.mdx › 第 8 行第 1 欄：圖片不能連到其他網站：離線時看不到，也無法自動壓縮（目前的值：https://example.com/a.png）。修正：下載圖片（確認可以使用）後，把圖片放在 content/lessons/role/images/，寫成 ![圖片說明](./images/檔名.png)',
      ],
    ],
    [
      'a file that is not an image',
      '![講義](./images/handout.pdf)',
      [],
      [
        'content/lessons/role/intro.mdx › 第 8 行第 1 欄：這種檔案不能當圖片（只接受 png、jpg、jpeg、webp、gif、avif、svg）（目前的值：./images/handout.pdf）。修正：把圖片另存成 .png 或 .jpg，再修改路徑',
      ],
    ],
    [
      'an HTML img tag',
      '<img src="./images/shelf.png" alt="貨架" />',
      ['content/lessons/role/images/shelf.png'],
      [
        'content/lessons/role/intro.mdx › 第 8 行第 1 欄：課文裡的 <img> 標籤不會被檢查，也不會自動壓縮（目前的值：<img>）。修正：改用 Markdown 圖片寫法：把圖片放在 content/lessons/role/images/，寫成 ![圖片說明](./images/檔名.png)',
      ],
    ],
    [
      'an empty path',
      '![貨架]()',
      [],
      [
        'content/lessons/role/intro.mdx › 第 8 行第 1 欄：圖片沒有寫檔案路徑。修正：把圖片放在 content/lessons/role/images/，寫成 ![圖片說明](./images/檔名.png)',
      ],
    ],
  ])('reports %s', (_name, body, images, expected) => {
    expect(messagesFor(body, images)).toEqual(expected);
  });

  it('stops the content check for a missing image (fixture missing-image)', () => {
    const result = validateContent(withBadFixture('missing-image'));
    expect(result.ok ? [] : result.problems.map(formatProblem)).toEqual([
      'content/lessons/role/intro.mdx › 第 15 行第 1 欄：找不到這張圖片（應該在 content/lessons/role/images/shelf.png）（目前的值：./images/shelf.png）。修正：把圖片放到 content/lessons/role/images/shelf.png，或改正路徑；把圖片放在 content/lessons/role/images/，寫成 ![圖片說明](./images/檔名.png)',
    ]);
  });

  it('stops the content check for an image without alt text (fixture missing-alt)', () => {
    const result = validateContent(withBadFixture('missing-alt'));
    expect(result.ok ? [] : result.problems.map(formatProblem)).toEqual([
      'content/lessons/role/intro.mdx › 第 15 行第 1 欄：圖片缺少替代文字：看不到圖片的學員（例如使用螢幕閱讀器）會不知道圖片在說什麼（目前的值：./images/shelf.png）。修正：在 ![ ] 的方括號裡用一句話說明圖片內容，例如 ![貨架陳列示意圖](./images/shelf.png)',
    ]);
  });

  it('leaves the valid fixture passing', () => {
    expect(validateContent(validFixture()).ok).toBe(true);
  });
});
