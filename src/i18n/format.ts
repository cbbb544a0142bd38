/** Fills `{name}` placeholders in a template. Kept apart from the dictionary so islands can use it without shipping every string. */
export function format(template: string | undefined, vars: Record<string, string | number> = {}): string {
  return (template ?? '').replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}

/** A translator over the strings an island received as a prop. */
export function translator(strings: Record<string, string>) {
  return (key: string, vars?: Record<string, string | number>) => format(strings[key] ?? key, vars);
}

/** A date as the learner reads it: `long` 2026年11月27日, `short` 2026/11/27. */
export function formatDate(iso: string, style: 'long' | 'short' = 'long'): string {
  return new Intl.DateTimeFormat('zh-Hant-TW', style === 'long' ? { dateStyle: 'long' } : {}).format(new Date(iso));
}

/** A share from 0 to 1 as a whole percentage, e.g. 0.756 → 76%. */
export function formatPercent(share: number): string {
  return `${Math.round(share * 100)}%`;
}
