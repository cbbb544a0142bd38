/** Window events between the plain page script and the store, when both run on one page. */

/** The plain script rewrote a key: the store on this page reads storage again. */
export const LIGHT_WROTE = 'performance-coach:light-wrote';
/** The store's document changed: the plain script redraws from the keys. */
export const STORE_CHANGED = 'performance-coach:store-changed';
/** The store is not saving, or repaired damage: the notice must be shown. */
export const STORE_UNUSUAL = 'performance-coach:store-unusual';
/** The same, as a mark on <html> (data-progress-unusual), for a page script that starts later. */
export const UNUSUAL_MARK = 'progressUnusual';
