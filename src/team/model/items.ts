/**
 * Item analysis of every quiz question across the team, from each learner's latest attempt of
 * each quiz: how many answered it right, whether the stronger learners did better than the
 * weaker ones (discrimination, upper against lower third), the wrong answer chosen most, and
 * confidence against correctness. A question that looks broken is flagged. Pure.
 */
import type { Answer, Attempt } from '../../progress/model/document.ts';
import { own } from '../../progress/model/ids.ts';
import type { ItemKey, QuizKey } from './course.ts';

/**
 * When a flag is raised: at least `minAnswers` answers for 「全對」 or 「全錯」, and at least
 * `minForReversed` for 「強的反而答錯」 (with fewer, one learner's slip decides the thirds).
 */
export const ITEM_RULE = { minAnswers: 3, minForReversed: 5 } as const;

export type ItemFlag = 'all-right' | 'all-wrong' | 'reversed';

/** The wrong answer chosen most: an option, a step put in the wrong place, or a wrong pair. */
export type WrongChoice =
  | { kind: 'option'; text: string; count: number }
  | { kind: 'step'; text: string; count: number }
  | { kind: 'pair'; left: string; right: string; count: number };

export interface ItemStat {
  quiz: string;
  quizTitle: string;
  question: string;
  prompt: string;
  type: ItemKey['type'];
  skill: string;
  /** Learners whose latest attempt of the quiz answered this question. */
  n: number;
  /** Of them, how many earned full credit. */
  correct: number;
  correctShare: number | undefined;
  meanCredit: number | undefined;
  /** Mean credit of the upper third minus the lower third, ranked by the rest of the quiz; −1 to 1. */
  discrimination: number | undefined;
  /** Learners in each third. */
  groupSize: number;
  wrong: WrongChoice | undefined;
  confidence: {
    /** Answers with a confidence recorded. */
    answered: number;
    /** Mean confidence (1 guess · 2 fairly sure · 3 sure) of right answers, and of wrong ones. */
    rightMean: number | undefined;
    wrongMean: number | undefined;
    /** Answered 「確定」 and wrong: the misconceptions a coach most wants to hear about. */
    sureWrong: number;
  };
  flags: ItemFlag[];
}

/** One learner's answer to one question. */
interface Response {
  credit: number;
  /** Mean credit on the quiz's other questions: the learner's strength without this item. */
  rest: number;
  answer: Answer | undefined;
  confidence: number | undefined;
}

const isRight = (credit: number) => credit >= 1 - 1e-9;
const mean = (xs: readonly number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : undefined);

/** Counts each wrong answer part of one response into `tally` (key → count). */
function tallyWrong(key: ItemKey, answer: Answer | undefined, tally: Map<string, number>): void {
  const bump = (k: string) => tally.set(k, (tally.get(k) ?? 0) + 1);
  const options = key.options ?? [];
  const best = Math.max(...options.map((o) => o.score ?? 0));
  const wrongOption = (id: string) => {
    const o = options.find((x) => x.id === id);
    if (!o) return false;
    return key.type === 'scenario' ? (o.score ?? 0) < best : o.correct !== true;
  };
  if (key.type === 'order' && Array.isArray(answer)) {
    const steps = key.items ?? [];
    answer.forEach((id, i) => {
      if (steps[i] && steps[i].id !== id && steps.some((s) => s.id === id)) bump(id);
    });
  } else if (key.type === 'match' && typeof answer === 'object' && answer !== null && !Array.isArray(answer)) {
    for (const [left, right] of Object.entries(answer)) if (left !== right) bump(`${left}\u0000${right}`);
  } else if (typeof answer === 'string') {
    if (wrongOption(answer)) bump(answer);
  } else if (Array.isArray(answer)) {
    for (const id of answer) if (wrongOption(id)) bump(id);
  }
}

/** The most chosen entry of the tally, as something a trainer reads; the first in key order on a tie. */
function mostWrong(key: ItemKey, tally: Map<string, number>): WrongChoice | undefined {
  let top: [string, number] | undefined;
  for (const entry of tally) if (!top || entry[1] > top[1]) top = entry;
  if (!top) return undefined;
  const [id, count] = top;
  if (key.type === 'match') {
    const [left, right] = id.split('\u0000');
    const pairs = key.pairs ?? [];
    return {
      kind: 'pair',
      left: pairs.find((p) => p.id === left)?.left ?? left ?? '',
      right: pairs.find((p) => p.id === right)?.right ?? right ?? '',
      count,
    };
  }
  if (key.type === 'order') return { kind: 'step', text: key.items?.find((s) => s.id === id)?.text ?? id, count };
  return { kind: 'option', text: key.options?.find((o) => o.id === id)?.text ?? id, count };
}

/** Upper minus lower third by rest score, or undefined when the thirds cannot be told apart. */
export function discriminationOf(responses: readonly { credit: number; rest: number }[]): {
  value: number | undefined;
  groupSize: number;
} {
  const group = Math.floor(responses.length / 3);
  if (group < 1) return { value: undefined, groupSize: 0 };
  // Array.prototype.sort is stable: equal rest scores keep the learners' order.
  const ranked = [...responses].sort((a, b) => a.rest - b.rest);
  const lower = ranked.slice(0, group);
  const upper = ranked.slice(-group);
  if (mean(upper.map((r) => r.rest)) === mean(lower.map((r) => r.rest))) return { value: undefined, groupSize: group };
  return { value: mean(upper.map((r) => r.credit))! - mean(lower.map((r) => r.credit))!, groupSize: group };
}

/** The flags a question's figures raise (see ITEM_RULE). */
export function itemFlags(n: number, correct: number, discrimination: number | undefined): ItemFlag[] {
  const flags: ItemFlag[] = [];
  if (n >= ITEM_RULE.minAnswers && correct === n) flags.push('all-right');
  if (n >= ITEM_RULE.minAnswers && correct === 0) flags.push('all-wrong');
  if (n >= ITEM_RULE.minForReversed && discrimination !== undefined && discrimination < 0) flags.push('reversed');
  return flags;
}

/** The responses to every question of `quiz` in the given attempts (one per learner). */
function collectResponses(quiz: QuizKey, attempts: readonly Attempt[]): Map<string, Response[]> {
  const byQuestion = new Map<string, Response[]>(quiz.questions.map((q) => [q.id, []]));
  for (const attempt of attempts) {
    const credits = quiz.questions.map((q) => own(attempt.scores, q.id));
    const answered = credits.filter((c): c is number => c !== undefined);
    const total = answered.reduce((a, b) => a + b, 0);
    quiz.questions.forEach((q, i) => {
      const credit = credits[i];
      if (credit === undefined) return;
      const others = answered.length - 1;
      byQuestion.get(q.id)!.push({
        credit,
        rest: others > 0 ? (total - credit) / others : 0,
        answer: own(attempt.answers, q.id),
        confidence: own(attempt.confidence ?? {}, q.id),
      });
    });
  }
  return byQuestion;
}

/** One question's figures from its responses. */
export function analyseItem(quiz: QuizKey, key: ItemKey, responses: readonly Response[]): ItemStat {
  const n = responses.length;
  const correct = responses.filter((r) => isRight(r.credit)).length;
  const tally = new Map<string, number>();
  for (const r of responses) if (!isRight(r.credit)) tallyWrong(key, r.answer, tally);
  const rated = responses.filter((r) => r.confidence !== undefined);
  const { value: discrimination, groupSize } = discriminationOf(responses);
  return {
    quiz: quiz.id,
    quizTitle: quiz.title,
    question: key.id,
    prompt: key.prompt,
    type: key.type,
    skill: key.skill,
    n,
    correct,
    correctShare: n ? correct / n : undefined,
    meanCredit: mean(responses.map((r) => r.credit)),
    discrimination,
    groupSize,
    wrong: mostWrong(key, tally),
    confidence: {
      answered: rated.length,
      rightMean: mean(rated.filter((r) => isRight(r.credit)).map((r) => r.confidence!)),
      wrongMean: mean(rated.filter((r) => !isRight(r.credit)).map((r) => r.confidence!)),
      sureWrong: rated.filter((r) => r.confidence === 3 && !isRight(r.credit)).length,
    },
    flags: itemFlags(n, correct, discrimination),
  };
}

/**
 * Every question of every quiz someone took, in course order of the quizzes and authoring order of
 * the questions. `attemptsOf` gives each learner's latest attempt per quiz id.
 */
export function analyseItems(quizzes: readonly QuizKey[], latest: readonly ReadonlyMap<string, Attempt>[]): ItemStat[] {
  const out: ItemStat[] = [];
  for (const quiz of quizzes) {
    const attempts = latest.flatMap((m) => {
      const a = m.get(quiz.id);
      return a ? [a] : [];
    });
    if (attempts.length === 0) continue;
    const responses = collectResponses(quiz, attempts);
    for (const key of quiz.questions) out.push(analyseItem(quiz, key, responses.get(key.id) ?? []));
  }
  return out;
}
