/**
 * What the learner types for a coach in settings: 「給教練看的名字」 and a team code (issue 17).
 * Pure: the settings form shows the problem, the store saves only what passed.
 */
import { COACH_LIMITS, displayName as displayNameCheck, teamCode as teamCodeCheck } from './validate.ts';

export { COACH_LIMITS };

/** Why a typed value cannot be kept: too long, or characters the field does not take. */
export type CoachFieldProblem = 'too-long' | 'characters';

export type CoachFieldsResult =
  | { ok: true; displayName: string | undefined; teamCode: string | undefined }
  | { ok: false; field: 'displayName' | 'teamCode'; problem: CoachFieldProblem };

/** A name as stored: trimmed, inner runs of spaces made one space; empty means no name. */
export function normaliseDisplayName(input: string): string | undefined {
  const value = input.trim().replace(/\s+/gu, ' ');
  return value === '' ? undefined : value;
}

/** A team code as stored: trimmed and upper-case, so 「north-1」 and 「NORTH-1」 are one team; empty means none. */
export function normaliseTeamCode(input: string): string | undefined {
  const value = input.trim().toUpperCase();
  return value === '' ? undefined : value;
}

/** Reads both fields as typed; an empty field clears the setting. */
export function readCoachFields(nameInput: string, codeInput: string): CoachFieldsResult {
  const displayName = normaliseDisplayName(nameInput);
  if (displayName !== undefined && displayNameCheck(displayName)) {
    const problem = displayName.length > COACH_LIMITS.displayName ? 'too-long' : 'characters';
    return { ok: false, field: 'displayName', problem };
  }
  const teamCode = normaliseTeamCode(codeInput);
  if (teamCode !== undefined && teamCodeCheck(teamCode)) {
    const problem = teamCode.length > COACH_LIMITS.teamCode ? 'too-long' : 'characters';
    return { ok: false, field: 'teamCode', problem };
  }
  return { ok: true, displayName, teamCode };
}
