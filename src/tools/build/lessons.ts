/** Build time: the lessons that teach each tool (their frontmatter `tool:`), for the tool pages' links back. */
import { lessonHref, loadCourse } from '../../lessons/build/catalog.ts';
import type { ToolId } from '../model/catalog.ts';

export interface ToolLesson {
  title: string;
  href: string;
}

/** Every tool's lessons, in course order. */
export async function toolLessons(): Promise<Record<ToolId, ToolLesson[]>> {
  const { lessons, entries } = await loadCourse();
  const toolOf = new Map(entries.map((e) => [e.id, e.data.tool]));
  const out: Record<ToolId, ToolLesson[]> = { visit: [], sales: [], shortage: [], report: [], guidance: [] };
  for (const lesson of lessons) {
    const tool = toolOf.get(lesson.id);
    if (tool) out[tool].push({ title: lesson.title, href: lessonHref(lesson.id) });
  }
  return out;
}
