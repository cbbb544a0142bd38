/** How the team page writes its figures and wrong answers. Pure: the view and the CSV share it. */
import type { Translate } from '../../i18n/format.ts';
import type { WrongChoice } from './items.ts';

/** A level on the scale with one decimal, `—` when there is none. */
export const formatLevel = (level: number | undefined): string =>
  level === undefined || !Number.isFinite(level) ? '—' : (Math.round(level * 10) / 10).toFixed(1);

/** A 0–100 figure as a percentage, `—` when there is none. */
export const formatPct = (pct: number | undefined): string => (pct === undefined ? '—' : `${pct}%`);

/** A discrimination figure with its sign, two decimals; `—` when the thirds cannot be told apart. */
export const formatDiscrimination = (d: number | undefined): string =>
  d === undefined ? '—' : `${d > 0 ? '+' : d < 0 ? '−' : ''}${Math.abs(d).toFixed(2)}`;

/** The wrong answer chosen most, as a trainer reads it. */
export function describeWrong(wrong: WrongChoice | undefined, tr: Translate): string {
  if (!wrong) return '—';
  if (wrong.kind === 'pair')
    return tr('team.item.wrong.pair', { left: wrong.left, right: wrong.right, n: wrong.count });
  return tr(wrong.kind === 'step' ? 'team.item.wrong.step' : 'team.item.wrong.option', {
    text: wrong.text,
    n: wrong.count,
  });
}
