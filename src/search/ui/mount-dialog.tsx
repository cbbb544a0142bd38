/**
 * Mounts the search dialog next to the header's link, the first time it is wanted. Its
 * strings come from `/search/strings.json` (src/pages/search/strings.json.ts), so no
 * page carries them in its HTML.
 */
import { render } from 'preact';
import { loadSearchEngine } from '../browser/client.ts';
import SearchDialog, { type DialogControl } from './SearchDialog.tsx';

/** Where the build writes the dialog's strings. */
export const SEARCH_STRINGS_URL = '/search/strings.json';

/** Renders the dialog after `launcher` and returns the function that opens it. */
export async function mountSearchDialog(launcher: HTMLElement): Promise<() => void> {
  // The engine and the manifest load alongside the strings, not after the dialog renders.
  loadSearchEngine().catch(() => undefined);
  const response = await fetch(SEARCH_STRINGS_URL);
  if (!response.ok) throw new Error(`${SEARCH_STRINGS_URL} answered ${response.status}`);
  const strings = (await response.json()) as Record<string, string>;
  const host = document.createElement('div');
  host.className = 'search-host';
  launcher.after(host);
  const control: DialogControl = {};
  render(<SearchDialog strings={strings} launcher={launcher} control={control} />, host);
  return () => control.open?.();
}
