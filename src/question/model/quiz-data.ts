/**
 * A quiz's question data as the browser fetches it: one JSON file per quiz at a stable, same-origin URL,
 * written at build time. Pages carry only the quiz id; the lesson's quiz island and the review queue fetch
 * the files they need, so no page grows with the course. Pure.
 */
import type { Question } from '../../content-model/schemas.ts';

export interface QuizData {
  id: string;
  title: string;
  questions: Question[];
  /** The lesson this quiz ends, for the review queue's 「出自」 link; absent for a quiz no lesson ends with. */
  lesson?: { title: string; href: string };
}

/** The URL of a quiz's data file (the static endpoint src/pages/quizzes/[id].json.ts). */
export const quizDataHref = (quizId: string): string => `/quizzes/${encodeURIComponent(quizId)}.json`;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * The fetched file read as quiz `quizId`'s data, or undefined when it is not that (another quiz, an HTML error
 * page, a truncated file). The build wrote it from validated content, so the shape check stays shallow.
 */
export function readQuizData(value: unknown, quizId: string): QuizData | undefined {
  if (!isObject(value) || value['id'] !== quizId || typeof value['title'] !== 'string') return undefined;
  const questions = value['questions'];
  if (!Array.isArray(questions) || questions.length === 0) return undefined;
  if (!questions.every((q) => isObject(q) && typeof q['id'] === 'string' && typeof q['type'] === 'string')) {
    return undefined;
  }
  const lesson = value['lesson'];
  const link =
    isObject(lesson) && typeof lesson['title'] === 'string' && typeof lesson['href'] === 'string'
      ? { title: lesson['title'], href: lesson['href'] }
      : undefined;
  return {
    id: quizId,
    title: value['title'],
    questions: questions as Question[],
    ...(link ? { lesson: link } : {}),
  };
}
