/** `/search/shard/<n>-<hash>.json`: one shard of the search index (src/search/model/shard.ts), named by its content. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { courseIndexFiles } from '../../../search/build/course-index.ts';

export const prerender = true;

export const getStaticPaths = (async () =>
  (await courseIndexFiles()).shards.map((f) => ({
    params: { name: `${f.n}-${f.hash}` },
    props: { text: f.text },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response((props as { text: string }).text, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
