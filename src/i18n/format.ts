/** Fills `{name}` placeholders in a template. Kept apart from the dictionary so islands can use it without shipping every string. */
export function format(template: string | undefined, vars: Record<string, string | number> = {}): string {
  return (template ?? '').replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}

/** A translator over the strings an island received as a prop. */
export function translator(strings: Record<string, string>) {
  return (key: string, vars?: Record<string, string | number>) => format(strings[key] ?? key, vars);
}
