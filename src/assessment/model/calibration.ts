/**
 * Self-rating beside evidence. Self-ratings track objective performance only weakly
 * (r ≈ .29 in Mabe & West's meta-analysis) and the least skilled overrate themselves most,
 * so every rated skill is compared with the learner's quiz results on that skill. Pure.
 */
import type { Attempt } from '../../progress/model/document.ts';
import type { LessonInfo, QuestionSkills, ScaleRange, SkillInfo } from './model.ts';
import { own } from '../../progress/model/ids.ts';

/**
 * When self-rating and evidence disagree enough to say so: both as 0–100 %, at least
 * `threshold` points apart, on at least `minQuestions` questions. With five questions one
 * answer moves the share by at most 20 points, so a single slip can never raise a flag.
 */
export const CALIBRATION_RULE = { threshold: 30, minQuestions: 5 } as const;

/** What the quizzes say about one skill. */
export interface SkillEvidence {
  earned: number;
  possible: number;
  /** Questions on the skill; the quiz scorer makes every question worth one point. */
  questions: number;
  /** earned / possible, 0–1. */
  share: number;
  /** Mean confidence (1 guess · 2 fairly sure · 3 sure) over the questions where it was recorded. */
  confidence: number | undefined;
  confidenceCount: number;
  quizzes: string[];
}

/**
 * The latest attempt of each quiz. The latest, not all: evidence should describe what the
 * learner knows now and rise as they relearn, and a quiz retaken five times must not
 * outvote a quiz taken once, so each question counts once.
 */
export function latestAttempts(attempts: Iterable<Attempt>): Attempt[] {
  const latest = new Map<string, Attempt>();
  for (const a of attempts) {
    const seen = latest.get(a.quiz);
    if (!seen || a.at > seen.at || (a.at === seen.at && a.id > seen.id)) latest.set(a.quiz, a);
  }
  return [...latest.values()].sort((x, y) => (x.quiz < y.quiz ? -1 : x.quiz > y.quiz ? 1 : 0));
}

/** Evidence per skill from the latest attempt of each quiz: sum earned / sum possible, and mean confidence. */
export function collectEvidence(
  attempts: Iterable<Attempt>,
  questionSkills: QuestionSkills,
): Record<string, SkillEvidence> {
  // No prototype: a skill id can never reach an inherited value such as Object.prototype.toString.
  const out = Object.create(null) as Record<string, SkillEvidence>;
  const entry = (skill: string) =>
    (out[skill] ??= {
      earned: 0,
      possible: 0,
      questions: 0,
      share: 0,
      confidence: undefined,
      confidenceCount: 0,
      quizzes: [],
    });
  const confidenceSums = Object.create(null) as Record<string, number>;
  for (const attempt of latestAttempts(attempts)) {
    for (const [skill, credit] of Object.entries(attempt.skills)) {
      if (credit.possible <= 0) continue;
      const e = entry(skill);
      e.earned += credit.earned;
      e.possible += credit.possible;
      e.questions += Math.round(credit.possible);
      if (!e.quizzes.includes(attempt.quiz)) e.quizzes.push(attempt.quiz);
    }
    // Confidence is stored per question, so the quiz's content says which skill it speaks for.
    const map = own(questionSkills, attempt.quiz) ?? {};
    for (const [question, level] of Object.entries(attempt.confidence ?? {})) {
      const skill = own(map, question);
      const e = skill === undefined ? undefined : out[skill];
      if (skill === undefined || !e) continue;
      confidenceSums[skill] = (confidenceSums[skill] ?? 0) + level;
      e.confidenceCount += 1;
    }
  }
  for (const [skill, e] of Object.entries(out)) {
    e.share = e.possible > 0 ? e.earned / e.possible : 0;
    e.confidence = e.confidenceCount > 0 ? (confidenceSums[skill] ?? 0) / e.confidenceCount : undefined;
  }
  return out;
}

/** A level on the scale as a percentage: the lowest value is 0 %, the highest 100 %. */
export function levelToPercent(level: number, range: ScaleRange): number {
  return range.max === range.min ? 0 : Math.round(((level - range.min) / (range.max - range.min)) * 100);
}

/** A share of quiz credit as the level it would be on the scale (the inverse of levelToPercent). */
export function shareToLevel(share: number, range: ScaleRange): number {
  return range.min + share * (range.max - range.min);
}

/**
 * The comparison for one skill:
 * `over` rated clearly above the evidence · `under` clearly below · `agree` within the threshold ·
 * `few` too few questions to judge · `none` no quiz evidence yet · `unrated` evidence but no self-rating.
 */
export type Verdict = 'over' | 'under' | 'agree' | 'few' | 'none' | 'unrated';

/** Self-rating and evidence side by side, with the verdict. */
export interface Calibration {
  verdict: Verdict;
  /** Self-rating as 0–100 %, rounded as shown. */
  selfPct: number | undefined;
  /** Share correct as 0–100 %, rounded as shown. */
  evidencePct: number | undefined;
  /** selfPct − evidencePct. */
  diff: number | undefined;
  evidence: SkillEvidence | undefined;
}

/** Compares one skill's self-rating with its evidence. Percentages are rounded before comparing, so the flag agrees with the numbers shown. */
export function calibrateSkill(
  level: number | undefined,
  evidence: SkillEvidence | undefined,
  range: ScaleRange,
  rule: { threshold: number; minQuestions: number } = CALIBRATION_RULE,
): Calibration {
  const selfPct = level === undefined ? undefined : levelToPercent(level, range);
  if (!evidence || evidence.possible <= 0)
    return { verdict: 'none', selfPct, evidencePct: undefined, diff: undefined, evidence: undefined };
  const evidencePct = Math.round(evidence.share * 100);
  if (selfPct === undefined) return { verdict: 'unrated', selfPct, evidencePct, diff: undefined, evidence };
  const diff = selfPct - evidencePct;
  const verdict: Verdict =
    evidence.questions < rule.minQuestions
      ? 'few'
      : diff >= rule.threshold
        ? 'over'
        : diff <= -rule.threshold
          ? 'under'
          : 'agree';
  return { verdict, selfPct, evidencePct, diff, evidence };
}

/** The comparison for every skill of the framework. */
export function calibrateSkills(
  levels: Readonly<Record<string, number>>,
  skills: readonly SkillInfo[],
  evidence: Readonly<Record<string, SkillEvidence>>,
  range: ScaleRange,
): Record<string, Calibration> {
  return Object.fromEntries(skills.map((s) => [s.id, calibrateSkill(levels[s.id], evidence[s.id], range)]));
}

/**
 * Lessons whose quiz asks about `skill`: the ones that would give evidence. Lessons that
 * teach the skill (frontmatter) come first, then the rest in course order.
 */
export function evidenceLessons(
  skill: string,
  lessons: readonly LessonInfo[],
  questionSkills: QuestionSkills,
): LessonInfo[] {
  const asks = lessons.filter(
    (l) => l.quiz !== undefined && Object.values(questionSkills[l.quiz] ?? {}).includes(skill),
  );
  return [...asks.filter((l) => l.skills.includes(skill)), ...asks.filter((l) => !l.skills.includes(skill))];
}

/** What the result view says about calibration as a whole. */
export interface CalibrationSummary {
  /** Skills where self-rating and evidence disagree, the widest gap first (ties keep framework order). */
  flagged: { skill: SkillInfo; calibration: Calibration & { verdict: 'over' | 'under' } }[];
  /** How many skills have enough evidence to compare (agree, over or under). */
  withEvidence: number;
  /** Skills without enough evidence yet (none, too few questions, or not rated), in framework order. */
  missing: SkillInfo[];
}

/** Sorts a result's calibrations into flags, coverage and the skills still missing evidence. */
export function summariseCalibrations(
  skills: readonly SkillInfo[],
  calibrations: Readonly<Record<string, Calibration>>,
): CalibrationSummary {
  const flagged: CalibrationSummary['flagged'] = [];
  const missing: SkillInfo[] = [];
  let withEvidence = 0;
  for (const skill of skills) {
    const c = own(calibrations, skill.id);
    const verdict = c?.verdict;
    if (c && (verdict === 'over' || verdict === 'under'))
      flagged.push({ skill, calibration: c as Calibration & { verdict: 'over' | 'under' } });
    if (verdict === 'over' || verdict === 'under' || verdict === 'agree') withEvidence++;
    if (verdict === 'none' || verdict === 'few' || verdict === undefined) missing.push(skill);
  }
  // Array.prototype.sort is stable: equal gaps keep framework order.
  flagged.sort((a, b) => Math.abs(b.calibration.diff ?? 0) - Math.abs(a.calibration.diff ?? 0));
  return { flagged, withEvidence, missing };
}
