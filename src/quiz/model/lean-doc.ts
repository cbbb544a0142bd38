/**
 * What a quiz needs to show itself, read from the stored keys without the progress store: the learner's
 * seed and confidence setting, this quiz's attempts and draft, the lesson's done state. Pure; the raw
 * strings come from `get` (localStorage.getItem). The store (9 kB gzip) is then fetched on the first
 * answer, not when the quiz comes on screen.
 *
 * Built on the page script's reader (progress/model/lean.ts): it accepts only what the store reads the
 * same way, so anything unusual is `undefined` and the island loads the store at once, as before.
 */
import type { Answer, Attempt, ProgressDoc, QuizDraft } from '../../progress/model/document.ts';
import { LEAN_VERSION, leanId, leanPart, leanTime, plain, readLean } from '../../progress/model/lean.ts';

const strings = (v: unknown) => Array.isArray(v) && v.every((x) => typeof x === 'string');
const answer = (v: unknown): v is Answer =>
  typeof v === 'string' || strings(v) || (plain(v) && Object.values(v).every((x) => typeof x === 'string'));
const sure = (v: unknown) => v === 1 || v === 2 || v === 3;

/** The records of one collection's key, if it belongs to `epoch`; undefined when unusual. */
function recordsOf(raw: string | null, epoch: { id: string; at: string }): Record<string, unknown> | undefined {
  const part = leanPart(raw);
  if (part === null) return {};
  if (!part) return undefined;
  const e = part['epoch'] as { id: string; at: string };
  const records = part['records'];
  return e.id === epoch.id && e.at === epoch.at && plain(records) ? records : undefined;
}

/** A progress document holding only what the quiz `quizId` reads, or undefined when the store must read it. */
export function leanQuizDoc(get: (key: string) => string | null, quizId: string): ProgressDoc | undefined {
  try {
    const lean = readLean(get);
    if (!lean) return undefined;
    const { seed, askConfidence } = lean.settings;
    if ((seed !== undefined && !leanId(seed)) || typeof askConfidence !== 'boolean') return undefined;
    const allAttempts = recordsOf(get('performance-coach:attempts'), lean.epoch);
    const drafts = recordsOf(get('performance-coach:quizDrafts'), lean.epoch);
    if (!allAttempts || !drafts) return undefined;
    const attempts: Record<string, Attempt> = {};
    for (const [id, a] of Object.entries(allAttempts)) {
      if (!plain(a) || !leanId(id)) return undefined;
      if (a['quiz'] !== quizId) continue;
      const score = a['score'];
      if (!leanTime(a['at']) || typeof score !== 'number' || !(score >= 0 && score <= 1)) return undefined;
      attempts[id] = a as unknown as Attempt;
    }
    const quizDrafts: Record<string, QuizDraft> = {};
    if (Object.hasOwn(drafts, quizId)) {
      const d = drafts[quizId];
      const c = plain(d) ? d['confidence'] : undefined;
      if (
        !plain(d) ||
        !leanTime(d['at']) ||
        !plain(d['answers']) ||
        !Object.values(d['answers']).every(answer) ||
        (c !== undefined && !(plain(c) && Object.values(c).every(sure)))
      )
        return undefined;
      quizDrafts[quizId] = d as unknown as QuizDraft;
    }
    // Only the collections a quiz reads are filled in; the document module is not imported for the rest
    // (it would become a chunk of its own on the lesson page).
    return {
      version: LEAN_VERSION,
      epoch: lean.epoch,
      lessons: lean.lessons,
      attempts,
      assessments: {},
      drafts: {},
      review: {},
      quizDrafts,
      settings: { askConfidence, ...(seed !== undefined && { seed: seed as string }) },
    } as unknown as ProgressDoc;
  } catch {
    return undefined;
  }
}
