/**
 * The offline strip, loaded only when there is something to say (offline-ui.ts): the network
 * indicator, the 「有新版本」 banner and the install hint. Plain DOM in one fixed strip at the bottom
 * of the screen, so nothing in the page moves when they appear; its stylesheet is loaded here, not
 * by every page.
 *
 * Nothing in the strip moves either (a layout shift, even of a fixed box, counts against the page):
 * the strip is laid out downwards from the screen's bottom edge and lifted by a transform, so a card
 * added at its end moves nothing; the indicator hangs above the strip and is replaced, never resized; every
 * element is put in whole. What is said is announced by one visually hidden live region that exists
 * before anything is put into it.
 */
import strings from 'virtual:ui-strings/offline.region,offline.ready,offline.status.,offline.update.,offline.install.,offline.ios.';
import cssUrl from './offline.css?url';
import { DRAFT_KEYS, draftNoteKey, draftsInProgress } from '../model/drafts.ts';
import { INSTALL_DISMISSED_KEY, type InstallHint } from '../model/install.ts';
import type { InstallPromptEvent } from './install-prompt.ts';

// Every string is a plain sentence (no placeholders): a lookup is all it takes (format.ts stays out of this chunk).
const t = (key: string) => strings[key] ?? key;
const SAY_FOR_MS = 6000;

/** An element with a class and, optionally, text. */
function el<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** Loads the strip's stylesheet once; resolves when it applies (or failed: the strip still works). */
let styled: Promise<void> | undefined;
function style(): Promise<void> {
  styled ??= new Promise((resolve) => {
    const link = el('link');
    link.rel = 'stylesheet';
    link.href = cssUrl;
    link.onload = link.onerror = () => resolve();
    document.head.append(link);
  });
  return styled;
}

/** The fixed strip at the bottom of the screen, created on first use. */
let strip: HTMLElement | undefined;
let announcer: HTMLElement | undefined;
async function region(): Promise<HTMLElement> {
  await style();
  if (!strip) {
    strip = el('section', 'offline-ui');
    strip.setAttribute('aria-label', t('offline.region'));
    announcer = el('p', 'visually-hidden');
    announcer.setAttribute('role', 'status');
    strip.append(announcer);
    document.body.append(strip);
  }
  return strip;
}

/** Announces a sentence politely: put into the live region a moment after it exists or was last emptied. */
function announce(text: string): void {
  const live = announcer;
  if (!live) return;
  live.textContent = '';
  setTimeout(() => (live.textContent = text), 50);
}

// ---------------------------------------------------------------- network indicator

let status: HTMLElement | undefined;
let hideTimer: ReturnType<typeof setTimeout> | undefined;

/** Shows (and announces, politely) a line in the indicator; `forMs` hides it again after a while. */
export async function say(kind: 'offline' | 'online' | 'saved' | 'noHans' | 'noHant'): Promise<void> {
  const forMs = kind === 'offline' ? undefined : SAY_FOR_MS;
  const host = await region();
  clearTimeout(hideTimer);
  // A new line in place of the old one: a line that changed its text would change its size.
  const line = el('p', 'offline-status');
  line.dataset.kind = kind === 'online' || kind === 'saved' ? kind : 'offline';
  const icon = el('span', 'offline-icon', kind === 'online' || kind === 'saved' ? '✓' : '⚠');
  icon.setAttribute('aria-hidden', 'true');
  if (kind === 'offline') {
    line.append(icon, el('strong', undefined, t('offline.status.offline')), ` ${t('offline.status.offlineDetail')}`);
    announce(`${t('offline.status.offline')} ${t('offline.status.offlineDetail')}`);
  } else {
    const text = t(
      kind === 'online' ? 'offline.status.online' : kind === 'saved' ? 'offline.ready' : `offline.status.${kind}`,
    );
    line.append(icon, text);
    announce(text);
  }
  status?.remove();
  status = line;
  host.append(line);
  if (forMs) hideTimer = setTimeout(() => line.remove(), forMs);
}

// ---------------------------------------------------------------- cards (update, install)

interface CardAction {
  label: string;
  primary?: boolean;
  run: (card: HTMLElement) => void;
}

/** A card at the end of the strip: a heading, lines of text, buttons. The text is announced politely. */
async function card(name: string, title: string, lines: string[], actions: CardAction[]): Promise<HTMLElement> {
  const host = await region();
  host.querySelector(`[data-card="${name}"]`)?.remove();
  const box = el('div', 'offline-card');
  box.dataset.card = name;
  const id = `offline-card-${name}`;
  box.setAttribute('role', 'group');
  box.setAttribute('aria-labelledby', id);
  const heading = el('p', 'offline-card-title', title);
  heading.id = id;
  const text = el('div', 'offline-card-text');
  text.append(...lines.map((line) => el('p', undefined, line)));
  const buttons = el('div', 'offline-card-actions');
  for (const action of actions) {
    const button = el('button', action.primary ? 'button' : 'button secondary', action.label);
    button.type = 'button';
    button.addEventListener('click', () => action.run(box));
    buttons.append(button);
  }
  box.append(heading, text, buttons);
  host.append(box);
  announce([title, ...lines].join(' '));
  return box;
}

/** The drafts line of the update banner, read from storage now (answers are saved as they are given). */
function draftNote(): string | undefined {
  try {
    const key = draftNoteKey(
      draftsInProgress({
        quizDrafts: localStorage.getItem(DRAFT_KEYS.quizDrafts),
        drafts: localStorage.getItem(DRAFT_KEYS.drafts),
      }),
    );
    return key ? t(key) : undefined;
  } catch {
    return undefined;
  }
}

/** The 「有新版本」 banner; `apply` takes the new version (and reloads the page). */
export function offerUpdate(apply: () => void): void {
  const note = draftNote();
  void card('update', t('offline.update.title'), note ? [t('offline.update.body'), note] : [t('offline.update.body')], [
    {
      label: t('offline.update.accept'),
      primary: true,
      run: (box) => {
        for (const b of box.querySelectorAll('button')) b.disabled = true;
        box.querySelector('.offline-card-text')?.append(el('p', undefined, t('offline.update.applying')));
        announce(t('offline.update.applying'));
        apply();
      },
    },
    { label: t('offline.update.later'), run: (box) => box.remove() },
  ]);
}

function rememberDismissed(): void {
  try {
    localStorage.setItem(INSTALL_DISMISSED_KEY, '1');
  } catch {
    // Storage blocked: the hint comes back next time, which is harmless.
  }
}

/** The home page's install hint: the browser's prompt where it offers one, the Safari steps on iOS. */
export function showInstallHint(hint: InstallHint, prompt: InstallPromptEvent | undefined): void {
  const dismiss = (box: HTMLElement) => {
    rememberDismissed();
    box.remove();
  };
  if (hint === 'prompt' && prompt) {
    void card(
      'install',
      t('offline.install.title'),
      [t('offline.install.body')],
      [
        {
          label: t('offline.install.accept'),
          primary: true,
          run: (box) => {
            box.remove();
            void prompt.prompt().catch(() => undefined);
            window.offlineInstallPrompt = undefined;
          },
        },
        { label: t('offline.install.dismiss'), run: dismiss },
      ],
    );
  } else if (hint === 'ios') {
    void card(
      'install',
      t('offline.ios.title'),
      [t('offline.ios.body')],
      [{ label: t('offline.ios.dismiss'), run: dismiss }],
    );
  }
}

/** Takes the install hint away (the app was installed). */
export function hideInstallHint(): void {
  strip?.querySelector('[data-card="install"]')?.remove();
}
