/**
 * Saving the look: a disguise goes on only together with the person's own
 * code (kept as a salted hash), so a cover nobody can open never happens.
 * Every function says whether the phone kept the change.
 */
import { NO_DISGUISE, type DisguiseId } from '../../core/disguises';
import { CODE_SALT_BYTES, lockFor } from '../../core/unlock-code';
import { forgetLock, setLock } from '../../storage/lock';
import { saveSetting } from '../../app/settings';
import { rememberLock } from '../disguise/look';

async function keepCode(code: string) {
  const lock = await lockFor(code, crypto.getRandomValues(new Uint8Array(CODE_SALT_BYTES)));
  return (await setLock(lock)) ? lock : null;
}

/** Turns `disguise` on with `code`; if either can't be kept, nothing changes. */
export async function turnOnDisguise(disguise: DisguiseId, code: string): Promise<boolean> {
  const lock = await keepCode(code);
  if (!lock) return false;
  if (!(await saveSetting('disguise', disguise))) {
    await forgetLock();
    await saveSetting('disguise', NO_DISGUISE);
    return false;
  }
  rememberLock(lock);
  return true;
}

/** Replaces the code; if the new one can't be kept, the old one still works. */
export async function changeCode(code: string): Promise<boolean> {
  const lock = await keepCode(code);
  if (lock) rememberLock(lock);
  return lock !== null;
}

/** Another disguise, same code. */
export async function switchDisguise(disguise: DisguiseId): Promise<boolean> {
  return saveSetting('disguise', disguise);
}

/** No disguise: the code has nothing left to open, so it goes too. */
export async function turnOffDisguise(): Promise<boolean> {
  rememberLock(null);
  const kept = saveSetting('disguise', NO_DISGUISE);
  await forgetLock();
  return kept;
}
