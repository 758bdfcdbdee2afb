/**
 * Entry path. Decides whether this page wears its cover: every launch of a
 * disguise entry (`/calculator.html`, …) and, once a disguise is chosen,
 * every launch of any entry, never the last screen; the same rule covers a
 * page the moment it is hidden (the task switcher's snapshot).
 */
import { wearsCover } from '../../core/disguises';
import { chosenDisguise, entryDisguise } from './look';

/** True when this page must show the cover now (at launch, or when hidden). */
export function shouldWearCover(): boolean {
  return wearsCover(entryDisguise(), chosenDisguise());
}
