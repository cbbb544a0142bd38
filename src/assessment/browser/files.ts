/** Fetches the assessment data files (src/assessment/model/files.ts) once per page; a failed fetch can be retried. */
import type { AssessmentData } from '../model/analysis.ts';
import { ASSESSMENT_FILES, readAnalysisData, readForms, readStrings, type AssessmentForms } from '../model/files.ts';

const cache = new Map<string, Promise<unknown>>();

function fetchOnce<T>(url: string, read: (x: unknown) => T): Promise<T> {
  let pending = cache.get(url) as Promise<T> | undefined;
  if (!pending) {
    pending = fetch(url, { credentials: 'same-origin' })
      .then((r) => {
        if (!r.ok) throw new Error(`${url}: HTTP ${r.status}`);
        return r.json() as Promise<unknown>;
      })
      .then(read);
    // A failure is not kept: the next call (the learner's retry) fetches again.
    pending.catch(() => cache.delete(url));
    cache.set(url, pending);
  }
  return pending;
}

/** What an analysis needs: the home plan and the result view. */
export const fetchAnalysisData = (): Promise<AssessmentData> => fetchOnce(ASSESSMENT_FILES.analysis, readAnalysisData);

/** The questionnaires and the analysis data, fetched side by side: the assessment page. */
export const fetchAssessmentFiles = (): Promise<{ forms: AssessmentForms; data: AssessmentData }> =>
  Promise.all([fetchOnce(ASSESSMENT_FILES.forms, readForms), fetchAnalysisData()]).then(([forms, data]) => ({
    forms,
    data,
  }));

/** The result view's UI strings. */
export const fetchResultStrings = (): Promise<Record<string, string>> =>
  fetchOnce(ASSESSMENT_FILES.strings, readStrings);
