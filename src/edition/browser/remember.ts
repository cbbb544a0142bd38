/**
 * Remembers the edition of the page being read, once it has loaded and the browser is idle (src/layouts/idle.ts):
 * so a switch made on a lesson, which carries no edition script (it stays light), is remembered too.
 */
import { editionOfVisit, VISIT_EDITION_KEY } from '../model/visit.ts';

const edition = editionOfVisit(document.documentElement.lang, document.referrer, location.origin);
if (edition) {
  try {
    localStorage.setItem(VISIT_EDITION_KEY, edition);
  } catch {
    // Private mode or storage off: the switcher still works, the choice is just not kept.
  }
}
