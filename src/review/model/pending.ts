/**
 * Quiz answers that never reached the review schedule: the attempt was saved but the scheduler could not be
 * loaded (offline, or the page was left while it loaded). Pure and scheduler-free, so any page can count them.
 */
import type { ProgressDoc } from '../../progress/model/document.ts';
import { cardKey } from './card-key.ts';

export interface PendingAnswer {
  key: string;
  quiz: string;
  question: string;
  credit: number;
  confidence: 1 | 2 | 3 | undefined;
  at: string;
}

/**
 * For each question, its latest answer in any attempt; pending when its card is missing or older than that
 * answer. Oldest first, so scheduling them in turn replays what happened.
 */
export function pendingAnswers(doc: ProgressDoc): PendingAnswer[] {
  const latest = new Map<string, PendingAnswer>();
  for (const attempt of Object.values(doc.attempts)) {
    for (const [question, credit] of Object.entries(attempt.scores)) {
      const key = cardKey(attempt.quiz, question);
      const seen = latest.get(key);
      if (seen && seen.at >= attempt.at) continue;
      const confidence =
        attempt.confidence && Object.hasOwn(attempt.confidence, question) ? attempt.confidence[question] : undefined;
      latest.set(key, { key, quiz: attempt.quiz, question, credit, confidence, at: attempt.at });
    }
  }
  return [...latest.values()]
    .filter((p) => {
      const card = Object.hasOwn(doc.review, p.key) ? doc.review[p.key] : undefined;
      return !card || card.at < p.at;
    })
    .sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
}
