/**
 * What the quiz needs once it is submitted: scoring, the attempt record, feedback and the summary. A chunk of
 * its own, fetched when the island is ready (before the first answer, so a signal lost later costs nothing)
 * and never with the page.
 */
export { scoreQuiz } from '../../question/model/scoring.ts';
export { default as Feedback } from '../../question/ui/Feedback.tsx';
export { attemptId, buildAttempt } from '../model/attempt.ts';
export { default as QuizSummary, resultText } from './QuizSummary.tsx';
