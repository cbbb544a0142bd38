/** The sentences the result view writes from the numbers. Pure: a translator in, text out. */
import { formatLevel, type Translate } from './format.ts';
import type { PlanItem } from './plan.ts';
import type { GapMap } from './scoring.ts';

/** Looks up a UI string and fills its placeholders (see `translator` in src/i18n/format.ts). */
export type { Translate } from './format.ts';

/** 「甲」, 「甲」與「乙」, 「甲」、「乙」與「丙」. */
function listNames(names: readonly string[], tr: Translate): string {
  const quoted = names.map((n) => `「${n}」`);
  return quoted.length < 2
    ? (quoted[0] ?? '')
    : `${quoted.slice(0, -1).join('、')}${tr('assess.finding.and')}${quoted.at(-1)}`;
}

/**
 * The one-sentence finding: the factor and the skill furthest below target, with their
 * numbers. Factors whose gaps read the same are all named, never one picked at random.
 */
export function describeFinding(map: GapMap, tr: Translate): string {
  const { largest, largestFactor, largestFactors } = map;
  if (!largest || largest.level === undefined || largest.gap === undefined) return tr('assess.finding.unrated');
  if (largest.gap <= 0) return tr('assess.finding.none');
  const skill = { skill: largest.skill.title, level: formatLevel(largest.level), target: largest.skill.target };
  if (!largestFactor || largestFactor.gap === undefined || largestFactor.gap <= 0)
    return tr('assess.finding.skill', skill);
  const gap = formatLevel(largestFactor.gap);
  if (largestFactors.length > 1)
    return tr('assess.finding.tie', {
      ...skill,
      factors: listNames(
        largestFactors.map((f) => f.factor.title),
        tr,
      ),
      gap,
    });
  return tr('assess.finding', { ...skill, factor: largestFactor.factor.title, gap });
}

/** Why a lesson is in the plan, in one line: the numbers of the most urgent skill it teaches, then the others by name. */
export function describeReason(item: PlanItem, tr: Translate): string {
  const [first, ...rest] = item.skills;
  if (!first) return '';
  const c = first.calibration;
  const vars = {
    skill: first.skill.title,
    target: first.skill.target,
    level: first.level === undefined ? '' : formatLevel(first.level),
    gap: formatLevel(first.priority),
    pct: c.evidencePct ?? '',
    n: c.evidence?.questions ?? 0,
  };
  const key =
    first.basis === 'self'
      ? 'plan.reason.self'
      : c.verdict === 'over'
        ? 'plan.reason.over'
        : c.verdict === 'under'
          ? 'plan.reason.under'
          : 'plan.reason.unrated';
  const also = rest.length
    ? tr('plan.reason.also', { skills: rest.map((p) => `「${p.skill.title}」`).join('、') })
    : '';
  return tr(key, vars) + also;
}
