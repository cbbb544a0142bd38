/**
 * Scoring a self-assessment. Pure: answers in, levels per skill and factor and the gap to
 * each skill's target out. An unanswered item is left out of the mean, never counted as the
 * lowest value: a blank says nothing about the skill, and a zero would drag it down. An
 * item answered 「不適用」 is an answer (the learner is done with it) but scores as a blank.
 */
import { NOT_APPLICABLE } from './forms.ts';
import {
  FACTOR_ORDER,
  type FactorInfo,
  type FrameworkInfo,
  type Instrument,
  type ScalePoint,
  type ScaleRange,
  type SkillInfo,
} from './model.ts';

/** The lowest and highest value of a Likert scale. */
export function scaleRange(scale: readonly ScalePoint[]): ScaleRange {
  const values = scale.map((p) => p.value);
  return { min: Math.min(...values), max: Math.max(...values) };
}

/** A reverse-worded item's value turned round: min + max − value (on 1–5, 1 ↔ 5, 2 ↔ 4). */
export function reverseValue(value: number, range: ScaleRange): number {
  return range.min + range.max - value;
}

/**
 * The answers that count: known items, values that are on the scale or 「不適用」. Anything
 * else is treated as unanswered. Own properties only, so an item id such as `constructor`
 * never reads a built-in.
 */
export function validAnswers(
  instrument: Instrument,
  answers: Readonly<Record<string, number>>,
): Record<string, number> {
  const allowed = new Set([...instrument.scale.map((p) => p.value), NOT_APPLICABLE]);
  const out: Record<string, number> = {};
  for (const item of instrument.items) {
    if (!Object.hasOwn(answers, item.id)) continue;
    const value = answers[item.id];
    if (value !== undefined && allowed.has(value)) out[item.id] = value;
  }
  return out;
}

/**
 * One skill's score: `level` is undefined when none of its items has a rating. `answered`
 * counts ratings only; `notApplicable` the items answered 「不適用」.
 */
export interface SkillScore {
  level: number | undefined;
  answered: number;
  notApplicable: number;
  items: number;
}

/** Level per skill: the mean of its answered items, reverse-worded items turned round first. */
export function scoreSkills(
  instrument: Instrument,
  answers: Readonly<Record<string, number>>,
): Record<string, SkillScore> {
  const range = scaleRange(instrument.scale);
  const valid = validAnswers(instrument, answers);
  const sums = new Map<string, { sum: number; answered: number; notApplicable: number; items: number }>();
  for (const item of instrument.items) {
    let s = sums.get(item.skill);
    if (!s) sums.set(item.skill, (s = { sum: 0, answered: 0, notApplicable: 0, items: 0 }));
    s.items += 1;
    const value = valid[item.id];
    if (value === undefined) continue;
    if (value === NOT_APPLICABLE) {
      s.notApplicable += 1;
      continue;
    }
    s.sum += item.reverse ? reverseValue(value, range) : value;
    s.answered += 1;
  }
  return Object.fromEntries(
    [...sums].map(([skill, s]) => [
      skill,
      {
        level: s.answered > 0 ? s.sum / s.answered : undefined,
        answered: s.answered,
        notApplicable: s.notApplicable,
        items: s.items,
      },
    ]),
  );
}

/**
 * Skills that have no level because every item of theirs that was answered was answered
 * 「不適用」: the result says so instead of "not answered". `itemSkills` maps item id → skill;
 * answers to unknown items are ignored.
 */
export function notApplicableSkills(
  answers: Readonly<Record<string, number>>,
  itemSkills: Readonly<Record<string, string>>,
): string[] {
  const rated = new Set<string>();
  const na = new Set<string>();
  for (const [item, value] of Object.entries(answers)) {
    if (!Object.hasOwn(itemSkills, item)) continue;
    const skill = itemSkills[item]!;
    if (value === NOT_APPLICABLE) na.add(skill);
    else rated.add(skill);
  }
  return [...na].filter((s) => !rated.has(s));
}

/** The levels to store with a result: only skills that have one. */
export function skillLevels(scores: Readonly<Record<string, SkillScore>>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [skill, s] of Object.entries(scores)) if (s.level !== undefined) out[skill] = s.level;
  return out;
}

/** A skill's level against its target; `gap` is target − level (positive: below target). */
export interface SkillGap {
  skill: SkillInfo;
  level: number | undefined;
  gap: number | undefined;
}

/** A factor's level: the mean of its rated skills (each skill weighs the same, however many items it has). */
export interface FactorLevel {
  factor: FactorInfo;
  level: number | undefined;
  /** Mean target of the same rated skills, so level and target compare like with like. */
  target: number | undefined;
  gap: number | undefined;
  rated: number;
  skills: number;
}

/** Gap per skill, in framework order. */
export function skillGaps(levels: Readonly<Record<string, number>>, skills: readonly SkillInfo[]): SkillGap[] {
  return skills.map((skill) => {
    const level = levels[skill.id];
    return { skill, level, gap: level === undefined ? undefined : skill.target - level };
  });
}

/** Largest gap first; skills without a level last; ties keep framework order. */
export function sortByGap<T extends { gap: number | undefined }>(items: readonly T[]): T[] {
  return items
    .map((item, index) => ({ item, index }))
    .sort((a, b) => {
      if (a.item.gap === undefined || b.item.gap === undefined)
        return (a.item.gap === undefined ? 1 : 0) - (b.item.gap === undefined ? 1 : 0) || a.index - b.index;
      return b.item.gap - a.item.gap || a.index - b.index;
    })
    .map(({ item }) => item);
}

const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : undefined);

/** Level, target and gap of each factor, always in the order 能力 · 心態 · 市場. */
export function factorLevels(levels: Readonly<Record<string, number>>, framework: FrameworkInfo): FactorLevel[] {
  return FACTOR_ORDER.map((id) => {
    const factor = framework.factors.find((f) => f.id === id) ?? { id, title: id };
    const skills = framework.skills.filter((s) => s.factor === id);
    const rated = skills.filter((s) => levels[s.id] !== undefined);
    const level = mean(rated.map((s) => levels[s.id]!));
    const target = mean(rated.map((s) => s.target));
    return {
      factor,
      level,
      target,
      gap: level === undefined || target === undefined ? undefined : target - level,
      rated: rated.length,
      skills: skills.length,
    };
  });
}

/** The skill-gap map: factors in fixed order, and groups of skills by factor, each sorted by gap. */
export interface GapMap {
  factors: FactorLevel[];
  /** Factor groups, the largest average gap first; skills inside by gap. */
  groups: { factor: FactorLevel; skills: SkillGap[] }[];
  /** The single largest gap, if any skill is rated. */
  largest: SkillGap | undefined;
  /** The factor with the largest average gap, if any is rated. */
  largestFactor: FactorLevel | undefined;
  /** Every factor whose gap equals the largest as shown (one decimal), 能力 · 心態 · 市場 order; empty when none is rated. */
  largestFactors: FactorLevel[];
}

/** Gaps that read the same at one decimal are a tie: the learner cannot tell them apart. */
const shownGap = (gap: number) => Math.round(gap * 10);

/** Everything the skill-gap map shows, computed from stored levels. */
export function mapSkillGaps(levels: Readonly<Record<string, number>>, framework: FrameworkInfo): GapMap {
  const factors = factorLevels(levels, framework);
  const gaps = skillGaps(levels, framework.skills);
  const groups = sortByGap(factors).map((factor) => ({
    factor,
    skills: sortByGap(gaps.filter((g) => g.skill.factor === factor.factor.id)),
  }));
  const largest = sortByGap(gaps)[0];
  const largestFactor = sortByGap(factors)[0];
  const top = largestFactor?.gap;
  return {
    factors,
    groups,
    largest: largest?.gap === undefined ? undefined : largest,
    largestFactor: top === undefined ? undefined : largestFactor,
    largestFactors:
      top === undefined ? [] : factors.filter((f) => f.gap !== undefined && shownGap(f.gap) === shownGap(top)),
  };
}

/** A completed round as stored: its id is the form's instrument id and the time, so two rounds never share one. */
export function completedResult(
  instrument: Instrument,
  answers: Readonly<Record<string, number>>,
  at: string,
): { id: string; instrument: string; at: string; answers: Record<string, number>; levels: Record<string, number> } {
  return {
    id: `${instrument.id}/${at}`,
    instrument: instrument.id,
    at,
    answers: { ...answers },
    levels: skillLevels(scoreSkills(instrument, answers)),
  };
}
