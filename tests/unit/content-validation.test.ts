import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readContentFiles } from '../../src/content-model/build/load.ts';
import { formatProblem } from '../../src/content-model/model/problems.ts';
import { validateContent } from '../../src/content-model/model/validate.ts';
import { validFixture, withBadFixture } from './content-fixtures.ts';

const valid = validFixture();

function messages(name: string): string[] {
  const result = validateContent(withBadFixture(name));
  if (result.ok) throw new Error(`fixture ${name} passed validation`);
  return result.problems.map(formatProblem);
}

describe('content validation', () => {
  it('accepts the valid fixture and returns its parsed content', () => {
    const result = validateContent(valid);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.content.lessons.map((l) => l.id)).toEqual(['role/intro']);
    expect(result.content.quizzes[0]?.quiz.questions.map((q) => q.type)).toEqual([
      'single',
      'multiple',
      'truefalse',
      'order',
      'match',
      'scenario',
    ]);
  });

  it('accepts the real course', () => {
    const result = validateContent(readContentFiles(join(import.meta.dirname, '../..')));
    expect(result.ok ? [] : result.problems.map(formatProblem)).toEqual([]);
    // Every lesson body is parsed as MDX: allow for a slow, busy machine.
  }, 30_000);

  it.each<[string, string[]]>([
    [
      'unknown-module',
      [
        'content/lessons/role/intro.mdx › module：這個模組不在 content/modules.yaml 裡（目前的值：rol）。修正：你是不是要寫「role」？',
      ],
    ],
    [
      'unknown-skill',
      [
        'content/lessons/role/intro.mdx › skills[0]：這個技能不在 content/framework.yaml 裡（目前的值：dual-rol）。修正：你是不是要寫「dual-role」？或先在 framework.yaml 的 skills 加上它',
      ],
    ],
    [
      'unknown-quiz',
      [
        'content/lessons/role/intro.mdx › quiz：找不到這份測驗（目前的值：role-basic）。修正：你是不是要寫「role-basics」？否則請建立 content/quizzes/role-basic.yaml',
      ],
    ],
    [
      'duplicate-order',
      [
        'content/lessons/role/second.mdx › order：模組 role 裡已有另一課用了這個順序（content/lessons/role/intro.mdx）（目前的值：1）。修正：給同一模組裡的每一課不同的 order',
      ],
    ],
    ['missing-field', ['content/lessons/role/intro.mdx › title：缺少必填欄位。修正：加上「title:」欄位並填入內容']],
    [
      'invalid-yaml',
      [
        'content/quizzes/role-basics.yaml › 第 7 行第 6 欄：YAML 格式錯誤：這一行的縮排比上一行多，和同一層的欄位沒有對齊。修正：把這一行往左移，和上一行的「prompt」對齊',
      ],
    ],
    [
      'duplicate-question-id',
      [
        'content/quizzes/role-basics.yaml › questions[1].id：題目 id 重複（第 1、2 題）（目前的值：q1）。修正：每題的 id 在同一份測驗裡必須不同，例如 q1、q2、q3',
      ],
    ],
    [
      'duplicate-option-id',
      [
        'content/quizzes/role-basics.yaml › questions[0].options[1].id：題目 q1 裡有重複的 id（目前的值：a）。修正：同一題的每個 options 必須有不同的 id，例如 a、b、c',
      ],
    ],
    [
      'single-two-correct',
      [
        'content/quizzes/role-basics.yaml › questions[0].options：單選題 q1 必須正好有一個正確選項，目前有 2 個（目前的值：a、b）。修正：只在一個選項寫 correct: true；若有多個答案，把 type 改成 multiple',
      ],
    ],
    [
      'truefalse-no-correct',
      [
        'content/quizzes/role-basics.yaml › questions[2].options：是非題 q3 必須正好有一個正確選項，目前有 0 個（目前的值：沒有）。修正：在正確的選項加上 correct: true',
      ],
    ],
    [
      'scenario-two-best',
      [
        'content/quizzes/role-basics.yaml › questions[5].options：情境題 q6 必須正好有一個最佳選項（score: 2），目前有 2 個（目前的值：a、b）。修正：只給最佳做法 score: 2，其他可接受的給 1，不佳的給 0',
      ],
    ],
    [
      'multiple-no-correct',
      [
        'content/quizzes/role-basics.yaml › questions[1].options：複選題 q2 沒有任何正確選項（目前的值：沒有）。修正：在每個正確的選項加上 correct: true（至少一個）',
      ],
    ],
    [
      'unknown-question-type',
      [
        'content/quizzes/role-basics.yaml › questions[3].type：題型必須是 single、multiple、truefalse、order、match 或 scenario（目前的值：ordering）。修正：把 type 改成 single、multiple、truefalse、order、match 或 scenario',
      ],
    ],
    [
      'missing-feedback',
      [
        'content/quizzes/role-basics.yaml › questions[0].options[1].feedback：缺少必填欄位。修正：加上「feedback:」欄位並填入內容',
      ],
    ],
    [
      'untaught-skill',
      [
        'content/framework.yaml › skills[2].id：沒有任何一課教這項技能（目前的值：market-research）。修正：在一課的 skills 加上 market-research，或從 framework.yaml 刪掉這項技能',
        'content/framework.yaml › skills[2].id：自評問卷沒有任何題目量這項技能（目前的值：market-research）。修正：在 content/assessments/ 的問卷加一題 skill: market-research',
      ],
    ],
    [
      'wrong-folder',
      [
        'content/lessons/other/intro.mdx › module：課程放在 other/ 資料夾，但 module 寫的是別的模組（目前的值：role）。修正：把 module 改成 other，或把檔案移到 content/lessons/role/',
      ],
    ],
  ])('%s: one message per problem, naming the file, the field, the value and the fix', (name, expected) => {
    expect(messages(name)).toEqual(expected);
  });

  it('reports every problem at once, not only the first', () => {
    const files = withBadFixture('unknown-skill').map((f) =>
      f.path.endsWith('role-basics.yaml') ? { ...f, text: f.text.replace('  - id: q2', '  - id: q1') } : f,
    );
    const result = validateContent(files);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.length).toBeGreaterThanOrEqual(2);
  });
});
