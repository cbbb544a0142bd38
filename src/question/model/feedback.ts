/**
 * What the feedback under an answered question says, line by line. Pure: the island only translates and
 * renders these lines. Each line's prefix already states the verdict, so an option's own feedback loses
 * a leading verdict word (「對。」, 「錯。」) that would contradict it, and quotes are never doubled.
 */
import type { Question } from '../../course/model/schemas.ts';
import type { Answer } from '../../progress/model/document.ts';
import { isAnswered } from './answered.ts';

export interface FeedbackLine {
  /** i18n key of the line's prefix, e.g. `quiz.feedback.missed`. */
  key: string;
  vars: Record<string, string>;
  /** The author's feedback for that option, without a leading verdict word; empty when there is none. */
  detail: string;
}

const VERDICT_WORD = /^(?:對|沒錯|正確|答對了|不對|錯|錯誤|不正確|答錯了|最好|最佳|不好)[。！!，,：:]\s*/;

/** The author's feedback without a leading verdict word (the line's prefix says right or wrong). */
export function stripVerdict(feedback: string): string {
  const stripped = feedback.trim().replace(VERDICT_WORD, '');
  return stripped === '' ? feedback.trim() : stripped;
}

/**
 * Text in corner brackets exactly once: 「text」. Text that is already one quotation stays as it is;
 * quotes inside are turned into inner quotes 『』, as Chinese nests them.
 */
export function quote(text: string): string {
  const t = text.trim();
  const inner = t.slice(1, -1);
  if (t.startsWith('「') && t.endsWith('」') && !inner.includes('「') && !inner.includes('」')) return t;
  return `「${t.replace(/「/g, '『').replace(/」/g, '』')}」`;
}

const line = (key: string, text: string, feedback = ''): FeedbackLine => ({
  key,
  vars: { text: quote(text) },
  detail: feedback ? stripVerdict(feedback) : '',
});

/** The lines for a choice question (single, true/false, scenario). */
function choiceLines(
  q: Question & { options: { id: string; text: string; feedback: string }[] },
  answer: Answer | undefined,
) {
  const isBest = (o: (typeof q.options)[number]) =>
    'score' in o ? o.score === 2 : (o as { correct?: boolean }).correct === true;
  const chosen = q.options.filter((o) => o.id === answer);
  const best = q.options.filter((o) => o.id !== answer && isBest(o));
  return [
    ...chosen.map((o) => line('quiz.feedback.chosen', o.text, o.feedback)),
    ...best.map((o) =>
      line(q.type === 'scenario' ? 'quiz.feedback.best' : 'quiz.feedback.correct', o.text, o.feedback),
    ),
  ];
}

/** The feedback lines of an answered question; order and match questions list their right order or pairs. */
export function feedbackLines(q: Question, answer: Answer | undefined): FeedbackLine[] {
  switch (q.type) {
    case 'single':
    case 'truefalse':
    case 'scenario':
      return choiceLines(q, answer);
    case 'multiple': {
      if (!isAnswered(answer) || !Array.isArray(answer)) {
        // Nothing ticked: say which were right, not "✓ not ticking … was right".
        return q.options
          .filter((o) => o.correct === true)
          .map((o) => line('quiz.feedback.correct', o.text, o.feedback));
      }
      return q.options.map((o) => {
        const chosen = answer.includes(o.id);
        const key =
          o.correct === true
            ? chosen
              ? 'quiz.feedback.hit'
              : 'quiz.feedback.missed'
            : chosen
              ? 'quiz.feedback.wrongPick'
              : 'quiz.feedback.rightSkip';
        return line(key, o.text, o.feedback);
      });
    }
    case 'order':
      return [];
    case 'match': {
      const given = answer && typeof answer === 'object' && !Array.isArray(answer) ? answer : {};
      return q.pairs.map((p) => ({
        key: Object.hasOwn(given, p.id) && given[p.id] === p.id ? 'quiz.feedback.pairOk' : 'quiz.feedback.pairWrong',
        vars: { left: p.left, right: quote(p.right) },
        detail: '',
      }));
    }
  }
}
