/** The trainer's saved roll-up in localStorage. Storage may be blocked (private mode) or full: each call says so instead of throwing. */
import { SAVED_ROLLUP_KEY } from '../model/saved.ts';

/** The stored text, null when there is none, undefined when storage cannot be read. */
export function loadSavedText(): string | null | undefined {
  try {
    return localStorage.getItem(SAVED_ROLLUP_KEY);
  } catch {
    return undefined;
  }
}

/** Stores the text; false when the browser refused (blocked or full). */
export function saveText(text: string): boolean {
  try {
    localStorage.setItem(SAVED_ROLLUP_KEY, text);
    return true;
  } catch {
    return false;
  }
}

/** Removes the saved roll-up; false when storage cannot be written. */
export function forgetSaved(): boolean {
  try {
    localStorage.removeItem(SAVED_ROLLUP_KEY);
    return true;
  } catch {
    return false;
  }
}
