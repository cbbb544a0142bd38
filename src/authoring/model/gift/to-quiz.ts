/**
 * Turns parsed GIFT questions into a quiz in the site's format, with a report in
 * Chinese of everything the trainer should review or could not be converted. Pure.
 */
import type { Question, Quiz } from '../../../course/model/schemas.ts';
import type { GiftChoice, GiftKind, GiftProblem, GiftQuestion } from './parse.ts';

export interface ConvertOptions {
  /** The skill every imported question is tagged with. */
  skill: string;
  /** The quiz title; defaults to the last category, then to `fallbackTitle`. */
  title?: string | undefined;
  fallbackTitle: string;
  kind?: 'apply' | 'recall';
}

export interface ConvertResult {
  quiz: Quiz;
  /** One line per question converted with changes to review, or not converted. */
  report: string[];
  converted: number;
  skipped: number;
}

/** Names of the GIFT kinds the site has no question type for. */
export const UNSUPPORTED: Partial<Record<GiftKind, string>> = {
  shortanswer: '簡答題',
  numerical: '數值題',
  essay: '申論題',
  description: '說明文字（沒有答案）',
  missingword: '填空題（大括號後面還有文字）',
};

const letters = 'abcdefghijklmnopqrstuvwxyz';
const optionId = (i: number) => (i < letters.length ? letters[i]! : `o${i + 1}`);

const where = (q: { line: number; title?: string }, n: number) =>
  `第 ${n} 題（GIFT 第 ${q.line} 行${q.title ? `，${q.title}` : ''}）`;

const quote = (texts: string[]) => texts.map((t) => `「${t}」`).join('、');

/** Converts every convertible question; the rest are reported, never dropped silently. */
export function giftToQuiz(
  questions: readonly GiftQuestion[],
  problems: readonly GiftProblem[],
  options: ConvertOptions,
): ConvertResult {
  const report: string[] = problems.map((p) => `GIFT 第 ${p.line} 行：${p.message}，沒有匯入。`);
  const out: Question[] = [];
  const kind = options.kind ?? 'recall';
  questions.forEach((g, i) => {
    const n = i + 1;
    const unsupported = UNSUPPORTED[g.kind];
    if (unsupported) {
      report.push(`${where(g, n)}是${unsupported}，網站沒有這種題型，沒有匯入。`);
      return;
    }
    if (g.text === '') {
      report.push(`${where(g, n)}沒有題目文字，沒有匯入。`);
      return;
    }
    const id = `q${out.length + 1}`;
    const notes: string[] = [];
    const converted = convertOne(g, id, options.skill, kind, notes);
    if (typeof converted === 'string') {
      report.push(`${where(g, n)}${converted}，沒有匯入。`);
      return;
    }
    out.push(converted);
    if (notes.length > 0) report.push(`${where(g, n)} → ${id}：${notes.join('；')}。`);
  });
  const category = questions.map((q) => q.category).find((c) => c !== undefined);
  const title = options.title ?? category?.split('/').filter(Boolean).pop() ?? options.fallbackTitle;
  if (out.length > 0) {
    report.push(
      `每一題的 kind 都先設為 ${kind}（${kind === 'recall' ? '回想課文' : '新情境'}）；請逐題確認，考新情境的改成 apply。`,
    );
  }
  return {
    quiz: { title, questions: out },
    report,
    converted: out.length,
    skipped: questions.length - out.length + problems.length,
  };
}

function explanationFor(g: GiftQuestion, rightAnswer: string, notes: string[]): string {
  if (g.generalFeedback) return g.generalFeedback;
  notes.push('沒有整題回饋（####），explanation 先寫成正確答案，請改寫成說明');
  return `正確答案：${rightAnswer}。`;
}

function choiceFeedback(c: GiftChoice, correct: boolean, right: string[], single: boolean): string {
  if (c.feedback) return c.feedback;
  if (correct) return single ? '答對了。' : '這是正確的選項之一。';
  return single ? `不正確，正確答案是${quote(right)}。` : '這個選項不正確。';
}

function convertOne(
  g: GiftQuestion,
  id: string,
  skill: string,
  kind: 'apply' | 'recall',
  notes: string[],
): Question | string {
  const base = { id, skill, kind, prompt: g.text };
  switch (g.kind) {
    case 'multichoice': {
      if (g.choices.length < 2) return '只有一個選項';
      if (g.choices.some((c) => c.text === '')) return '有空白的選項';
      const correct = g.single ? g.choices.map((c) => c.right) : g.choices.map((c) => (c.weight ?? 0) > 0);
      const right = g.choices.filter((_, i) => correct[i]).map((c) => c.text);
      if (g.single && right.length !== 1) return `有 ${right.length} 個 = 正確答案（單選題只能有一個）`;
      if (!g.single && right.length === 0) return '沒有任何得分為正的答案（複選題要用 ~%50% 這類權重標出正確答案）';
      if (g.single && g.choices.some((c) => !c.right && (c.weight ?? 0) > 0))
        notes.push('有部分給分的選項（~%n%），網站的單選題只有對錯，已當作錯誤選項');
      if (!g.single && g.choices.some((c) => (c.weight ?? 0) > 0 && (c.weight ?? 0) < 100))
        notes.push('複選題的權重已換成「正分 = 正確選項」');
      const missing = g.choices.filter((c) => !c.feedback).length;
      if (missing > 0) notes.push(`${missing} 個選項沒有回饋（#），已補上簡短回饋，請改寫成說明原因的句子`);
      return {
        ...base,
        type: g.single ? 'single' : 'multiple',
        options: g.choices.map((c, i) => ({
          id: optionId(i),
          text: c.text,
          ...(correct[i] ? { correct: true } : {}),
          feedback: choiceFeedback(c, correct[i]!, right, g.single),
        })),
        explanation: explanationFor(g, quote(right), notes),
      };
    }
    case 'truefalse': {
      if (!g.feedbackRight || !g.feedbackWrong)
        notes.push('是非題缺少答對或答錯的回饋（{T#答錯時#答對時}），已補上簡短回饋，請改寫');
      const right = g.feedbackRight ?? '答對了。';
      const wrong = g.feedbackWrong ?? `不正確，這句話是${g.answer ? '對' : '錯'}的。`;
      return {
        ...base,
        type: 'truefalse',
        options: [
          { id: 'true', text: '對', ...(g.answer ? { correct: true } : {}), feedback: g.answer ? right : wrong },
          { id: 'false', text: '錯', ...(!g.answer ? { correct: true } : {}), feedback: g.answer ? wrong : right },
        ],
        explanation: explanationFor(g, g.answer ? '對' : '錯', notes),
      };
    }
    case 'matching': {
      if (g.pairs.length < 2) return '配對少於兩組';
      if (g.pairs.some((p) => p.left === '' || p.right === ''))
        return '有一組配對缺少左邊的題目（Moodle 的「多餘選項」網站不支援）';
      return {
        ...base,
        type: 'match',
        pairs: g.pairs.map((p, i) => ({ id: `p${i + 1}`, left: p.left, right: p.right })),
        explanation: explanationFor(g, g.pairs.map((p) => `${p.left} → ${p.right}`).join('；'), notes),
      };
    }
    default:
      return '這種題型無法匯入';
  }
}
