/**
 * Entry path. Which disguise this page wears, which one the person chose,
 * and the lock of their own code: read once at boot, kept in memory so the
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
import { getSetting } from '../../storage/settings';

// The code's parsing and hashing load beside the first paint, not in it (the entry's size budget).
const unlockCode = () => import('../../core/unlock-code');
const lockStorage = () => import('../../storage/lock');

let chosen: DisguiseId | null = null;
let lock: CodeLock | null = null;

/** The disguise of this HTML entry (`<html data-disguise>`), or null on index.html. */
export function entryDisguise(): DisguiseId | null {
  return parseDisguise(document.documentElement.dataset.disguise);
}

/** The disguise in force (chosen, with a code), or null for none. */
export function chosenDisguise(): DisguiseId | null {
  return disguiseInForce(chosen, lock !== null);
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

/** Keeps a change made in settings (already saved) so the cover and exit see it at once. */
export function rememberLook(change: {
  disguise?: DisguiseId | null;
  lock?: CodeLock | null;
}): void {
  if (change.disguise !== undefined) chosen = change.disguise;
  if (change.lock !== undefined) lock = change.lock;
}

/** Reads the saved choice and code. Until it resolves, nothing is disguised. Never rejects. */
export async function loadLook(): Promise<void> {
  const [disguise, saved] = await Promise.all([
    getSetting('disguise'),
    lockStorage().then(
      (storage) => storage.getLock(),
      () => null,
    ),
  ]);
  chosen = parseDisguise(disguise);
  lock = saved;
}
