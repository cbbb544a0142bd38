import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importGift } from '../../src/authoring/build/gift/cli.ts';
import { parse } from 'yaml';
import { parseGift, htmlToText, joinLines, type GiftQuestion } from '../../src/authoring/model/gift/parse.ts';
import { giftToQuiz } from '../../src/authoring/model/gift/to-quiz.ts';
import { quizYaml } from '../../src/authoring/model/gift/write.ts';
import { readContentFiles } from '../../src/content-model/build/load.ts';
import { formatProblem } from '../../src/content-model/model/problems.ts';
import { quizSchema } from '../../src/course/model/schemas.ts';
import { validateContent } from '../../src/content-model/model/validate.ts';

/** The one question a GIFT snippet holds, without its line and format bookkeeping. */
const one = (gift: string) => {
  const { questions, problems } = parseGift(gift);
  expect(problems).toEqual([]);
  expect(questions).toHaveLength(1);
  const { line: _line, format: _format, ...rest } = questions[0]!;
  return rest;
};

describe('GIFT parser', () => {
  it.each<[string, string, Record<string, unknown>]>([
    [
      'multiple choice with one right answer',
      '老闆最常問的是什麼？{=新品價格 ~天氣 ~球賽}',
      {
        kind: 'multichoice',
        single: true,
        text: '老闆最常問的是什麼？',
        choices: [
          { text: '新品價格', right: true },
          { text: '天氣', right: false },
          { text: '球賽', right: false },
        ],
      },
    ],
    [
      'per-answer feedback and general feedback',
      '::Q1:: 缺貨時先做什麼？{\n=查庫存#對，先看數字。\n~直接道歉#道歉不能解決問題。\n####先查清楚，再回覆零售戶。}',
      {
        kind: 'multichoice',
        single: true,
        title: 'Q1',
        text: '缺貨時先做什麼？',
        generalFeedback: '先查清楚，再回覆零售戶。',
        choices: [
          { text: '查庫存', right: true, feedback: '對，先看數字。' },
          { text: '直接道歉', right: false, feedback: '道歉不能解決問題。' },
        ],
      },
    ],
    [
      'multiple answers with weights',
      '哪些是陳列要點？{~%50%明碼標價#對 ~%50%主銷放視線高度 ~%-100%堆滿雜物#不對}',
      {
        kind: 'multichoice',
        single: false,
        text: '哪些是陳列要點？',
        choices: [
          { text: '明碼標價', right: false, weight: 50, feedback: '對' },
          { text: '主銷放視線高度', right: false, weight: 50 },
          { text: '堆滿雜物', right: false, weight: -100, feedback: '不對' },
        ],
      },
    ],
    [
      'true/false with wrong and right feedback',
      '拜訪前要先看上次的記錄。{T#其實要看。#沒錯。}',
      {
        kind: 'truefalse',
        text: '拜訪前要先看上次的記錄。',
        answer: true,
        feedbackWrong: '其實要看。',
        feedbackRight: '沒錯。',
      },
    ],
    [
      'FALSE spelled out',
      '可以賣給未成年人。{FALSE}',
      { kind: 'truefalse', text: '可以賣給未成年人。', answer: false },
    ],
    [
      'matching',
      '配對：{\n=慢銷品 -> 少量進貨\n=快銷品 -> 保持庫存\n=新品 -> 先試銷\n}',
      {
        kind: 'matching',
        text: '配對：',
        pairs: [
          { left: '慢銷品', right: '少量進貨' },
          { left: '快銷品', right: '保持庫存' },
          { left: '新品', right: '先試銷' },
        ],
      },
    ],
    [
      'escaped characters',
      '比例 1\\:2 用 \\{ \\} 包住，\\= 與 \\~ 和 \\# 都是文字。{=a\\=b#回饋\\#1 ~c\\~d}',
      {
        kind: 'multichoice',
        single: true,
        text: '比例 1:2 用 { } 包住，= 與 ~ 和 # 都是文字。',
        choices: [
          { text: 'a=b', right: true, feedback: '回饋#1' },
          { text: 'c~d', right: false },
        ],
      },
    ],
    [
      'a question over several lines',
      '零售戶說：\n「這款賣不動。」\nYou should\nlisten first.\n{=先問原因 ~馬上退貨}',
      {
        kind: 'multichoice',
        single: true,
        text: '零售戶說：「這款賣不動。」 You should listen first.',
        choices: [
          { text: '先問原因', right: true },
          { text: '馬上退貨', right: false },
        ],
      },
    ],
    [
      'HTML format',
      '[html]<p>價簽要<b>正確</b>&amp;清楚</p>{=對 ~<i>錯</i>}',
      {
        kind: 'multichoice',
        single: true,
        text: '價簽要正確&清楚',
        choices: [
          { text: '對', right: true },
          { text: '錯', right: false },
        ],
      },
    ],
    [
      'Markdown format',
      '[markdown]**主銷**放在 *視線高度*？{T}',
      { kind: 'truefalse', text: '主銷放在 視線高度？', answer: true },
    ],
    ['short answer', '首都是？{=台北 =臺北}', { kind: 'shortanswer', text: '首都是？' }],
    ['numerical', '一條有幾包？{#10}', { kind: 'numerical', text: '一條有幾包？' }],
    ['essay', '寫下你的拜訪計劃。{}', { kind: 'essay', text: '寫下你的拜訪計劃。' }],
    ['description', '以下題目關於陳列。', { kind: 'description', text: '以下題目關於陳列。' }],
    [
      'missing word',
      '客戶經理要{=提醒 ~命令}零售戶守法。',
      { kind: 'missingword', text: '客戶經理要 _____ 零售戶守法。' },
    ],
  ])('reads %s', (_name, gift, expected) => {
    expect(one(gift)).toEqual(expected);
  });

  it('skips comments, keeps categories, and numbers lines from the file', () => {
    const { questions } = parseGift(
      [
        '// 匯出自 Moodle',
        '$CATEGORY: $course$/頂層/陳列',
        '',
        '// 第一題',
        '::A:: 甲？{T}',
        '',
        '',
        '$CATEGORY: 缺貨',
        '::B:: 乙？ // 這不是註解',
        '{F}',
      ].join('\n'),
    );
    expect(questions.map((q) => [q.title, q.category, q.line, q.text])).toEqual([
      ['A', '頂層/陳列', 5, '甲？'],
      ['B', '缺貨', 9, '乙？ // 這不是註解'],
    ]);
  });

  it('keeps a blank line inside an open answer block in the same question', () => {
    const { questions } = parseGift('題目{\n=對\n\n~錯\n}');
    expect(questions).toHaveLength(1);
    expect((questions[0] as Extract<GiftQuestion, { kind: 'multichoice' }>).choices).toHaveLength(2);
  });

  it('reports an unclosed brace and an unreadable true/false answer with their lines', () => {
    expect(parseGift('甲{=對 ~錯\n\n').problems).toEqual([{ line: 1, message: '答案的大括號 { 沒有對應的 }' }]);
    expect(parseGift('\n\n乙{maybe}').problems).toEqual([
      { line: 3, message: '看不懂的答案「maybe」：是非題要寫 {T} 或 {F}，選擇題的每個答案前要有 = 或 ~' },
    ]);
  });

  it('turns HTML entities and breaks into text and joins CJK lines without spaces', () => {
    expect(htmlToText('a<br>b&lt;c&#x4e2d;&#25991;')).toBe('a\nb<c中文');
    expect(joinLines('第一行\n第二行\nend\nof line')).toBe('第一行第二行 end of line');
  });
});

const bank = `// 陳列與缺貨題庫（從 Moodle 匯出）
$CATEGORY: $course$/實務/陳列與缺貨

::單選:: 顧客最常問的主銷規格，應該放在哪裡？{
  =視線高度#對，顧客一眼就看得到。
  ~最下層#太低，顧客要彎腰才看得到。
  ~收銀機後面#顧客看不到。
  ####主銷放視線高度，方便顧客找到、方便零售戶推薦。
}

::是非:: 零售戶缺貨時，客戶經理應該先查清楚原因再回覆。{TRUE#先查再回覆，才說得準。#沒錯，先弄清楚再說。}

::複選:: 哪些做法符合明碼標價？{
  ~%50%每個規格都有價簽#對。
  ~%50%價簽和收銀價格一致#對。
  ~%-100%只在老闆記得時才標價#不對，要一直標清楚。
}

::配對:: 為每種狀況選出做法。{
  =慢銷品 -> 少量進貨
  =快銷品 -> 保持安全庫存
  =新品 -> 小量試銷
  ####先分辨狀況，再決定進貨。
}

::數值:: 一條有幾包？{#10}

::簡答:: 寫出一個陳列要點。{=明碼標價}

::申論:: 說說你的拜訪計劃。{}

本題庫到此為止。

::填空:: 客戶經理要{=提醒 ~命令}零售戶守法。
`;

describe('GIFT to quiz', () => {
  const { questions, problems } = parseGift(bank);
  const result = giftToQuiz(questions, problems, { skill: 'retailer-support', fallbackTitle: 'bank' });

  it('converts single, true/false, multiple and matching questions', () => {
    expect(result.quiz.questions.map((q) => [q.id, q.type, q.skill, q.kind])).toEqual([
      ['q1', 'single', 'retailer-support', 'recall'],
      ['q2', 'truefalse', 'retailer-support', 'recall'],
      ['q3', 'multiple', 'retailer-support', 'recall'],
      ['q4', 'match', 'retailer-support', 'recall'],
    ]);
    expect(result.quiz.title).toBe('陳列與缺貨');
    expect(result.converted).toBe(4);
    expect(result.skipped).toBe(5);
  });

  it('keeps each answer, its feedback and the general feedback as the explanation', () => {
    const [single, tf, multiple] = result.quiz.questions;
    expect(single).toMatchObject({
      prompt: '顧客最常問的主銷規格，應該放在哪裡？',
      options: [
        { id: 'a', text: '視線高度', correct: true, feedback: '對，顧客一眼就看得到。' },
        { id: 'b', text: '最下層', feedback: '太低，顧客要彎腰才看得到。' },
        { id: 'c', text: '收銀機後面', feedback: '顧客看不到。' },
      ],
      explanation: '主銷放視線高度，方便顧客找到、方便零售戶推薦。',
    });
    expect(tf).toMatchObject({
      options: [
        { id: 'true', text: '對', correct: true, feedback: '沒錯，先弄清楚再說。' },
        { id: 'false', text: '錯', feedback: '先查再回覆，才說得準。' },
      ],
    });
    expect(multiple).toMatchObject({
      options: [{ correct: true }, { correct: true }, { feedback: '不對，要一直標清楚。' }],
    });
    expect(multiple?.type === 'multiple' && multiple.options[2]).not.toHaveProperty('correct');
  });

  it('reports in Chinese what it could not convert and what to review', () => {
    expect(result.report).toEqual([
      '第 2 題（GIFT 第 11 行，是非） → q2：沒有整題回饋（####），explanation 先寫成正確答案，請改寫成說明。',
      '第 3 題（GIFT 第 13 行，複選） → q3：複選題的權重已換成「正分 = 正確選項」；沒有整題回饋（####），explanation 先寫成正確答案，請改寫成說明。',
      '第 5 題（GIFT 第 26 行，數值）是數值題，網站沒有這種題型，沒有匯入。',
      '第 6 題（GIFT 第 28 行，簡答）是簡答題，網站沒有這種題型，沒有匯入。',
      '第 7 題（GIFT 第 30 行，申論）是申論題，網站沒有這種題型，沒有匯入。',
      '第 8 題（GIFT 第 32 行）是說明文字（沒有答案），網站沒有這種題型，沒有匯入。',
      '第 9 題（GIFT 第 34 行，填空）是填空題（大括號後面還有文字），網站沒有這種題型，沒有匯入。',
      '每一題的 kind 都先設為 recall（回想課文）；請逐題確認，考新情境的改成 apply。',
    ]);
  });

  it('fills missing feedback with a short line and says so', () => {
    const { questions: qs } = parseGift('甲？{=對 ~錯}');
    const r = giftToQuiz(qs, [], { skill: 'dual-role', fallbackTitle: 't' });
    expect(r.quiz.questions[0]).toMatchObject({
      options: [{ feedback: '答對了。' }, { feedback: '不正確，正確答案是「對」。' }],
      explanation: '正確答案：「對」。',
    });
    expect(r.report[0]).toBe(
      '第 1 題（GIFT 第 1 行） → q1：2 個選項沒有回饋（#），已補上簡短回饋，請改寫成說明原因的句子；沒有整題回饋（####），explanation 先寫成正確答案，請改寫成說明。',
    );
  });

  it.each<[string, string]>([
    ['甲？{=對 =也對 ~錯}', '第 1 題（GIFT 第 1 行）有 2 個 = 正確答案（單選題只能有一個），沒有匯入。'],
    [
      '甲？{~%-50%錯 ~%0%也錯}',
      '第 1 題（GIFT 第 1 行）沒有任何得分為正的答案（複選題要用 ~%50% 這類權重標出正確答案），沒有匯入。',
    ],
    ['甲？{=a -> b}', '第 1 題（GIFT 第 1 行）配對少於兩組，沒有匯入。'],
  ])('refuses %s with a reason', (gift, line) => {
    const { questions: qs, problems: ps } = parseGift(gift);
    expect(giftToQuiz(qs, ps, { skill: 'dual-role', fallbackTitle: 't' }).report[0]).toBe(line);
  });

  it("writes YAML that the project's quiz schema and content check accept", () => {
    const text = quizYaml(result.quiz, 'bank.gift');
    const parsed = quizSchema.safeParse(parse(text));
    expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
    const root = join(import.meta.dirname, '../..');
    const files = [...readContentFiles(root), { path: 'content/quizzes/imported-bank.yaml', text }];
    const checked = validateContent(files);
    expect(checked.ok ? [] : checked.problems.map(formatProblem)).toEqual([]);
    expect(text).toContain('id: "true"');
  });
});

describe('npm run import:gift', () => {
  const root = join(import.meta.dirname, '../..');
  let tmp: string;
  beforeEach(() => {
    tmp = mkdtempSync(join(tmpdir(), 'gift-'));
    cpSync(join(root, 'content'), join(tmp, 'content'), { recursive: true });
    writeFileSync(join(tmp, 'bank.gift'), bank);
  });
  afterEach(() => rmSync(tmp, { recursive: true, force: true }));

  it('writes a quiz that the whole content check accepts', () => {
    const outcome = importGift({ root: tmp, file: 'bank.gift', skill: 'retailer-support' });
    expect(outcome.lines[0]).toBe('已匯入 4 題，寫入 content/quizzes/bank.yaml；5 題沒有匯入。');
    expect(outcome.written).toBe('content/quizzes/bank.yaml');
    const checked = validateContent(readContentFiles(tmp));
    expect(checked.ok ? [] : checked.problems.map(formatProblem)).toEqual([]);
    const written = readFileSync(join(tmp, 'content/quizzes/bank.yaml'), 'utf8');
    expect(written.split('\n').slice(3, 6)).toEqual(['questions:', '  - id: "q1"', '    type: "single"']);
  });

  it('refuses without --skill and lists the valid skill ids', () => {
    const outcome = importGift({ root: tmp, file: 'bank.gift' });
    expect(outcome.ok).toBe(false);
    expect(outcome.lines[0]).toBe('請用 --skill 指定這些題目練習的技能（每一題都會標上它，匯入後可以逐題修改）。');
    expect(outcome.lines[1]).toMatch(/^可用的技能：.*retailer-support（幫助零售戶經營）/);
    expect(existsSync(join(tmp, 'content/quizzes/bank.yaml'))).toBe(false);
  });

  it.each<[string, Parameters<typeof importGift>[0] extends infer R ? Omit<R & object, 'root'> : never, string]>([
    [
      'a mistyped skill',
      { file: 'bank.gift', skill: 'retailer-suport' },
      '技能「retailer-suport」不在 content/framework.yaml 裡。你是不是要寫「retailer-support」？',
    ],
    ['a missing file', { file: 'none.gift', skill: 'dual-role' }, '找不到 GIFT 檔案：none.gift'],
    [
      'an output outside content/quizzes',
      { file: 'bank.gift', skill: 'dual-role', out: 'content/lessons/x.yaml' },
      '輸出檔「content/lessons/x.yaml」不對：測驗要放在 content/quizzes/，檔名（測驗 id）只能用小寫英文字母、數字與連字號，副檔名 .yaml。',
    ],
    [
      'an existing quiz',
      { file: 'bank.gift', skill: 'dual-role', out: 'content/quizzes/role-win-win.yaml' },
      'content/quizzes/role-win-win.yaml 已經存在，沒有覆蓋。',
    ],
    [
      'a wrong kind',
      { file: 'bank.gift', skill: 'dual-role', kind: 'both' },
      '--kind 只能是 apply（新情境）或 recall（回想課文），目前是「both」。',
    ],
  ])('refuses %s in Chinese and writes nothing', (_name, req, first) => {
    const before = readContentFiles(tmp);
    const outcome = importGift({ root: tmp, ...req });
    expect(outcome.ok).toBe(false);
    expect(outcome.lines[0]).toBe(first);
    expect(readContentFiles(tmp)).toEqual(before);
  });

  it('runs as a command through the npm script', () => {
    const run = spawnSync(
      'node',
      [
        join(root, 'scripts/run-ts.mjs'),
        'src/authoring/build/gift/cli.ts',
        'bank.gift',
        '--skill',
        'retailer-support',
        '--out',
        'content/quizzes/practice-bank.yaml',
      ],
      { cwd: tmp, encoding: 'utf8' },
    );
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('已匯入 4 題，寫入 content/quizzes/practice-bank.yaml');
    expect(validateContent(readContentFiles(tmp)).ok).toBe(true);
  }, 60_000);
});
