/**
 * What every page with the page shell's script does once it has loaded and the browser is idle (page-script.ts
 * loads this chunk by its URL), so reading never waits for it: the offline parts (registration, banners, install
 * offer) and the edition's memory (a lesson carries no edition script of its own).
 */
import '../edition/browser/remember.ts';
import '../offline/ui/offline-ui.ts';
