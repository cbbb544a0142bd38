/**
 * The course data statements name activities with, read from files the site already publishes:
 * /data/assessment-analysis.json (lessons, framework, instrument) and /quizzes/<id>.json.
 */
import { ASSESSMENT_FILES, readAnalysisData } from '../../assessment/model/files.ts';
import type { AssessmentData } from '../../assessment/model/analysis.ts';
import { fetchQuizData } from '../../question/browser/quiz-data.ts';
import type { CourseInfo, CoursePort } from '../model/statements.ts';

/** The course data of the analysis file. */
export function courseOf(data: AssessmentData): CourseInfo {
  const { instrument } = data;
  return {
    lessons: Object.fromEntries(data.lessons.map((l) => [l.id, { title: l.title, quiz: l.quiz }])),
    framework: data.framework,
    instruments: {
      [instrument.id]: { title: instrument.title, range: instrument.range },
      ...(instrument.short ? { [instrument.short.id]: { title: instrument.title, range: instrument.range } } : {}),
    },
  };
}

/** Reads the course data from the site. */
export const siteCourseData: CoursePort = {
  async course() {
    try {
      const response = await fetch(ASSESSMENT_FILES.analysis, { credentials: 'same-origin' });
      return response.ok ? courseOf(readAnalysisData(await response.json())) : undefined;
    } catch {
      return undefined;
    }
  },
  async quiz(id, course) {
    const lesson = Object.entries(course.lessons).find(([, l]) => l.quiz === id)?.[0];
    const read = await fetchQuizData(id);
    if (read.ok) return { id, title: read.quiz.title, questions: read.quiz.questions, lesson };
    // A quiz no longer in the course: its attempts are still reported, as completed with their score.
    if (read.reason === 'missing') return { id, title: id, questions: [], lesson };
    return undefined;
  },
};
