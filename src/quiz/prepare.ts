/** How a question is laid out for one attempt: option order, starting order of steps, match choices. Pure. */
import type { Question } from '../content-model/schemas.ts';
import type { Answer } from '../progress/document.ts';
import { shuffle, shuffleAway } from './shuffle.ts';

export interface Layout {
  /** Option ids in display order (choice types). */
  options: string[];
  /** Step ids in their starting order (order type). */
  items: string[];
  /** Left-hand pair ids in display order, and the right-hand choices in display order (match type). */
  lefts: string[];
  rights: string[];
}

/** The seed of a question's shuffle in a given attempt, so a reload or a test sees the same order. */
export const seedFor = (quizId: string, questionId: string, attempt: number, part: string) =>
  `${quizId}/${questionId}/${attempt}/${part}`;

/** Lays out a question for attempt number `attempt` (0 = first view: options as authored). */
export function layoutQuestion(quizId: string, q: Question, attempt: number): Layout {
  const seed = (part: string) => seedFor(quizId, q.id, attempt, part);
  const empty: Layout = { options: [], items: [], lefts: [], rights: [] };
  switch (q.type) {
    case 'truefalse':
      return { ...empty, options: q.options.map((o) => o.id) };
    case 'single':
    case 'multiple':
    case 'scenario': {
      const ids = q.options.map((o) => o.id);
      return { ...empty, options: attempt === 0 ? ids : shuffle(ids, seed('options')) };
    }
    case 'order':
      // Authors list steps in the right order, so even the first view must be shuffled.
      return {
        ...empty,
        items: shuffleAway(
          q.items.map((i) => i.id),
          seed('items'),
        ),
      };
    case 'match': {
      const ids = q.pairs.map((p) => p.id);
      return {
        ...empty,
        lefts: attempt === 0 ? ids : shuffle(ids, seed('lefts')),
        rights: shuffleAway(ids, seed('rights')),
      };
    }
  }
}

/** The answer a question starts with: the shown order for an order question, nothing otherwise. */
export function initialAnswer(q: Question, layout: Layout): Answer | undefined {
  return q.type === 'order' ? layout.items : undefined;
}
