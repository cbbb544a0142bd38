/**
 * What the quiz needs once it is answered: scoring, the attempt record, the review cards, feedback and the
 * summary. A chunk of its own, fetched with the store (on the first answer, or at once without a service
 * worker) and never with the page.
 */
export { default as Feedback } from '../../question/ui/Feedback.tsx';
export { default as QuizSummary, resultText } from './QuizSummary.tsx';
export { scheduleCards, scheduleLeftovers, startRetry, submitAttempt } from './submitted.ts';
