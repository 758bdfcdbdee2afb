/**
 * Entry path. Which disguise this page wears, which one the person chose
 * (answered from the settings model, read once at boot) and the lock of
 * their own code (its own store, read once at boot): kept in memory so the
 * exit and the cover can use them synchronously. There is no default code.
 */
import {
  FALLBACK_DISGUISE,
  disguiseInForce,
  disguisePage,
  parseDisguise,
  type DisguiseId,
} from '../../core/disguises';
import type { CodeLock } from '../../core/unlock-code';
import { getSettings } from '../../app/settings';

// The code's parsing and hashing load beside the first paint, not in it (the entry's size budget).
const unlockCode = () => import('../../core/unlock-code');
const lockStorage = () => import('../../storage/lock');

let lock: CodeLock | null = null;
// A code set or forgotten before storage answered: a late read must not undo it.
let lockChanged = false;

/** The disguise of this HTML entry (`<html data-disguise>`), or null on index.html. */
export function entryDisguise(): DisguiseId | null {
  return parseDisguise(document.documentElement.dataset.disguise);
}

/** The disguise in force (chosen, with a code), or null for none. */
export function chosenDisguise(): DisguiseId | null {
  return disguiseInForce(parseDisguise(getSettings().disguise), lock !== null);
}

/** True when the person has their own code. */
export function hasUnlockCode(): boolean {
  return lock !== null;
}

/** The cover to show here: this entry's own, else the chosen one, else the calculator. */
export function coverDisguise(): DisguiseId {
  return entryDisguise() ?? chosenDisguise() ?? FALLBACK_DISGUISE;
}

/** Where an exit in a browser tab goes: the cover's own page, which opens on the cover. */
export function neutralPage(): string {
  return disguisePage(coverDisguise());
}

/** True when `typed` is the person's code; always false while they have none. */
export async function isUnlockCode(typed: string): Promise<boolean> {
  const kept = lock;
  if (!kept) return false;
  try {
    return await (await unlockCode()).opensLock(typed, kept);
  } catch {
    return false;
  }
}

/** Keeps a code change (already saved, or forgotten) so the cover and exit see it at once. */
export function rememberLock(change: CodeLock | null): void {
  lock = change;
  lockChanged = true;
}

/** Reads the kept code's lock. Until it resolves, nothing is disguised. Never rejects. */
export async function loadLock(): Promise<void> {
  const kept = await lockStorage().then(
    (storage) => storage.getLock(),
    () => null,
  );
  if (!lockChanged) lock = kept;
}
