/** `/data/assessment-analysis.json`: what the result view and the home plan analyse with (src/assessment/model/files.ts). */
import type { APIRoute } from 'astro';
import { loadAssessmentData } from '../../assessment/build/load.ts';

export const prerender = true;

export const GET: APIRoute = async () => {
  const { data } = await loadAssessmentData();
  return new Response(JSON.stringify(data), { headers: { 'Content-Type': 'application/json' } });
};
