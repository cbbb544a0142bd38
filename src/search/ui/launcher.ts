/**
 * The only search code a page runs before the learner asks for search: it turns the
 * header's link to /search/ into the dialog's opener (click, Ctrl/⌘+K, `/`). The dialog,
 * its strings, lunr and the index are fetched on that first request. If they cannot be
 * fetched, the link does what it always did: it opens the search page.
 */
import { isSearchShortcut } from '../model/shortcut.ts';

/** True when a key press belongs to something the learner is typing in. */
function isEditable(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return (
    target.isContentEditable ||
    target instanceof HTMLInputElement ||
    target instanceof HTMLTextAreaElement ||
    target instanceof HTMLSelectElement
  );
}

/** Wires the launcher link; does nothing on a page without one. */
export function installSearchLauncher(launcher: HTMLAnchorElement | null): void {
  if (!launcher) return;
  let opening: Promise<() => void> | undefined;
  const open = () => {
    opening ??= import('./mount-dialog.tsx').then((m) => m.mountSearchDialog(launcher));
    opening.then(
      (show) => show(),
      () => {
        opening = undefined;
        window.location.assign(launcher.href);
      },
    );
  };
  launcher.setAttribute('aria-haspopup', 'dialog');
  launcher.setAttribute('aria-keyshortcuts', 'Control+K Meta+K /');
  launcher.addEventListener('click', (e) => {
    // A new tab or window (Ctrl/⌘/Shift-click) gets the search page, as a link should.
    if (e.button !== 0 || e.ctrlKey || e.metaKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    open();
  });
  document.addEventListener('keydown', (e) => {
    if (e.defaultPrevented || !isSearchShortcut(e, isEditable(e.target))) return;
    e.preventDefault();
    open();
  });
}
