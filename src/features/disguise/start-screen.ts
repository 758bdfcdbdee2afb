/**
 * Entry path. Decides whether a launch opens on the cover or on help: every
 * launch of a disguise entry (`/calculator.html`, …) opens on its cover, never
 * on the last screen; index.html opens on help.
 */
import { entryDisguise } from './look';

/** True when this launch must open on the cover. */
export function shouldStartOnCover(): boolean {
  return entryDisguise() !== null;
}
