/** How the questionnaire is cut into steps for a phone: one group per skill, grouped by factor. Pure. */
import { FACTOR_ORDER, type FactorInfo, type FrameworkInfo, type Instrument, type InstrumentItem } from './model.ts';

/** An item with its number in the order the learner sees it (1-based). */
export interface NumberedItem extends InstrumentItem {
  number: number;
}

/** One step of the questionnaire: the items of one skill. */
export interface ItemGroup {
  skill: string;
  title: string;
  factor: FactorInfo;
  items: NumberedItem[];
}

/**
 * The items grouped by skill, factors in the order 能力 · 心態 · 市場 and skills in framework
 * order; items keep their file order inside a skill. Items of a skill the framework does not
 * know (content checks forbid it) come last under their own id, so none is ever hidden.
 */
export function groupItems(instrument: Instrument, framework: FrameworkInfo): ItemGroup[] {
  const known = new Set(framework.skills.map((s) => s.id));
  const skills = [
    ...FACTOR_ORDER.flatMap((f) => framework.skills.filter((s) => s.factor === f)),
    ...[...new Set(instrument.items.map((i) => i.skill))]
      .filter((id) => !known.has(id))
      .map((id) => ({ id, title: id, factor: FACTOR_ORDER[0] })),
  ];
  let number = 0;
  return skills.flatMap((skill) => {
    const items = instrument.items.filter((i) => i.skill === skill.id);
    if (items.length === 0) return [];
    const factor = framework.factors.find((f) => f.id === skill.factor) ?? { id: skill.factor, title: skill.factor };
    return [{ skill: skill.id, title: skill.title, factor, items: items.map((i) => ({ ...i, number: ++number })) }];
  });
}

/** The first group with an unanswered item, or 0 when everything is answered: where a returning learner resumes. */
export function firstOpenGroup(groups: readonly ItemGroup[], answers: Readonly<Record<string, number>>): number {
  const i = groups.findIndex((g) => g.items.some((item) => answers[item.id] === undefined));
  return i < 0 ? 0 : i;
}
