/**
 * A heavy year of use, shared by the benchmarks: 2,000 quiz attempts, 50 assessments,
 * every lesson done, a full review schedule.
 */
import type { Attempt, ProgressDoc } from '../src/progress/model/document.ts';
import { emptyDocument } from '../src/progress/model/document.ts';

const skills = [
  'dual-role',
  'visit-planning',
  'market-research',
  'retailer-support',
  'success-mindset',
  'product-knowledge',
];
const day = (n: number) => new Date(Date.UTC(2026, 0, 1) + n * 3_600_000 * 4).toISOString();

export function attempt(i: number): Attempt {
  const answers: Attempt['answers'] = {
    q1: 'a',
    q2: ['a', 'c'],
    q3: 'true',
    q4: ['s2', 's1', 's3', 's4'],
    q5: { p1: 'p1', p2: 'p3', p3: 'p2' },
    q6: 'b',
  };
  const scores = { q1: 1, q2: 0.5, q3: 1, q4: 0.75, q5: 0.3333, q6: 0.5 };
  return {
    id: `attempt-${i.toString(36)}-${(i * 7919).toString(36)}`,
    quiz: `quiz-${i % 20}`,
    at: day(i),
    answers,
    confidence: { q1: 3, q2: 1, q3: 2, q4: 2, q5: 1, q6: 3 },
    scores,
    skills: Object.fromEntries(skills.slice(0, 3).map((s) => [s, { earned: 1.5, possible: 2 }])),
    score: 0.68,
  };
}

export function heavyDocument(): ProgressDoc {
  const doc = emptyDocument();
  for (let i = 0; i < 20; i++) doc.lessons[`module-${i % 4}/lesson-${i}`] = { done: true, at: day(i) };
  for (let i = 0; i < 2000; i++) {
    const a = attempt(i);
    doc.attempts[a.id] = a;
  }
  for (let i = 0; i < 50; i++) {
    doc.assessments[`assessment-${i}`] = {
      id: `assessment-${i}`,
      instrument: 'self-assessment',
      at: day(i * 40),
      answers: Object.fromEntries(Array.from({ length: 87 }, (_, k) => [`item-${k}`, (k % 5) + 1])),
      levels: Object.fromEntries(Array.from({ length: 20 }, (_, k) => [`skill-${k}`, 3.25])),
    };
  }
  for (let i = 0; i < 129; i++) {
    doc.review[`quiz-${i % 20}/q${i}`] = {
      quiz: `quiz-${i % 20}`,
      question: `q${i}`,
      at: day(i),
      due: day(i + 30),
      stability: 12.3,
      difficulty: 5.1,
      elapsed_days: 3,
      scheduled_days: 12,
      learning_steps: 0,
      reps: 4,
      lapses: 1,
      state: 2,
      last_review: day(i),
    };
  }
  return doc;
}

export function median(times: number[]): number {
  const sorted = [...times].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

export function time(runs: number, fn: (i: number) => void): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn(i);
    times.push(performance.now() - t);
  }
  return median(times);
}
