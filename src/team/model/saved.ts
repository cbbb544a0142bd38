/**
 * The roll-up saved on the trainer's device, only when they choose to: plain data, no learner
 * file is kept. Read back with a check, so a damaged or foreign value is reported, not shown. Pure.
 */
import type { TeamRollup } from './rollup.ts';

/** The site's mark in its files (progress/model/document.ts APP_ID), written out so the page loads no progress code. */
const APP_ID = 'performance-coach';

/** The storage key; apart from the learner's own progress keys, so erasing one never touches the other. */
export const SAVED_ROLLUP_KEY = `${APP_ID}:team-rollup`;
export const SAVED_ROLLUP_VERSION = 1;

interface SavedRollup {
  app: typeof APP_ID;
  kind: 'team-rollup';
  version: typeof SAVED_ROLLUP_VERSION;
  savedAt: string;
  rollup: TeamRollup;
}

/** The text to store. */
export function serialiseRollup(rollup: TeamRollup, now = new Date()): string {
  const saved: SavedRollup = {
    app: APP_ID,
    kind: 'team-rollup',
    version: SAVED_ROLLUP_VERSION,
    savedAt: now.toISOString(),
    rollup,
  };
  return JSON.stringify(saved);
}

export type SavedRead =
  { kind: 'none' } | { kind: 'ok'; savedAt: string; rollup: TeamRollup } | { kind: 'damaged' } | { kind: 'newer' };

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const arrays = ['teams', 'members', 'modules', 'factors', 'skills', 'items'] as const;

/** Reads the stored text (null when nothing is stored). */
export function readSavedRollup(text: string | null): SavedRead {
  if (text === null || text === '') return { kind: 'none' };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { kind: 'damaged' };
  }
  if (!isObject(data) || data['app'] !== APP_ID || data['kind'] !== 'team-rollup') return { kind: 'damaged' };
  if (typeof data['version'] === 'number' && data['version'] > SAVED_ROLLUP_VERSION) return { kind: 'newer' };
  const rollup = data['rollup'];
  if (
    data['version'] !== SAVED_ROLLUP_VERSION ||
    typeof data['savedAt'] !== 'string' ||
    !isObject(rollup) ||
    !isObject(rollup['range']) ||
    !arrays.every((k) => Array.isArray(rollup[k]))
  ) {
    return { kind: 'damaged' };
  }
  return { kind: 'ok', savedAt: data['savedAt'], rollup: rollup as unknown as TeamRollup };
}
