/**
 * The study plan: which lessons to take next, and why. Pure. Skills are ranked by how far
 * they sit below target; where the self-rating and the quiz evidence clearly disagree the
 * evidence decides, because self-ratings are the weaker measure.
 */
import { CALIBRATION_RULE, shareToLevel, type Calibration } from './calibration.ts';
import type { LessonInfo, ScaleRange, SkillInfo } from './model.ts';

/** A skill the plan works on. */
export interface PlanSkill {
  skill: SkillInfo;
  level: number | undefined;
  /** Distance below target on the scale (may be ≤ 0 only for a flagged over-rating). */
  priority: number;
  /** `evidence` when the quiz results overruled the self-rating. */
  basis: 'self' | 'evidence';
  calibration: Calibration;
}

/** One lesson of the plan with the plan skills it teaches, most urgent first. */
export interface PlanItem {
  lesson: LessonInfo;
  done: boolean;
  skills: PlanSkill[];
}

/**
 * Skills to work on, most urgent first: every skill below target, plus every skill flagged
 * as over-rated even when the evidence still reaches target (the learner should know).
 * Ties: a flagged over-rating first, then framework order.
 */
export function prioritiseSkills(
  levels: Readonly<Record<string, number>>,
  skills: readonly SkillInfo[],
  calibrations: Readonly<Record<string, Calibration>>,
  range: ScaleRange,
): PlanSkill[] {
  const out: (PlanSkill & { index: number })[] = [];
  skills.forEach((skill, index) => {
    const calibration = calibrations[skill.id];
    const level = levels[skill.id];
    const evidence = calibration?.evidence;
    const trustEvidence =
      calibration !== undefined &&
      evidence !== undefined &&
      (calibration.verdict === 'over' ||
        calibration.verdict === 'under' ||
        (calibration.verdict === 'unrated' && evidence.questions >= CALIBRATION_RULE.minQuestions));
    let priority: number;
    let basis: PlanSkill['basis'];
    if (trustEvidence) {
      priority = skill.target - shareToLevel(evidence.share, range);
      basis = 'evidence';
    } else if (level !== undefined) {
      priority = skill.target - level;
      basis = 'self';
    } else return;
    const over = calibration?.verdict === 'over';
    if (priority > 0 || over)
      out.push({ skill, level, priority, basis, calibration: calibration ?? noCalibration, index });
  });
  const overFirst = (p: PlanSkill) => (p.calibration.verdict === 'over' ? 0 : 1);
  return out
    .sort((a, b) => b.priority - a.priority || overFirst(a) - overFirst(b) || a.index - b.index)
    .map(({ index: _index, ...p }) => p);
}

const noCalibration: Calibration = {
  verdict: 'none',
  selfPct: undefined,
  evidencePct: undefined,
  diff: undefined,
  evidence: undefined,
};

/**
 * Lessons that teach the prioritised skills (from their frontmatter), in order of the most
 * urgent skill each teaches; for one skill, lessons about it first (it is listed earlier in
 * their `skills`), then course order. Unfinished lessons come before finished ones.
 */
export function buildStudyPlan(
  priorities: readonly PlanSkill[],
  lessons: readonly LessonInfo[],
  done: ReadonlySet<string>,
): PlanItem[] {
  const items = new Map<string, PlanItem>();
  for (const p of priorities) {
    const teaching = lessons
      .map((lesson, index) => ({ lesson, index, rank: lesson.skills.indexOf(p.skill.id) }))
      .filter((l) => l.rank >= 0)
      .sort((a, b) => a.rank - b.rank || a.index - b.index);
    for (const { lesson } of teaching) {
      const item = items.get(lesson.id);
      if (item) item.skills.push(p);
      else items.set(lesson.id, { lesson, done: done.has(lesson.id), skills: [p] });
    }
  }
  const list = [...items.values()];
  return [...list.filter((i) => !i.done), ...list.filter((i) => i.done)];
}

/**
 * The first `size` lessons of the plan, plus, for any over-rated skill those leave out, its
 * first unfinished lesson: a flagged over-rating is never cut from the plan by its length.
 */
export function selectPlan(items: readonly PlanItem[], size: number): PlanItem[] {
  const shown = items.slice(0, size);
  const covered = new Set(shown.flatMap((i) => i.skills.map((p) => p.skill.id)));
  for (const item of items.slice(size)) {
    if (item.done || !item.skills.some((p) => p.calibration.verdict === 'over' && !covered.has(p.skill.id))) continue;
    shown.push(item);
    for (const p of item.skills) covered.add(p.skill.id);
  }
  return shown;
}

/** How many plan lessons the result page lists. */
export const PLAN_SIZE = 6;

/** How many lessons the home page suggests: enough for a week, few enough to start. */
export const HOME_PLAN_SIZE = 3;
