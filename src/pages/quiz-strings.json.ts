/**
 * The quiz island's UI strings, /quiz-strings.json: fetched with the quiz's data when the island comes into
 * view, so a lesson page does not carry them as island props (only the two it needs to say the fetch failed).
 */
import type { APIRoute } from 'astro';
import { strings } from '../i18n/index.ts';

export const GET: APIRoute = () =>
  new Response(JSON.stringify(strings('quiz.')), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
