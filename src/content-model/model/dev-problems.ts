/** What the dev preview's server and its page script agree on (dev only). */
import type { Problem } from './problems.ts';

/** The problems and warnings of the latest check. */
export interface CheckState {
  problems: Problem[];
  warnings: Problem[];
}

/** The Vite event that carries a new CheckState to open pages. */
export const PROBLEMS_EVENT = 'performance-coach:content-problems';
/** Where open pages read the current CheckState. */
export const PROBLEMS_URL = '/__content-problems.json';
