/**
 * What the quiz island needs of the learner's progress: the store's document and actions, and the quiz
 * history. Loaded by the island once it is on screen, never with the page, so reading a lesson costs none of it.
 */
export {
  $progress,
  clearQuizDraft,
  ensureLearnerSeed,
  recordAttempt,
  saveQuizDraft,
  saveReviewCards,
  setLessonDone,
} from '../../progress/store.ts';
