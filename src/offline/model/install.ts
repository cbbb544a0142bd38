/**
 * Which install hint a page shows: the browser's own install prompt where it offers one
 * (Chromium fires `beforeinstallprompt`), the 「加入主畫面」 steps on iPhone and iPad Safari
 * (which has no prompt), or none (already installed, dismissed, another browser). Pure.
 */

export type InstallHint = 'prompt' | 'ios' | undefined;

/** Where the browser keeps that the learner closed the hint (a preference of this browser, not progress). */
export const INSTALL_DISMISSED_KEY = 'performance-coach-offline:install-hint';

export interface InstallContext {
  userAgent: string;
  /** Running as an installed app (display-mode standalone, or iOS `navigator.standalone`). */
  standalone: boolean;
  /** The browser has offered an install prompt on this page. */
  canPrompt: boolean;
  /** The learner closed the hint before. */
  dismissed: boolean;
}

/** True for Safari on iPhone, iPad or iPod (not Chrome, Firefox or Edge on iOS, whose share menu differs). */
export function isIosSafari(userAgent: string): boolean {
  // iPadOS 13+ says "Macintosh"; it is told apart by touch in the caller, so only iOS proper is matched here.
  if (!/\b(iPhone|iPad|iPod)\b/.test(userAgent)) return false;
  if (!/\bSafari\//.test(userAgent)) return false;
  return !/\b(CriOS|FxiOS|EdgiOS|OPiOS|GSA)\//.test(userAgent);
}

/** The hint to show, if any. */
export function installHint(context: InstallContext): InstallHint {
  if (context.standalone || context.dismissed) return undefined;
  if (context.canPrompt) return 'prompt';
  return isIosSafari(context.userAgent) ? 'ios' : undefined;
}
