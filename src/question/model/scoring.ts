/**
 * Scoring rules per question type. Pure: a question and what the learner answered in,
 * credit from 0 to 1 and what to say about it out. Malformed answers score zero, never throw.
 */
import type { Question, Quiz } from '../../course/model/schemas.ts';
import type { Answer } from '../../progress/model/document.ts';

export type Verdict = 'correct' | 'partial' | 'wrong' | 'unanswered';

export interface QuestionResult {
  credit: number;
  verdict: Verdict;
}

const isString = (v: unknown): v is string => typeof v === 'string';
const isStringArray = (v: unknown): v is string[] => Array.isArray(v) && v.every(isString);
const isPairs = (v: unknown): v is Record<string, string> =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && Object.values(v).every(isString);

function verdictOf(credit: number): Verdict {
  return credit >= 1 ? 'correct' : credit > 0 ? 'partial' : 'wrong';
}

/** Fraction of item pairs the learner put in the right relative order (1 only when the order is exact). */
export function orderCredit(correct: string[], given: string[]): number {
  if (given.length !== correct.length || new Set(given).size !== given.length) return 0;
  const rank = new Map(correct.map((id, i) => [id, i]));
  if (given.some((id) => !rank.has(id))) return 0;
  let right = 0;
  let total = 0;
  for (let i = 0; i < given.length; i++) {
    for (let j = i + 1; j < given.length; j++) {
      total++;
      if (rank.get(given[i]!)! < rank.get(given[j]!)!) right++;
    }
  }
  return total === 0 ? 1 : right / total;
}

/** Scores one question. `answer` is undefined when the learner left it blank. */
export function scoreQuestion(question: Question, answer: Answer | undefined): QuestionResult {
  if (answer === undefined || (Array.isArray(answer) && answer.length === 0))
    return { credit: 0, verdict: 'unanswered' };
  switch (question.type) {
    case 'single':
    case 'truefalse': {
      if (!isString(answer)) return { credit: 0, verdict: 'wrong' };
      const credit = question.options.find((o) => o.id === answer)?.correct === true ? 1 : 0;
      return { credit, verdict: verdictOf(credit) };
    }
    case 'scenario': {
      if (!isString(answer)) return { credit: 0, verdict: 'wrong' };
      const credit = (question.options.find((o) => o.id === answer)?.score ?? 0) / 2;
      return { credit, verdict: verdictOf(credit) };
    }
    case 'multiple': {
      if (!isStringArray(answer)) return { credit: 0, verdict: 'wrong' };
      const chosen = new Set(answer);
      const correct = question.options.filter((o) => o.correct === true);
      const hits = correct.filter((o) => chosen.has(o.id)).length;
      const misses = question.options.filter((o) => o.correct !== true && chosen.has(o.id)).length;
      // Each wrong tick cancels a right one, so ticking everything earns nothing.
      const credit = Math.max(0, (hits - misses) / correct.length);
      return { credit, verdict: verdictOf(credit) };
    }
    case 'order': {
      if (!isStringArray(answer)) return { credit: 0, verdict: 'wrong' };
      const credit = orderCredit(
        question.items.map((i) => i.id),
        answer,
      );
      return { credit, verdict: verdictOf(credit) };
    }
    case 'match': {
      if (!isPairs(answer)) return { credit: 0, verdict: 'wrong' };
      const right = question.pairs.filter((p) => answer[p.id] === p.id).length;
      const credit = right / question.pairs.length;
      return { credit, verdict: verdictOf(credit) };
    }
  }
}

export interface QuizScore {
  results: Record<string, QuestionResult>;
  /** Credit per question, 0–1, as stored with the attempt. */
  scores: Record<string, number>;
  /** Earned and possible credit per skill. */
  skills: Record<string, { earned: number; possible: number }>;
  /** Share of the total credit, 0–1. */
  score: number;
  earned: number;
  possible: number;
}

/** Scores a whole quiz; every question is worth one point. */
export function scoreQuiz(quiz: Quiz, answers: Record<string, Answer | undefined>): QuizScore {
  const results: Record<string, QuestionResult> = {};
  const scores: Record<string, number> = {};
  const skills = Object.create(null) as Record<string, { earned: number; possible: number }>;
  let earned = 0;
  for (const q of quiz.questions) {
    const result = scoreQuestion(q, Object.hasOwn(answers, q.id) ? answers[q.id] : undefined);
    results[q.id] = result;
    scores[q.id] = Math.round(result.credit * 10_000) / 10_000;
    const skill = (skills[q.skill] ??= { earned: 0, possible: 0 });
    skill.earned += result.credit;
    skill.possible += 1;
    earned += result.credit;
  }
  const possible = quiz.questions.length;
  return {
    results,
    scores,
    skills,
    score: possible ? Math.round((earned / possible) * 10_000) / 10_000 : 0,
    earned,
    possible,
  };
}
