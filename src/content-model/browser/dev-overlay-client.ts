/**
 * Dev only, injected into every page: reloads into the problem list as soon as the
 * content breaks, and lists the content warnings (which never stop the build) in a
 * closable banner. Built with textContent only: content text is never parsed as HTML.
 */
import { t } from '../../i18n/index.ts';
import { PROBLEMS_EVENT, PROBLEMS_URL, type CheckState } from '../model/dev-problems.ts';

const BANNER_ID = 'content-warnings';

function showWarnings(state: CheckState): void {
  document.getElementById(BANNER_ID)?.remove();
  if (state.warnings.length === 0) return;
  const box = document.createElement('aside');
  box.id = BANNER_ID;
  box.setAttribute('role', 'status');
  box.setAttribute('aria-label', t('devProblems.warnings', { count: state.warnings.length }));
  box.style.cssText =
    'position:fixed;inset:auto .5rem .5rem .5rem;z-index:9999;max-height:40vh;overflow:auto;background:#fffbe6;color:#1a1a1a;border:2px solid #a16207;border-radius:.5rem;padding:.5rem .75rem;font:14px/1.5 system-ui,sans-serif';
  const title = document.createElement('p');
  title.style.fontWeight = 'bold';
  title.textContent = t('devProblems.warnings', { count: state.warnings.length });
  const list = document.createElement('ul');
  for (const w of state.warnings) {
    const li = document.createElement('li');
    li.textContent = `${w.file}${w.field ? ` › ${w.field}` : ''}：${w.message}${w.value ? `（${t('devProblems.value')}${w.value}）` : ''}。${t('devProblems.fix')}${w.fix}`;
    list.append(li);
  }
  const close = document.createElement('button');
  close.type = 'button';
  close.textContent = t('devProblems.close');
  close.addEventListener('click', () => box.remove());
  box.append(title, list, close);
  document.body.append(box);
}

function apply(state: CheckState): void {
  // The server now answers every page with the problem list.
  if (state.problems.length > 0) location.reload();
  else showWarnings(state);
}

fetch(PROBLEMS_URL)
  .then((r) => r.json() as Promise<CheckState>)
  .then(apply)
  .catch(() => {});
import.meta.hot?.on(PROBLEMS_EVENT, apply);
