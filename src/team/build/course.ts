/** Build-time data of the team page (/data/team-course.json): modules, the assessment data and every quiz's answer key. */
import { getCollection } from 'astro:content';
import { loadAssessmentData } from '../../assessment/build/load.ts';
import type { Question } from '../../course/model/schemas.ts';
import { loadCourse } from '../../lessons/build/catalog.ts';
import type { ItemKey, TeamCourse } from '../model/course.ts';

/** A question's answer key and texts, without feedback or explanation (the team page does not show them). */
export function itemKey(q: Question): ItemKey {
  const base = { id: q.id, type: q.type, skill: q.skill, prompt: q.prompt };
  switch (q.type) {
    case 'order':
      return { ...base, items: q.items.map(({ id, text }) => ({ id, text })) };
    case 'match':
      return { ...base, pairs: q.pairs.map(({ id, left, right }) => ({ id, left, right })) };
    case 'scenario':
      return { ...base, options: q.options.map(({ id, text, score }) => ({ id, text, score })) };
    default:
      return {
        ...base,
        options: q.options.map(({ id, text, correct }) => ({ id, text, ...(correct ? { correct } : {}) })),
      };
  }
}

/** The course as the team page reads it; quizzes in course order (the lesson each ends), then any others by id. */
export async function loadTeamCourse(): Promise<TeamCourse> {
  const [{ modules }, { data }, quizzes] = await Promise.all([
    loadCourse(),
    loadAssessmentData(),
    getCollection('quizzes'),
  ]);
  const order = new Map(data.lessons.flatMap((l, i) => (l.quiz ? [[l.quiz, i] as const] : [])));
  const rank = (id: string) => order.get(id) ?? Number.MAX_SAFE_INTEGER;
  return {
    modules: modules.map((m) => ({ id: m.id, title: m.title, lessons: m.lessons.map((l) => l.id) })),
    assessment: data,
    quizzes: [...quizzes]
      .sort((a, b) => rank(a.id) - rank(b.id) || a.id.localeCompare(b.id))
      .map((q) => ({ id: q.id, title: q.data.title, questions: q.data.questions.map(itemKey) })),
  };
}
