/**
 * What the header's search field and its results panel share, so neither file imports
 * the other: the listbox id, the state the panel reports, the key handler it lends the
 * field, and the key tests both use.
 */

/** The listbox the field controls (rendered by the panel). */
export const LISTBOX_ID = 'search-dialog-listbox';

/** What the results panel tells the field: whether the listbox shows options, and which one is active. */
export interface ComboState {
  expanded: boolean;
  activeId?: string;
}

import type { KeyPress } from './shortcut.ts';

export { composing, type KeyPress } from './shortcut.ts';

/** The panel's handler for keys pressed in the field; returns true if it used the key. */
export type PanelKeys = (e: KeyPress) => boolean;

/** The address of the search page for a query. */
export const searchPageHref = (query: string): string => `/search/?q=${encodeURIComponent(query.trim())}`;

/** The id of the panel's option `i`. */
export const optionId = (i: number): string => `search-dialog-option-${i}`;
