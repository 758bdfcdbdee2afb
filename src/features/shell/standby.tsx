/**
 * The exit's cover, built ahead (see root.tsx): rendered into a detached copy
 * of #root while the phone is idle, so the exit only has to swap it in. Loaded
 * after the first paint; nothing here is needed before the app is up.
 */
import { render, type VNode } from 'preact';
import { Cover } from '../disguise/Cover';
import { coverDisguise } from '../disguise/look';
import { getState, useAppState } from '../../app/store';

export { whenIdle } from '../../app/when-idle';

/** A cover ready to be swapped in for #root. */
export interface Standby {
  /** A detached copy of #root with the cover rendered in it. */
  host: HTMLElement;
  /** True while it is what the exit would draw now: that disguise's cover, in the language. */
  isCurrent(): boolean;
  /** Unmounts it, for a standby that will not be used. */
  discard(): void;
}

/** What decides the cover's look: a standby drawn for another is stale. */
function coverSignature(): string {
  return `${coverDisguise()} ${getState().language}`;
}

/** What the standby shows, and what it was drawn for. */
interface Drawn {
  for: string;
  cover?: VNode;
}

// Follows the language like the app does. The same element is returned until the cover would
// look different, so Preact skips it (useMemo would put the hook into the first paint's bytes).
function StandbyCover({ drawn, onUnlock }: { drawn: Drawn; onUnlock: () => void }) {
  useAppState();
  const signature = coverSignature();
  if (!drawn.cover || drawn.for !== signature) {
    drawn.for = signature;
    drawn.cover = <Cover onUnlock={onUnlock} />;
  }
  return drawn.cover;
}

/** `previous` while it is still current; otherwise a new standby made from `root`. */
export function standCoverBy(
  root: HTMLElement,
  previous: Standby | null,
  onUnlock: () => void,
): Standby {
  if (previous?.isCurrent()) return previous;
  previous?.discard();
  const host = root.cloneNode(false) as HTMLElement;
  const drawn: Drawn = { for: '' };
  render(<StandbyCover drawn={drawn} onUnlock={onUnlock} />, host);
  return {
    host,
    // The cover itself, not the blank stand-in drawn while its chunk was still on the way.
    isCurrent: () =>
      drawn.for === coverSignature() &&
      host.firstElementChild?.getAttribute('data-cover') === coverDisguise(),
    discard: () => render(null, host),
  };
}
