/** `t()`: the one way UI text reaches a page. */
import { format } from './format.ts';
import { zhHant, type UiKey } from './zh-Hant.ts';

export type { UiKey };
export { format };

/** Looks up a UI string and fills its placeholders. */
export function t(key: UiKey, vars?: Record<string, string | number>): string {
  return format(zhHant[key], vars);
}

/** The strings whose keys start with `prefix`, to hand to an island as a prop (keeps the dictionary out of client JS). */
export function strings(...prefixes: string[]): Record<string, string> {
  return Object.fromEntries(Object.entries(zhHant).filter(([k]) => prefixes.some((p) => k.startsWith(p))));
}
