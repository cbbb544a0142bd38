/**
 * The team engine: the files read so far and the filter, turned into what the page shows. Runs in
 * a worker (browser/team-worker.ts), so reading two hundred heavy files never freezes the page and
 * the learners' documents stay there; the page receives only the roll-up. Pure.
 */
import type { TeamCourse } from './course.ts';
import { addTeamFile, noTeamFiles, type TeamFileResult, type TeamFiles } from './files.ts';
import { filterChoices, filterMembers, type TeamFilter } from './filter.ts';
import { buildRollup, type TeamRollup } from './rollup.ts';

/** What the page shows of the engine's state. */
export interface TeamView {
  rollup: TeamRollup | undefined;
  refused: TeamFiles['refused'];
  merged: TeamFiles['merged'];
  /** The filter choices (all, each team code, none) with how many learners each keeps. */
  choices: { filter: TeamFilter; count: number }[];
  filter: TeamFilter;
  /** Learners read, whatever the filter. */
  people: number;
}

/** Messages from the page to the engine. */
export type EngineRequest =
  | { type: 'add'; files: { name: string; file: Blob }[]; course: TeamCourse; duplicate: string; skipped: string }
  | { type: 'filter'; filter: TeamFilter }
  | { type: 'clear' };

/** Messages from the engine to the page. */
export type EngineReply =
  | { type: 'progress'; done: number; total: number }
  | { type: 'view'; view: TeamView; read?: { ok: number; bad: number } }
  /** The worker stopped on an error (only the browser's own message is known). */
  | { type: 'failed' };

export interface EngineState {
  files: TeamFiles;
  filter: TeamFilter;
  course: TeamCourse | undefined;
}

export const newEngineState = (): EngineState => ({ files: noTeamFiles(), filter: { kind: 'all' }, course: undefined });

/** The view of a state: the roll-up of the learners the filter keeps. */
export function viewOf(state: EngineState, now = new Date()): TeamView {
  const { files, filter, course } = state;
  const kept = filterMembers(files.members, filter);
  return {
    rollup: course && files.members.length > 0 ? buildRollup(kept, course, now) : undefined,
    refused: files.refused,
    merged: files.merged,
    choices: filterChoices(files.members),
    filter,
    people: files.members.length,
  };
}

/** Adds read files to the state, counting the ones that loaded and the ones refused. */
export function addResults(
  state: EngineState,
  results: readonly TeamFileResult[],
  duplicate: string,
): { state: EngineState; ok: number; bad: number } {
  let files = state.files;
  let ok = 0;
  let bad = 0;
  for (const result of results) {
    const before = files.refused.length;
    files = addTeamFile(files, result, duplicate);
    if (files.refused.length > before) bad++;
    else ok++;
  }
  return { state: { ...state, files }, ok, bad };
}
