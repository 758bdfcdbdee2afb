/**
 * How this browser lets a person add the app to their home screen. Pure: the
 * page passes in what it sees (display mode, a stored install prompt, the
 * user agent), so every branch is testable without a browser.
 */

/** The one way to offer installing, or none. */
export type InstallMethod = 'installed' | 'prompt' | 'ios-share' | 'browser-menu' | 'none';

/** What the page knows about where it runs. */
export interface InstallEnvironment {
  /** Running as an installed app (`display-mode: standalone`). */
  standalone: boolean;
  /** A `beforeinstallprompt` event is stored and unused. */
  canPrompt: boolean;
  userAgent: string;
  /** `navigator.maxTouchPoints`: iPadOS says "Macintosh" but has a touch screen. */
  maxTouchPoints: number;
}

/** True on iPhone, iPod and iPad (including iPadOS, which reports a Mac). */
export function isIosDevice(userAgent: string, maxTouchPoints: number): boolean {
  return /iPhone|iPad|iPod/.test(userAgent) || (/Macintosh/.test(userAgent) && maxTouchPoints > 1);
}

/** Picks how to offer installing: a real button, Safari's steps, the browser menu, or nothing. */
export function getInstallMethod(environment: InstallEnvironment): InstallMethod {
  if (environment.standalone) return 'installed';
  if (environment.canPrompt) return 'prompt';
  if (isIosDevice(environment.userAgent, environment.maxTouchPoints)) return 'ios-share';
  if (/Android/.test(environment.userAgent)) return 'browser-menu';
  return 'none';
}
