/** `/search/strings.json`: the header search dialog's strings, fetched with its code on first open so pages carry none of them. */
import type { APIRoute } from 'astro';
import { strings } from '../../i18n/index.ts';

export const prerender = true;

export const GET: APIRoute = () =>
  new Response(JSON.stringify(strings('search.')), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
