/**
 * The one script of the page shell, loaded by every page but 404: the progress parts (due badge, the
 * lesson's done control, the storage notice), the search launcher, the quiz starter and the service worker's
 * loader (boot.ts: registration and banners load after `load` and idle). One file, so a
 * plain lesson page makes one request for all its JavaScript before interaction.
 */
import '../offline/ui/boot.ts';
import '../progress/ui/page.ts';
import '../quiz/ui/on-view.ts';
import { installSearchLauncher } from '../search/ui/launcher.ts';

installSearchLauncher(document.querySelector<HTMLAnchorElement>('a[data-search-launch]'));
