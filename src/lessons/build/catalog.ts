/** Server-side access to the course: modules and lessons in order, with links. */
import { getCollection, type CollectionEntry } from 'astro:content';
import { courseOrder, type LessonRef } from '../model/order.ts';

export type LessonEntry = CollectionEntry<'lessons'>;
export interface LessonLink extends LessonRef {
  href: string;
  summary: string;
  quiz: string | undefined;
}

/** The URL of a lesson page. */
export const lessonHref = (id: string) => `/lessons/${id}/`;
/** The URL of a module page. */
export const moduleHref = (id: string) => `/modules/${id}/`;

/** Modules in order, each with its lessons in order. */
export async function loadCourse() {
  const modules = (await getCollection('modules')).map((m) => m.data).sort((a, b) => a.order - b.order);
  const entries = await getCollection('lessons');
  const lessons: LessonLink[] = courseOrder(
    modules,
    entries.map((e) => ({
      id: e.id,
      module: e.data.module,
      order: e.data.order,
      title: e.data.title,
      minutes: e.data.minutes,
      summary: e.data.summary,
      quiz: e.data.quiz,
      href: lessonHref(e.id),
    })),
  );
  return {
    modules: modules.map((m) => ({ ...m, href: moduleHref(m.id), lessons: lessons.filter((l) => l.module === m.id) })),
    lessons,
    entries,
  };
}
