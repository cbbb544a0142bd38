/** `/data/team-course.json`: what the team page aggregates with (src/team/model/course.ts). */
import type { APIRoute } from 'astro';
import { loadTeamCourse } from '../../team/build/course.ts';

export const prerender = true;

export const GET: APIRoute = async () =>
  new Response(JSON.stringify(await loadTeamCourse()), { headers: { 'Content-Type': 'application/json' } });
