/** How a question is laid out for one attempt: option order, starting order of steps, match choices. Pure. */
import type { Question } from '../../course/model/schemas.ts';
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

/**
 * The seed of a question's shuffle in a given attempt, so a reload or a test sees the same order.
 * `learner` is the learner's own random seed: two learners do not share an order, so "pick the first" never pays.
 */
export const seedFor = (quizId: string, questionId: string, attempt: number, part: string, learner = '') =>
  `${learner ? `${learner}/` : ''}${quizId}/${questionId}/${attempt}/${part}`;

/**
 * Lays out a question for attempt number `attempt` (0 = the first attempt) of the learner seeded `learner`.
 * Every view is shuffled, the first one too: authors tend to write the right answer first.
 */
export function layoutQuestion(quizId: string, q: Question, attempt: number, learner = ''): Layout {
  const seed = (part: string) => seedFor(quizId, q.id, attempt, part, learner);
  const empty: Layout = { options: [], items: [], lefts: [], rights: [] };
  switch (q.type) {
    case 'truefalse':
      // 「對」 before 「錯」 reads naturally and gives nothing away.
      return { ...empty, options: q.options.map((o) => o.id) };
    case 'single':
    case 'multiple':
    case 'scenario':
      return {
        ...empty,
        options: shuffle(
          q.options.map((o) => o.id),
          seed('options'),
        ),
      };
    case 'order':
      // Authors list steps in the right order, so the start must never be that order.
      return {
        ...empty,
        items: shuffleAway(
          q.items.map((i) => i.id),
          seed('items'),
        ),
      };
    case 'match': {
      const ids = q.pairs.map((p) => p.id);
      return { ...empty, lefts: shuffle(ids, seed('lefts')), rights: shuffleAway(ids, seed('rights')) };
    }
  }
}
