/** Reads the parts of content/ the authoring commands need (Node only). */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { CourseIds } from '../model/course-ids.ts';

/** Module and skill ids with their titles; empty lists when a file is missing or broken. */
export function readCourseIds(root: string): CourseIds {
  const read = (path: string): unknown => {
    const full = join(root, path);
    if (!existsSync(full)) return undefined;
    try {
      return parse(readFileSync(full, 'utf8'));
    } catch {
      return undefined;
    }
  };
  const pick = (list: unknown) =>
    Array.isArray(list)
      ? list
          .filter((x): x is { id: string; title?: unknown } => typeof x?.id === 'string')
          .map((x) => ({ id: x.id, title: String(x.title ?? '') }))
      : [];
  const framework = read('content/framework.yaml') as { skills?: unknown } | undefined;
  return { modules: pick(read('content/modules.yaml')), skills: pick(framework?.skills) };
}
