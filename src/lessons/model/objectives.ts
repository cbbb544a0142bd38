/** How a lesson's objectives read under the heading 「學完這一課，你能夠」. Pure. */

/** An objective without a leading 能夠 that would repeat the heading's 你能夠 (「你能夠 / 能夠用…」). */
export function objectiveText(objective: string): string {
  const text = objective.trim();
  const rest = text.replace(/^能夠\s*/, '');
  return rest.length > 0 ? rest : text;
}
