/**
 * Entry path. Swaps the whole page between the cover and the app with
 * Preact's synchronous top-level render, so an exit removes content from the
 * DOM in the same event, not on the next frame.
 *
 * The exit must be quick on a cheap phone, and building a cover's elements was
 * most of its cost. So, once the app is up, a cover is built off the page while
 * the phone is idle (standby.tsx), and the exit swaps it in for #root with one
 * DOM call. It is used only while it is what the exit would draw now;
 * otherwise the exit renders the cover as before.
 */
import { render } from 'preact';
import { Cover, preloadCover } from '../disguise/Cover';
import { setCoverRenderer } from '../exit/quick-exit';
import { App } from './App';
import { FIRST_HELP_IDS } from '../../core/first-help';
import type { Standby } from './standby';

let root: HTMLElement | null = null;
let standby: Standby | null = null;

// The plain entry's first help (src/features/first-help) held the numbers until now.
function removeFirstHelp(): void {
  document.getElementById(FIRST_HELP_IDS.box)?.remove();
}

/** Builds (or rebuilds) the standby cover while the phone is idle, when it is missing or stale. */
function standCoverBy(): void {
  void import('./standby')
    .then((module) =>
      module.whenIdle(() => {
        if (root && !isCovered()) standby = module.standCoverBy(root, standby, showApp);
      }),
    )
    .catch(() => undefined);
}

/** Loads the cover this page would show now and builds its standby. */
async function prepareCover(): Promise<void> {
  await preloadCover();
  standCoverBy();
}

/** Renders the unlocked app. */
export function showApp(): void {
  if (!root) return;
  document.documentElement.removeAttribute('data-covered');
  render(<App />, root);
  removeFirstHelp();
  // The standby that came in is the page now, or the one kept may be stale: the next exit's.
  standCoverBy();
}

/** Renders the cover in place of everything else. */
export function showCover(): void {
  if (!root) return;
  removeFirstHelp();
  document.documentElement.setAttribute('data-covered', '');
  const ready = standby;
  standby = null;
  if (ready?.isCurrent() && root.isConnected) {
    const app = root;
    app.replaceWith(ready.host);
    root = ready.host;
    // The app's elements have left the page; its components are unmounted after the event.
    setTimeout(() => render(null, app), 0);
    return;
  }
  ready?.discard();
  render(<Cover onUnlock={showApp} />, root);
}

/** True while the cover is up (after an exit, or on a disguise's launch). */
export function isCovered(): boolean {
  return document.documentElement.hasAttribute('data-covered');
}

/** Attaches the shell to its root element. */
export function mountShell(element: HTMLElement): void {
  root = element;
  setCoverRenderer({ show: showCover, prepare: prepareCover });
}
