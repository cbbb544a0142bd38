/**
 * The course data statements name activities with, read from files the site already publishes:
 * /data/assessment-analysis.json (lessons, framework, instrument) and /quizzes/<id>.json. The paths
 * and the shape checks are written here rather than imported from the assessment and question
 * features: sharing those modules with the delivery code would split them into chunks of their own
 * on pages that never send (tested equal to theirs).
 */
import type { AssessmentData } from '../../assessment/model/analysis.ts';
import type { Question } from '../../course/model/schemas.ts';
import type { CourseInfo, CoursePort } from '../model/statements.ts';

/** Where the site publishes the data (src/pages/data/assessment-analysis.json.ts, src/pages/quizzes/[id].json.ts). */
export const ANALYSIS_HREF = '/data/assessment-analysis.json';
export const quizHref = (id: string): string => `/quizzes/${encodeURIComponent(id)}.json`;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The course data of the analysis file, or undefined when it is not one. */
export function courseOf(data: unknown): CourseInfo | undefined {
  if (
    !isObject(data) ||
    !isObject(data['instrument']) ||
    !isObject(data['framework']) ||
    !Array.isArray(data['lessons'])
  )
    return undefined;
  const { instrument, framework, lessons } = data as unknown as AssessmentData;
  if (!Array.isArray(framework.factors) || !Array.isArray(framework.skills)) return undefined;
  return {
    lessons: Object.fromEntries(lessons.map((l) => [l.id, { title: l.title, quiz: l.quiz }])),
    framework,
    instruments: {
      [instrument.id]: { title: instrument.title, range: instrument.range },
      ...(instrument.short ? { [instrument.short.id]: { title: instrument.title, range: instrument.range } } : {}),
    },
  };
}

/** `data` as quiz `id`'s file: its title and questions, or undefined when it is not that. */
export function quizOf(data: unknown, id: string): { title: string; questions: Question[] } | undefined {
  if (!isObject(data) || data['id'] !== id || typeof data['title'] !== 'string' || !Array.isArray(data['questions']))
    return undefined;
  return { title: data['title'], questions: data['questions'] as Question[] };
}

async function getJson(href: string): Promise<{ status: number; data?: unknown }> {
  const response = await fetch(href, { credentials: 'same-origin' });
  if (!response.ok) return { status: response.status };
  return { status: response.status, data: await response.json() };
}

/** Reads the course data from the site. */
export const siteCourseData: CoursePort = {
  async course() {
    try {
      return courseOf((await getJson(ANALYSIS_HREF)).data);
    } catch {
      return undefined;
    }
  },
  async quiz(id, course) {
    const lesson = Object.entries(course.lessons).find(([, l]) => l.quiz === id)?.[0];
    let read: { status: number; data?: unknown };
    try {
      read = await getJson(quizHref(id));
    } catch {
      return undefined;
    }
    const quiz = quizOf(read.data, id);
    if (quiz) return { id, ...quiz, lesson };
    // A quiz no longer in the course: its attempts are still reported, as completed with their score.
    if (read.status === 404 || read.status === 410) return { id, title: id, questions: [], lesson };
    return undefined;
  },
};
