/** Which learners the roll-up covers: everyone, one team code, or those without one. Pure. */
import type { TeamMember } from './files.ts';

export type TeamFilter = { kind: 'all' } | { kind: 'team'; code: string } | { kind: 'none' };

/** The learners the filter keeps, in the given order. */
export function filterMembers(members: readonly TeamMember[], filter: TeamFilter): TeamMember[] {
  if (filter.kind === 'all') return [...members];
  if (filter.kind === 'none') return members.filter((m) => m.teamCode === undefined);
  return members.filter((m) => m.teamCode === filter.code);
}

/** The choices a filter offers for these learners: all, each team code (sorted), and 「no code」 when some have none. */
export function filterChoices(members: readonly TeamMember[]): { filter: TeamFilter; count: number }[] {
  const codes = new Map<string, number>();
  let none = 0;
  for (const m of members) {
    if (m.teamCode === undefined) none++;
    else codes.set(m.teamCode, (codes.get(m.teamCode) ?? 0) + 1);
  }
  return [
    { filter: { kind: 'all' }, count: members.length },
    ...[...codes.keys()]
      .sort()
      .map((code) => ({ filter: { kind: 'team', code } as TeamFilter, count: codes.get(code)! })),
    ...(none > 0 && codes.size > 0 ? [{ filter: { kind: 'none' } as TeamFilter, count: none }] : []),
  ];
}

/** A filter as a select's value, and back. */
export const filterValue = (f: TeamFilter): string => (f.kind === 'team' ? `team:${f.code}` : f.kind);
export const parseFilterValue = (v: string): TeamFilter =>
  v.startsWith('team:') ? { kind: 'team', code: v.slice(5) } : v === 'none' ? { kind: 'none' } : { kind: 'all' };
