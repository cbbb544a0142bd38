/**
 * One JSON file per quiz, /quizzes/<id>.json: the questions the lesson's quiz island and the review queue
 * fetch. Stable, same-origin URLs (revalidated by ETag, listable for a service worker to precache), so a
 * page never embeds question data and the review page stays the same size as quizzes are added.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { quizDataFiles } from '../../question/build/quiz-data.ts';
import type { QuizData } from '../../question/model/quiz-data.ts';

export const getStaticPaths = (async () =>
  (await quizDataFiles()).map((data) => ({ params: { id: data.id }, props: { data } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(JSON.stringify((props as { data: QuizData }).data), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
