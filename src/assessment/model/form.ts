/** How the questionnaire is cut into steps for a phone. Pure. */
import { FACTOR_ORDER, type FactorInfo, type FrameworkInfo, type Instrument, type InstrumentItem } from './model.ts';

/** An item with its number in the order the learner sees it (1-based). */
export interface NumberedItem extends InstrumentItem {
  number: number;
}

/** One step of the questionnaire: the items of one skill (full form) or of one factor (short form). */
export interface ItemGroup {
  /** The skill id, or the factor id when grouped by factor: unique among the groups. */
  key: string;
  title: string;
  factor: FactorInfo;
  items: NumberedItem[];
}

/**
 * The items grouped by skill (`by: 'skill'`, four to six statements a step) or by factor
 * (`by: 'factor'`, for the short form's one statement per skill). Factors come in the order
 * 能力 · 心態 · 市場 and skills in framework order; items keep their file order inside a
 * skill. Items of a skill the framework does not know (content checks forbid it) come last
 * under their own id, so none is ever hidden.
 */
export function groupItems(
  instrument: Instrument,
  framework: FrameworkInfo,
  by: 'skill' | 'factor' = 'skill',
): ItemGroup[] {
  const known = new Set(framework.skills.map((s) => s.id));
  const skills = [
    ...FACTOR_ORDER.flatMap((f) => framework.skills.filter((s) => s.factor === f)),
    ...[...new Set(instrument.items.map((i) => i.skill))]
      .filter((id) => !known.has(id))
      .map((id) => ({ id, title: id, factor: FACTOR_ORDER[0] })),
  ];
  const factorOf = (id: string) =>
    framework.factors.find((f) => f.id === id) ?? { id: id as FactorInfo['id'], title: id };
  let number = 0;
  const bySkill = skills.flatMap((skill) => {
    const items = instrument.items.filter((i) => i.skill === skill.id);
    if (items.length === 0) return [];
    const factor = factorOf(skill.factor);
    return [{ key: skill.id, title: skill.title, factor, items: items.map((i) => ({ ...i, number: ++number })) }];
  });
  if (by === 'skill') return bySkill;
  return FACTOR_ORDER.flatMap((id) => {
    const items = bySkill.filter((g) => g.factor.id === id).flatMap((g) => g.items);
    if (items.length === 0) return [];
    const factor = factorOf(id);
    return [{ key: id, title: factor.title, factor, items }];
  });
}

/** The first group with an unanswered item, or 0 when everything is answered: where a returning learner resumes. */
export function firstOpenGroup(groups: readonly ItemGroup[], answers: Readonly<Record<string, number>>): number {
  const i = groups.findIndex((g) => g.items.some((item) => answers[item.id] === undefined));
  return i < 0 ? 0 : i;
}
