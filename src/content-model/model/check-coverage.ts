/** Coverage: a skill nobody teaches or measures is a gap in the course itself. */
import type { Problem } from './problems.ts';
import { FRAMEWORK_FILE } from './check-shared.ts';
import type { Framework } from '../../course/model/schemas.ts';
import type { AssessmentEntry, LessonEntry } from './types.ts';

/** Reports every skill without a lesson and every skill without an assessment item. */
export function checkCoverage(
  framework: Framework,
  lessons: LessonEntry[],
  assessments: AssessmentEntry[],
  problems: Problem[],
): void {
  const taught = new Set(lessons.flatMap((l) => l.meta.skills));
  const measured = new Set(assessments.flatMap((a) => a.assessment.items.map((i) => i.skill)));
  framework.skills.forEach((s, i) => {
    if (!taught.has(s.id)) {
      problems.push({
        file: FRAMEWORK_FILE,
        field: `skills[${i}].id`,
        value: s.id,
        message: '沒有任何一課教這項技能',
        fix: `在一課的 skills 加上 ${s.id}，或從 framework.yaml 刪掉這項技能`,
      });
    }
    if (!measured.has(s.id)) {
      problems.push({
        file: FRAMEWORK_FILE,
        field: `skills[${i}].id`,
        value: s.id,
        message: '自評問卷沒有任何題目量這項技能',
        fix: `在 content/assessments/ 的問卷加一題 skill: ${s.id}`,
      });
    }
  });
}
