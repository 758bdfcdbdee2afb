/**
 * Entry path. Swaps the whole page between the cover and the app with
 * Preact's synchronous top-level render, so an exit removes content from the
 * DOM in the same event, not on the next frame.
 */
import { render } from 'preact';
import { Cover } from '../disguise/Cover';
import { setCoverRenderer } from '../exit/quick-exit';
import { App } from './App';
import { FIRST_HELP_IDS } from '../../core/first-help';

let root: HTMLElement | null = null;

// The plain entry's first help (src/features/first-help) held the numbers until now.
function removeFirstHelp(): void {
  document.getElementById(FIRST_HELP_IDS.box)?.remove();
}

/** Renders the unlocked app. */
export function showApp(): void {
  if (!root) return;
  document.documentElement.removeAttribute('data-covered');
  render(<App />, root);
  removeFirstHelp();
}

/** Renders the cover in place of everything else. */
export function showCover(): void {
  if (!root) return;
  removeFirstHelp();
  document.documentElement.setAttribute('data-covered', '');
  render(<Cover onUnlock={showApp} />, root);
}

/** True while the cover is up (after an exit, or on a disguise's launch). */
export function isCovered(): boolean {
  return document.documentElement.hasAttribute('data-covered');
}

/** Attaches the shell to its root element. */
export function mountShell(element: HTMLElement): void {
  root = element;
  setCoverRenderer(showCover);
}
