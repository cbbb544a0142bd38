/**
 * What the team page knows of the course: modules with their lessons, the assessment data
 * (framework, lessons, question skills) and every quiz question's answer key. Written at
 * build time to /data/team-course.json (src/pages/data/team-course.json.ts). Pure.
 */
import type { AssessmentData } from '../../assessment/model/analysis.ts';
import type { QuestionType } from '../../course/model/schemas.ts';

/** Where the build writes the team page's course file. */
export const TEAM_COURSE_HREF = '/data/team-course.json';

/** One quiz question as item analysis needs it: its answer key and texts, without feedback. */
export interface ItemKey {
  id: string;
  type: QuestionType;
  skill: string;
  prompt: string;
  /** single · multiple · truefalse (with `correct`) and scenario (with its graded `score`). */
  options?: { id: string; text: string; correct?: boolean; score?: number }[];
  /** order: the steps in the right order. */
  items?: { id: string; text: string }[];
  /** match: each left side with its right side. */
  pairs?: { id: string; left: string; right: string }[];
}

/** A quiz with its questions in authoring order. */
export interface QuizKey {
  id: string;
  title: string;
  questions: ItemKey[];
}

/** A module with its lesson ids in course order. */
export interface ModuleOutline {
  id: string;
  title: string;
  lessons: string[];
}

export interface TeamCourse {
  modules: ModuleOutline[];
  assessment: AssessmentData;
  quizzes: QuizKey[];
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * The fetched file read as the team course, or undefined when it is not one (an HTML error page,
 * a truncated file). The build wrote it from validated content, so the check stays shallow.
 */
export function readTeamCourse(value: unknown): TeamCourse | undefined {
  if (!isObject(value) || !Array.isArray(value['modules']) || !Array.isArray(value['quizzes'])) return undefined;
  const assessment = value['assessment'];
  if (!isObject(assessment) || !isObject(assessment['framework']) || !Array.isArray(assessment['lessons'])) {
    return undefined;
  }
  return value as unknown as TeamCourse;
}
