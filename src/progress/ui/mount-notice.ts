/** Renders the storage notice into its place in the page, once there is something to say. */
import { h, render } from 'preact';
import strings from 'virtual:ui-strings/notice.';
import ProgressNotice from './ProgressNotice.tsx';

export function mountNotice(): void {
  const host = document.getElementById('progress-notice');
  if (!host) return;
  render(h(ProgressNotice, { strings }), host);
}
