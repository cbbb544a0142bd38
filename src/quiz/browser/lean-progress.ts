/** The quiz's read of the stored keys without the store (model/lean-doc.ts), from this page's localStorage. */
import type { ProgressDoc } from '../../progress/model/document.ts';
import { leanQuizDoc } from '../model/lean-doc.ts';

export const readLeanQuizDoc = (quizId: string): ProgressDoc | undefined =>
  leanQuizDoc((key) => localStorage.getItem(key), quizId);

/**
 * True when the store is to be fetched as soon as the quiz is on screen, not on the first answer: when no
 * service worker serves this page, a signal lost after the quiz appeared would otherwise leave the answers
 * with no store to save them in.
 */
export const storeNeededAtOnce = (): boolean => !navigator.serviceWorker?.controller;
