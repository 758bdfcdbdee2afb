/**
 * Entry path. Which disguise this page wears, which one the person chose,
 * and their unlock code: read once at boot, kept in memory so the exit and
 * the cover can use them synchronously.
 */
import {
  DEFAULT_UNLOCK_CODE,
  FALLBACK_DISGUISE,
  disguisePage,
  parseDisguise,
  parseUnlockCode,
  type DisguiseId,
} from '../../core/disguises';
import { getSetting } from '../../storage/settings';

let chosen: DisguiseId | null = null;
let unlockCode = DEFAULT_UNLOCK_CODE;

/** The disguise of this HTML entry (`<html data-disguise>`), or null on index.html. */
export function entryDisguise(): DisguiseId | null {
  return parseDisguise(document.documentElement.dataset.disguise);
}

/** The disguise the person chose in settings, or null for none. */
export function chosenDisguise(): DisguiseId | null {
  return chosen;
}

/** The cover to show here: this entry's own, else the chosen one, else the calculator. */
export function coverDisguise(): DisguiseId {
  return entryDisguise() ?? chosen ?? FALLBACK_DISGUISE;
}

/** Where an exit in a browser tab goes: the cover's own page, which opens on the cover. */
export function neutralPage(): string {
  return disguisePage(coverDisguise());
}

/** The code that unlocks every cover. */
export function getUnlockCode(): string {
  return unlockCode;
}

/** Keeps a change made in settings (already saved) so the cover and exit see it at once. */
export function rememberLook(change: { disguise?: DisguiseId | null; unlockCode?: string }): void {
  if (change.disguise !== undefined) chosen = change.disguise;
  if (change.unlockCode !== undefined) unlockCode = change.unlockCode;
}

/** Reads the saved choice and code. Until it resolves, the defaults apply. */
export async function loadLook(): Promise<void> {
  const [disguise, code] = await Promise.all([getSetting('disguise'), getSetting('unlockCode')]);
  chosen = parseDisguise(disguise);
  unlockCode = parseUnlockCode(code) ?? DEFAULT_UNLOCK_CODE;
}
