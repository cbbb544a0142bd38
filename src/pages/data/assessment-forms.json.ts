/** `/data/assessment-forms.json`: the questionnaire of each form (src/assessment/model/files.ts). */
import type { APIRoute } from 'astro';
import { loadAssessmentData } from '../../assessment/build/load.ts';
import type { AssessmentForms } from '../../assessment/model/files.ts';

export const prerender = true;

export const GET: APIRoute = async () => {
  const { instrument, short } = await loadAssessmentData();
  const forms: AssessmentForms = { full: instrument, ...(short ? { short } : {}) };
  return new Response(JSON.stringify(forms), { headers: { 'Content-Type': 'application/json' } });
};
