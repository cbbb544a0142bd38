/** Small helpers shared by the per-kind content checkers. */
import { closest, type Problem } from './problems.ts';

export const FRAMEWORK_FILE = 'content/framework.yaml';
export const MODULES_FILE = 'content/modules.yaml';

export const baseName = (path: string) => path.slice(path.lastIndexOf('/') + 1).replace(/\.[^.]+$/, '');
export const list = (ids: Iterable<string>) => [...ids].join('、');

/** Every value that occurs more than once, with the indexes where it occurs. */
export function duplicates<T>(items: T[], key: (item: T) => string): Map<string, number[]> {
  const seen = new Map<string, number[]>();
  items.forEach((item, i) => seen.set(key(item), [...(seen.get(key(item)) ?? []), i]));
  return new Map([...seen].filter(([, at]) => at.length > 1));
}

/** Reports a skill id that framework.yaml does not define (nothing when the framework itself is broken). */
export function checkSkillRef(
  skillIds: readonly string[] | undefined,
  file: string,
  field: string,
  skill: string,
  problems: Problem[],
): void {
  if (!skillIds || skillIds.includes(skill)) return;
  const guess = closest(skill, skillIds);
  problems.push({
    file,
    field,
    value: skill,
    message: '這個技能不在 content/framework.yaml 裡',
    fix: guess
      ? `你是不是要寫「${guess}」？或先在 framework.yaml 的 skills 加上它`
      : `改用 framework.yaml 已有的技能：${list(skillIds)}`,
  });
}
