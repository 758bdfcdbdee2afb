/**
 * Entry path. Swaps the whole page between the cover and the app with
 * Preact's synchronous top-level render, so an exit removes content from the
 * DOM in the same event, not on the next frame.
 *
 * The exit must be quick on a cheap phone, and building a cover's elements is
 * most of its cost. So, once the app is up, a cover is built off the page
 * (a "standby": a detached copy of #root with the cover rendered in it) while
 * the phone is idle, and the exit swaps it in with one DOM call. It is used
 * only while it is what the exit would draw now (same disguise, language and
 * loaded cover); otherwise the exit renders the cover as before.
 */
import { render } from 'preact';
import { useMemo } from 'preact/hooks';
import { Cover, isCoverLoaded, preloadCover } from '../disguise/Cover';
import { coverDisguise } from '../disguise/look';
import { setCoverRenderer } from '../exit/quick-exit';
import { App } from './App';
import { FIRST_HELP_IDS } from '../../core/first-help';
import { getState, useAppState } from '../../app/store';
import { whenIdle } from '../../app/when-idle';

let root: HTMLElement | null = null;

interface Standby {
  host: HTMLElement;
  /** What the cover in `host` was last drawn for (see coverSignature). */
  drawnFor: string;
}
let standby: Standby | null = null;

/** What decides the cover's look: the standby is stale once this differs. */
function coverSignature(): string {
  const disguise = coverDisguise();
  return `${disguise} ${getState().language} ${isCoverLoaded(disguise) ? 'loaded' : 'blank'}`;
}

// Follows the language like the app does; redraws only when the cover would look different.
function StandbyCover({ into }: { into: Standby }) {
  useAppState();
  const signature = coverSignature();
  into.drawnFor = signature;
  return useMemo(() => <Cover onUnlock={showApp} />, [signature]);
}

// The plain entry's first help (src/features/first-help) held the numbers until now.
function removeFirstHelp(): void {
  document.getElementById(FIRST_HELP_IDS.box)?.remove();
}

/** Builds (or rebuilds) the standby cover when it is missing or stale. Off the event path. */
function standCoverBy(): void {
  if (!root || isCovered()) return;
  if (standby?.drawnFor === coverSignature()) return;
  if (standby) render(null, standby.host);
  const next: Standby = { host: root.cloneNode(false) as HTMLElement, drawnFor: '' };
  render(<StandbyCover into={next} />, next.host);
  standby = next;
}

/** Loads the cover this page would show now and builds its standby while the phone is idle. */
async function prepareCover(): Promise<void> {
  await preloadCover();
  whenIdle(standCoverBy);
}

/** Renders the unlocked app. */
export function showApp(): void {
  if (!root) return;
  document.documentElement.removeAttribute('data-covered');
  render(<App />, root);
  removeFirstHelp();
  // The standby that just came in is the page now: the next exit needs a fresh one.
  whenIdle(standCoverBy);
}

/** Renders the cover in place of everything else. */
export function showCover(): void {
  if (!root) return;
  removeFirstHelp();
  document.documentElement.setAttribute('data-covered', '');
  const ready = standby;
  standby = null;
  if (ready && ready.drawnFor === coverSignature() && root.isConnected) {
    const app = root;
    app.replaceWith(ready.host);
    root = ready.host;
    // The app's elements have left the page; its components are unmounted after the event.
    setTimeout(() => render(null, app), 0);
    return;
  }
  if (ready) render(null, ready.host);
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
