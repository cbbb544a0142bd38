import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/content-model/model/problems.ts';
import { validateContent } from '../../src/content-model/model/validate.ts';
import { withBadFixture } from './content-fixtures.ts';

describe('content ids follow the id rule of stored progress', () => {
  it('names every id progress could not keep: file, field, value and fix', () => {
    const result = validateContent(withBadFixture('progress-ids'));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map(formatProblem)).toMatchInlineSnapshot(`
      [
        "content/lessons/role/客戶關係.mdx › （檔名）：課程檔名會存進學員的學習進度，只能用英文字母、數字和 . _ : -（不能有中文、空格或 /），否則學員的記錄會在下次開啟網頁時遺失（目前的值：客戶關係）。修正：改用英文字母與數字，例如「customer-visit」，把檔案改名為 content/lessons/role/customer-visit.mdx",
        "content/quizzes/role-basics.yaml › questions[0].id：題目 id 會存進學員的學習進度，只能用英文字母、數字和 . _ : -（不能有中文、空格或 /），否則學員的記錄會在下次開啟網頁時遺失（目前的值：第1題）。修正：改用英文字母與數字，例如「q1」",
        "content/quizzes/role-basics.yaml › questions[0].options[1].id：選項 id 會存進學員的學習進度，只能用英文字母、數字和 . _ : -（不能有中文、空格或 /），否則學員的記錄會在下次開啟網頁時遺失（目前的值：b 1）。修正：改用英文字母與數字，例如「b-1」",
        "content/quizzes/role-basics.yaml › questions[1].id：題目 id「toString」是每個 JavaScript 物件都內建的名稱，存進學習進度時會讀到內建的值而不是這筆記錄（目前的值：toString）。修正：改用更具體的名稱，例如「tostring-1」或「q2」",
        "content/quizzes/role-basics.yaml › questions[3].items[0].id：步驟 id 會存進學員的學習進度，只能用英文字母、數字和 . _ : -（不能有中文、空格或 /），否則學員的記錄會在下次開啟網頁時遺失（目前的值：s/1）。修正：改用英文字母與數字，例如「s-1」",
        "content/assessments/self.yaml › items[1].id：自評題目 id「constructor」是每個 JavaScript 物件都內建的名稱，存進學習進度時會讀到內建的值而不是這筆記錄（目前的值：constructor）。修正：改用更具體的名稱，例如「constructor-1」或「a2」",
      ]
    `);
  });
});
