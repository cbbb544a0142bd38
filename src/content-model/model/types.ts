/** The shapes the content checks pass between them: files in, parsed content out. */
import type { Problem } from './problems.ts';
import type { Assessment, Framework, LessonMeta, Module, Quiz } from '../../course/model/schemas.ts';

/** A content file as read from disk, path relative to the project root. */
export interface ContentFile {
  path: string;
  text: string;
  /** An image or other non-text file: only its existence matters, `text` is empty. */
  binary?: boolean;
}

export interface LessonEntry {
  file: string;
  /** `<module>/<slug>`, the same id the Astro collection gives it. */
  id: string;
  slug: string;
  meta: LessonMeta;
  body: string;
}
export interface QuizEntry {
  file: string;
  id: string;
  quiz: Quiz;
}
export interface AssessmentEntry {
  file: string;
  id: string;
  assessment: Assessment;
}
export interface Content {
  framework: Framework;
  modules: Module[];
  lessons: LessonEntry[];
  quizzes: QuizEntry[];
  assessments: AssessmentEntry[];
}

/** `warnings` are printed but never stop the build (e.g. a lesson's length). */
export type ValidationResult =
  { ok: true; content: Content; warnings: Problem[] } | { ok: false; problems: Problem[]; warnings: Problem[] };

/**
 * A check over the whole parsed course (e.g. banned glossary variants, questions per skill).
 * Course-wide guards register here; they run only once every file has passed its own checks.
 */
export type CourseCheck = (content: Content, problems: Problem[], warnings: Problem[]) => void;
