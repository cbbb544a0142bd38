/** `/data/assessment-strings.json`: the result view's UI strings, fetched with its code (src/assessment/model/files.ts). */
import type { APIRoute } from 'astro';
import { RESULT_STRING_PREFIXES } from '../../assessment/model/files.ts';
import { strings } from '../../i18n/index.ts';

export const prerender = true;

export const GET: APIRoute = () =>
  new Response(JSON.stringify(strings(...RESULT_STRING_PREFIXES)), { headers: { 'Content-Type': 'application/json' } });
