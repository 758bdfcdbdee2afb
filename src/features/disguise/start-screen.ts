/**
 * Entry path. Decides whether a launch opens on the cover or on help.
 * (Filled in by the disguise work: a disguised install always opens on its cover.)
 */

/** True when this launch must open on the cover. */
export function shouldStartOnCover(): boolean {
  return false;
}
