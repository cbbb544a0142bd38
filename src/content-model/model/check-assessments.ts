/** Checks every self-assessment file: shape, unique ids and scale values, known skills. */
import type { Problem } from './problems.ts';
import { baseName, checkSkillRef, duplicates } from './check-shared.ts';
import { assessmentSchema } from '../../course/model/schemas.ts';
import { parseYaml } from './yaml.ts';
import { checkSchema } from './zod-problems.ts';
import type { AssessmentEntry, ContentFile } from './types.ts';

/** The valid assessments, and how many assessment files are broken. */
export function checkAssessments(
  files: ContentFile[],
  skillIds: readonly string[] | undefined,
  problems: Problem[],
): { assessments: AssessmentEntry[]; brokenFiles: number } {
  const assessments: AssessmentEntry[] = [];
  let brokenFiles = 0;
  for (const f of files.filter((f) => /^content\/assessments\/[^/]+\.ya?ml$/.test(f.path))) {
    const parsed = parseYaml(f.text, { file: f.path }, problems);
    const assessment = parsed.ok ? checkSchema(f.path, assessmentSchema, parsed.data, problems) : undefined;
    if (!assessment) {
      brokenFiles++;
      continue;
    }
    assessments.push({ file: f.path, id: baseName(f.path), assessment });
    for (const [dup, at] of duplicates(assessment.items, (i) => i.id)) {
      problems.push({
        file: f.path,
        field: `items[${at[1]}].id`,
        value: dup,
        message: '自評題目 id 重複',
        fix: '每個題目的 id 必須不同',
      });
    }
    for (const [dup, at] of duplicates(assessment.scale, (s) => String(s.value))) {
      problems.push({
        file: f.path,
        field: `scale[${at[1]}].value`,
        value: dup,
        message: '量表的分數重複',
        fix: '量表每一級的 value 必須不同，例如 1 到 5',
      });
    }
    assessment.items.forEach((item, i) => checkSkillRef(skillIds, f.path, `items[${i}].skill`, item.skill, problems));
  }
  return { assessments, brokenFiles };
}
