/**
 * Mounts the search dialog next to the header's link, the first time it is wanted. Its
 * strings come from `/search/strings.json` (src/pages/search/strings.json.ts), so no
 * page carries them in its HTML.
 */
import { render } from 'preact';
import { loadSearchEngine } from '../browser/client.ts';
import SearchDialog, { type DialogControl } from './SearchDialog.tsx';
// The dialog's stylesheet as a file of the build, linked only when the dialog is first wanted: imported as a
// stylesheet, Astro would link it from every page that has the header's search link.
import stylesheetUrl from './search.css?url';

/** Where the build writes the dialog's strings. */
export const SEARCH_STRINGS_URL = '/search/strings.json';

/** Renders the dialog after `launcher` and returns the function that opens it. */
export async function mountSearchDialog(launcher: HTMLElement): Promise<() => void> {
  // The engine and the manifest load alongside the strings, not after the dialog renders.
  loadSearchEngine().catch(() => undefined);
  const [strings] = await Promise.all([loadStrings(), linkStylesheet()]);
  const host = document.createElement('div');
  host.className = 'search-host';
  launcher.after(host);
  const control: DialogControl = {};
  render(<SearchDialog strings={strings} launcher={launcher} control={control} />, host);
  return () => control.open?.();
}

async function loadStrings(): Promise<Record<string, string>> {
  const response = await fetch(SEARCH_STRINGS_URL);
  if (!response.ok) throw new Error(`${SEARCH_STRINGS_URL} answered ${response.status}`);
  return (await response.json()) as Record<string, string>;
}

/** Links the dialog's stylesheet once and waits for it, so the dialog never shows unstyled. */
function linkStylesheet(): Promise<void> {
  if (document.querySelector(`link[href="${stylesheetUrl}"]`)) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = stylesheetUrl;
    link.onload = () => resolve();
    link.onerror = () => reject(new Error(`${stylesheetUrl} could not be loaded`));
    document.head.append(link);
  });
}
