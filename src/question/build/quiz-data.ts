/** Build time: every quiz's data file, with the lesson it ends (for the review queue's link back). */
import { getCollection } from 'astro:content';
import { loadCourse } from '../../lessons/build/catalog.ts';
import type { QuizData } from '../model/quiz-data.ts';

export async function quizDataFiles(): Promise<QuizData[]> {
  const { lessons } = await loadCourse();
  return (await getCollection('quizzes')).map((entry) => {
    const lesson = lessons.find((l) => l.quiz === entry.id);
    return {
      id: entry.id,
      title: entry.data.title,
      questions: entry.data.questions,
      ...(lesson ? { lesson: { title: lesson.title, href: lesson.href } } : {}),
    };
  });
}
