/**
 * All course-wide guards in one place: the quiz measures, the per-skill coverage and the
 * house-style text checks, run over the course as the content check loads it. Pure.
 */
import { parse } from 'yaml';
import { formatProblem, type Problem } from './problems.ts';
import {
  coverageProblems,
  keyLengthProblems,
  keyLengths,
  kindProblems,
  kinds,
  multipleCounts,
  multipleProblems,
  skillCoverage,
  strategyProblems,
  strategyScore,
  pickFirst,
  pickLongest,
  trueFalseBalance,
  trueFalseProblems,
} from './quiz-guards.ts';
import { glossarySchema, type GlossaryEntry } from '../../course/model/schemas.ts';
import { textProblems } from './text-guards.ts';
import type { Content, ContentFile } from './types.ts';

export const GLOSSARY_FILE = 'content/glossary.yaml';

/**
 * The glossary as the guards read it, or a problem saying why it cannot be read. A course
 * without a glossary simply has no banned variants.
 */
export function readGlossary(files: readonly ContentFile[]): { entries: GlossaryEntry[]; problems: Problem[] } {
  const file = files.find((f) => f.path === GLOSSARY_FILE);
  if (!file) return { entries: [], problems: [] };
  let data: unknown;
  try {
    data = parse(file.text);
  } catch (e) {
    return {
      entries: [],
      problems: [
        {
          file: GLOSSARY_FILE,
          field: '',
          message: `YAML 格式錯誤：${(e as Error).message.split('\n')[0]}`,
          fix: '檢查縮排與冒號',
        },
      ],
    };
  }
  const result = glossarySchema.safeParse(data);
  if (result.success) return { entries: result.data, problems: [] };
  return {
    entries: [],
    problems: result.error.issues.map((issue) => ({
      file: GLOSSARY_FILE,
      field: issue.path
        .map((p) => (typeof p === 'number' ? `[${p}]` : `.${p}`))
        .join('')
        .replace(/^\./, ''),
      message: issue.message,
      fix: '每一條寫 term 與 definition；avoid 和 keep 是文字清單，例如 avoid: [櫃台]',
    })),
  };
}

/** Every figure the guards measure, for reports and for the failure messages. */
export function courseFigures(content: Content) {
  const quizzes = content.quizzes.map((q) => ({ id: q.id, file: q.file, quiz: q.quiz }));
  const items = content.assessments.flatMap((a) => a.assessment.items);
  return {
    keyLength: keyLengths(quizzes),
    first: strategyScore(quizzes, pickFirst),
    longest: strategyScore(quizzes, pickLongest),
    trueFalse: trueFalseBalance(quizzes),
    multiple: multipleCounts(quizzes),
    kinds: kinds(quizzes),
    coverage: skillCoverage(content.framework.skills, quizzes, items),
  };
}
export type CourseFigures = ReturnType<typeof courseFigures>;

/** The quiz measures of a loaded course: answer length, reading-free strategies, balance, kinds. */
export function quizMeasureProblems(figures: CourseFigures): Problem[] {
  return [
    ...keyLengthProblems(figures.keyLength),
    ...strategyProblems('first', figures.first),
    ...strategyProblems('longest', figures.longest),
    ...trueFalseProblems(figures.trueFalse),
    ...multipleProblems(figures.multiple),
    ...kindProblems(figures.kinds),
  ];
}

/**
 * The course-wide guards in one place (content/README.md, 課程品質檢查): a broken glossary is an
 * error; the course measures (answer length, reading-free strategies, balance, kinds, questions
 * and items per skill) and the house style in the text are warnings, which the unit suite fails on.
 */
export function courseGuardReport(
  content: Content,
  files: readonly ContentFile[],
): { errors: Problem[]; warnings: Problem[] } {
  const figures = courseFigures(content);
  const glossary = readGlossary(files);
  return {
    errors: glossary.problems,
    warnings: [
      ...quizMeasureProblems(figures),
      ...coverageProblems(figures.coverage),
      ...textProblems(files, glossary.entries),
    ],
  };
}

/** Every course-wide problem, errors first, one line each as the content check prints them. */
export function courseGuardMessages(content: Content, files: readonly ContentFile[]): string[] {
  const { errors, warnings } = courseGuardReport(content, files);
  return [...errors, ...warnings].map(formatProblem);
}
