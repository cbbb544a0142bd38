/**
 * Build-time content checks. Pure: takes the text of every content file and returns
 * either the parsed content or one friendly problem per mistake (never only the first).
 * Each content kind has its own checker; this file runs them in dependency order.
 */
import type { Problem } from './problems.ts';
import { checkAssessments } from './check-assessments.ts';
import { checkCoverage } from './check-coverage.ts';
import { checkLessonImages } from './check-lesson-images.ts';
import { courseGuardReport } from './course-guards.ts';
import { checkFramework, checkModules } from './check-framework.ts';
import { checkLessons } from './check-lessons.ts';
import { checkQuizzes } from './check-quizzes.ts';
import { checkContentIds } from './ids.ts';
import { FRAMEWORK_FILE, MODULES_FILE } from './check-shared.ts';
import { simplifiedProblems } from './simplified.ts';
import type { Content, ContentFile, CourseCheck, ValidationResult } from './types.ts';

export { FRAMEWORK_FILE, MODULES_FILE };
/** Text files written in Traditional Chinese (the glossary lists Simplified variants on purpose). */
/** A lesson's `<Zh hans="…">` escape hatches hold the Simplified edition's text: not Traditional source. */
const withoutHansForms = (text: string) => text.replace(/(<Zh\b[^>]*?\bhans=)("[^"]*"|'[^']*')/g, '$1""');

const isTraditionalSource = (f: ContentFile) =>
  !f.binary && /\.(ya?ml|mdx)$/.test(f.path) && f.path !== 'content/glossary.yaml' && f.path !== 'content/zh-hans.yaml';

export type {
  AssessmentEntry,
  Content,
  ContentFile,
  CourseCheck,
  LessonEntry,
  QuizEntry,
  ValidationResult,
} from './types.ts';

/** The course-wide guards as a check of validateContent (see courseGuardReport). */
export function courseGuards(files: readonly ContentFile[]): CourseCheck {
  return (content, problems, warnings) => {
    const report = courseGuardReport(content, files);
    problems.push(...report.errors);
    warnings.push(...report.warnings);
  };
}

/** Checks every content file and every cross-reference between them. */
export function validateContent(files: ContentFile[]): ValidationResult {
  const problems: Problem[] = [];
  const warnings: Problem[] = [];
  const byPath = new Map(files.map((f) => [f.path, f.text]));

  // Framework and modules first: everything else refers to them.
  const framework = checkFramework(byPath.get(FRAMEWORK_FILE), problems);
  const modules = checkModules(byPath.get(MODULES_FILE), problems);
  const skillIds = framework?.skills.map((s) => s.id);

  const { quizzes, broken: brokenQuizzes } = checkQuizzes(files, skillIds, problems);
  const lessonResult = checkLessons(
    files,
    { skillIds, modules, quizIds: quizzes.map((q) => q.id), brokenQuizzes },
    problems,
    warnings,
  );
  const assessmentResult = checkAssessments(files, skillIds, problems);
  const { lessons } = lessonResult;
  const { assessments } = assessmentResult;

  for (const f of files.filter(isTraditionalSource))
    problems.push(...simplifiedProblems(f.path, withoutHansForms(f.text)));

  // Skipped while a lesson or assessment file is broken, since its skills are unknown.
  if (framework && lessonResult.brokenFiles + assessmentResult.brokenFiles === 0) {
    checkCoverage(framework, lessons, assessments, problems);
  }

  problems.push(...checkContentIds({ framework, modules, lessons, quizzes, assessments }));
  problems.push(...checkLessonImages(files));

  if (problems.length > 0 || !framework || !modules) return { ok: false, problems, warnings };
  const content: Content = { framework, modules, lessons, quizzes, assessments };
  courseGuards(files)(content, problems, warnings);
  if (problems.length > 0) return { ok: false, problems, warnings };
  return { ok: true, content, warnings };
}
