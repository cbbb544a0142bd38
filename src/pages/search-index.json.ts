/** `/search-index.json`: the search manifest (scoring data, fold map, the names of the shard and lesson files), fetched when search is first opened. */
import type { APIRoute } from 'astro';
import { courseIndexFiles } from '../search/build/course-index.ts';

export const prerender = true;

export const GET: APIRoute = async () =>
  new Response((await courseIndexFiles()).manifestText, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
