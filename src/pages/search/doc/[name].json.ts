/** `/search/doc/<n>-<hash>.json`: one lesson's title, summary and sections for search results, named by its content. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { courseIndexFiles } from '../../../search/build/course-index.ts';

export const prerender = true;

export const getStaticPaths = (async () =>
  (await courseIndexFiles()).docs.map((f) => ({
    params: { name: `${f.n}-${f.hash}` },
    props: { text: f.text },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response((props as { text: string }).text, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
