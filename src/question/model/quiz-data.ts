/**
 * A quiz's question data as the browser fetches it: one JSON file per quiz at a stable, same-origin URL,
 * written at build time. Pages carry only the quiz id; the lesson's quiz island and the review queue fetch
 * the files they need, so no page grows with the course. Pure.
 */
import type { Question } from '../../course/model/schemas.ts';

export interface QuizData {
  id: string;
  title: string;
  questions: Question[];
  /** The lesson this quiz ends, for the review queue's 「出自」 link; absent for a quiz no lesson ends with. */
  lesson?: { title: string; href: string };
}

/** The URL of a quiz's data file (the static endpoint src/pages/quizzes/[id].json.ts). */
export const quizDataHref = (quizId: string): string => `/quizzes/${encodeURIComponent(quizId)}.json`;

/** The URL of the quiz island's UI strings (the static endpoint src/pages/quiz-strings.json.ts). */
export const QUIZ_STRINGS_HREF = '/quiz-strings.json';

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

/** The fetched strings file read as a flat key → text record, or undefined when it is not one. */
export function readStrings(value: unknown): Record<string, string> | undefined {
  if (!isObject(value)) return undefined;
  const entries = Object.entries(value);
  return entries.length > 0 && entries.every(([, v]) => typeof v === 'string')
    ? (Object.fromEntries(entries) as Record<string, string>)
    : undefined;
}
