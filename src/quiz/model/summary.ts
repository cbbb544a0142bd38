/** What the quiz summary states: points (every question is worth one, partly right ones earn part) and counts. Pure. */
import type { QuestionResult, QuizScore, Verdict } from '../../question/model/scoring.ts';

/** Points as a number the learner reads: whole when whole, otherwise one decimal (2.5, never 2.4999). */
export function formatPoints(points: number): string {
  const rounded = Math.round(points * 10) / 10;
  return Number.isInteger(rounded) ? String(rounded) : rounded.toFixed(1);
}

const ORDER: Verdict[] = ['correct', 'partial', 'wrong', 'unanswered'];

/**
 * How many questions got each verdict, in the order the summary names them, leaving out verdicts no
 * question got. Counts are whole questions: partial credit is stated as points, never as 「答對 2.5 題」.
 */
export function verdictCounts(results: Readonly<Record<string, QuestionResult>>): { verdict: Verdict; n: number }[] {
  const counts = new Map<Verdict, number>();
  for (const r of Object.values(results)) counts.set(r.verdict, (counts.get(r.verdict) ?? 0) + 1);
  return ORDER.filter((v) => counts.has(v)).map((verdict) => ({ verdict, n: counts.get(verdict)! }));
}

/** The summary's figures for `score`. */
export function summaryOf(score: QuizScore) {
  return { earned: formatPoints(score.earned), possible: score.possible, counts: verdictCounts(score.results) };
}
