/**
 * The key tests of the header's search, kept apart from the rest of `combobox.ts` so the
 * script every page runs (ui/launcher.ts) carries only these.
 */

/** The parts of a key press the tests read. */
export interface KeyPress {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
  isComposing: boolean;
  keyCode: number;
}

/**
 * An Enter or arrow that only confirms or moves an IME composition (注音, 倉頡, 拼音) is
 * not ours. Safari reports the confirming Enter with isComposing false, so the legacy
 * keyCode 229 ("IME is processing") is still the only reliable sign there.
 */
export const composing = (e: Pick<KeyPress, 'isComposing' | 'keyCode'>): boolean => e.isComposing || e.keyCode === 229;

/**
 * Whether a key press opens search: Ctrl/⌘+K anywhere, or `/` when the learner is not
 * typing in a field (`inField`).
 */
export function isSearchShortcut(e: KeyPress, inField: boolean): boolean {
  if (composing(e)) return false;
  const k = e.key.toLowerCase() === 'k' && (e.ctrlKey || e.metaKey) && !e.altKey && !e.shiftKey;
  const slash = e.key === '/' && !e.ctrlKey && !e.metaKey && !e.altKey && !inField;
  return k || slash;
}
