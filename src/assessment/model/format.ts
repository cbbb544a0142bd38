/** How the result view writes levels, gaps and changes. Pure. */
import type { Translate } from '../../i18n/format.ts';
import type { SkillGap } from './scoring.ts';

export type { Translate };

/** A level or gap as shown: one decimal (2.3, 4.0). */
export const formatLevel = (x: number): string => x.toFixed(1);

/** A change with its sign: +0.4, −0.3 (a true minus sign), 0.0. */
export function formatDelta(x: number): string {
  const rounded = Math.round(x * 10) / 10;
  if (rounded === 0) return '0.0';
  return rounded > 0 ? `+${rounded.toFixed(1)}` : `\u2212${Math.abs(rounded).toFixed(1)}`;
}

/** Gap words: below target, at it, or above it — in text, not only in the bar. */
export function gapText(g: Pick<SkillGap, 'gap'>, tr: Translate): string {
  if (g.gap === undefined) return '';
  if (g.gap > 0.05) return tr('assess.gap', { gap: formatLevel(g.gap) });
  if (g.gap < -0.05) return tr('assess.above', { gap: formatLevel(-g.gap) });
  return tr('assess.met');
}

/** The word for a change as shown: the same when it rounds to 0.0, else up or down. */
export function changeWordKey(delta: number): 'assess.change.same' | 'assess.change.up' | 'assess.change.down' {
  return Math.round(delta * 10) === 0 ? 'assess.change.same' : delta > 0 ? 'assess.change.up' : 'assess.change.down';
}
