/**
 * Entry path. Which disguise this page wears, which one the person chose,
 * and their unlock code: answered synchronously from the settings model
 * (read once at boot), so the exit and the cover never wait.
 */
import {
  DEFAULT_UNLOCK_CODE,
  FALLBACK_DISGUISE,
  disguisePage,
  parseDisguise,
  parseUnlockCode,
  type DisguiseId,
} from '../../core/disguises';
import { getSettings } from '../../app/settings';

/** The disguise of this HTML entry (`<html data-disguise>`), or null on index.html. */
export function entryDisguise(): DisguiseId | null {
  return parseDisguise(document.documentElement.dataset.disguise);
}

/** The disguise the person chose in settings, or null for none. */
export function chosenDisguise(): DisguiseId | null {
  return parseDisguise(getSettings().disguise);
}

/** The cover to show here: this entry's own, else the chosen one, else the calculator. */
export function coverDisguise(): DisguiseId {
  return entryDisguise() ?? chosenDisguise() ?? FALLBACK_DISGUISE;
}

/** Where an exit in a browser tab goes: the cover's own page, which opens on the cover. */
export function neutralPage(): string {
  return disguisePage(coverDisguise());
}

/** The code that unlocks every cover. */
export function getUnlockCode(): string {
  return parseUnlockCode(getSettings().unlockCode) ?? DEFAULT_UNLOCK_CODE;
}
