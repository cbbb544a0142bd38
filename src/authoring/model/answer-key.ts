/** A question's answer key for the trainer's view: every option with its mark and feedback. Pure. */
import type { Question } from '../../course/model/schemas.ts';

/** What a row of the key says about its option. */
export type KeyMark = 'correct' | 'wrong' | 'best' | 'acceptable' | 'poor' | 'step' | 'pair';

export interface KeyRow {
  id: string;
  /** The option, the step, or the pair's left side. */
  text: string;
  /** The pair's right side (match only). */
  answer?: string;
  mark: KeyMark;
  /** Step number in the right order (order only). */
  position?: number;
  feedback?: string;
}

const scenarioMark = { 2: 'best', 1: 'acceptable', 0: 'poor' } as const;

/** The rows of a question's answer key, in the order the file lists them (order: the right order). */
export function answerKey(q: Question): KeyRow[] {
  switch (q.type) {
    case 'single':
    case 'multiple':
    case 'truefalse':
      return q.options.map((o) => ({
        id: o.id,
        text: o.text,
        mark: o.correct === true ? 'correct' : 'wrong',
        feedback: o.feedback,
      }));
    case 'scenario':
      return q.options.map((o) => ({ id: o.id, text: o.text, mark: scenarioMark[o.score], feedback: o.feedback }));
    case 'order':
      return q.items.map((item, i) => ({ id: item.id, text: item.text, mark: 'step', position: i + 1 }));
    case 'match':
      return q.pairs.map((p) => ({ id: p.id, text: p.left, answer: p.right, mark: 'pair' }));
  }
}
