/** Fetches a quiz's data file (see model/quiz-data.ts). One request per quiz and page; a failed one is retried. */
import { QUIZ_STRINGS_HREF, quizDataHref, readQuizData, readStrings, type QuizData } from '../model/quiz-data.ts';

/** `missing`: the quiz is no longer in the course (404 or not its data); `network`: no answer, try again. */
export type QuizFetch = { ok: true; quiz: QuizData } | { ok: false; reason: 'missing' | 'network' };

const loads = new Map<string, Promise<QuizFetch>>();

async function load(quizId: string): Promise<QuizFetch> {
  let response: Response;
  try {
    response = await fetch(quizDataHref(quizId), { credentials: 'same-origin' });
    // `astro dev` (5.x, trailingSlash: 'always') serves a dynamic file endpoint only with a trailing slash
    // (withastro/astro#17001); the built site serves it without one, as the URL is written.
    if (import.meta.env.DEV && response.status === 404) {
      response = await fetch(`${quizDataHref(quizId)}/`, { credentials: 'same-origin' });
    }
  } catch {
    return { ok: false, reason: 'network' };
  }
  if (response.status === 404 || response.status === 410) return { ok: false, reason: 'missing' };
  if (!response.ok) return { ok: false, reason: 'network' };
  try {
    const quiz = readQuizData(await response.json(), quizId);
    return quiz ? { ok: true, quiz } : { ok: false, reason: 'missing' };
  } catch {
    // A body cut off by a dropped connection.
    return { ok: false, reason: 'network' };
  }
}

/** The quiz's data; a network failure is not remembered, so the next call tries again. */
export function fetchQuizData(quizId: string): Promise<QuizFetch> {
  let pending = loads.get(quizId);
  if (!pending) {
    pending = load(quizId).then((result) => {
      if (!result.ok && result.reason === 'network') loads.delete(quizId);
      return result;
    });
    loads.set(quizId, pending);
  }
  return pending;
}

let stringsLoad: Promise<Record<string, string>> | undefined;

/** The quiz island's UI strings; rejects when they cannot be fetched (the next call tries again). */
export function fetchQuizStrings(): Promise<Record<string, string>> {
  stringsLoad ??= fetch(QUIZ_STRINGS_HREF, { credentials: 'same-origin' })
    .then((r) => (r.ok ? r.json() : undefined))
    .then((value: unknown) => {
      const strings = readStrings(value);
      if (!strings) throw new Error('quiz strings unreadable');
      return strings;
    })
    .catch((error: unknown) => {
      stringsLoad = undefined;
      throw error;
    });
  return stringsLoad;
}
