/**
 * Entry path. The unlock code's salted hash over IndexedDB: one record, kept
 * only while a disguise is on. Reads never throw; a write says whether it was
 * kept, so a disguise is never turned on without a code that will last.
 */
import * as v from 'valibot';
import type { CodeLock } from '../core/unlock-code';
import { getDb } from './db';

const StoredLock = v.object({
  salt: v.pipe(v.instance(Uint8Array), v.minLength(8)),
  hash: v.pipe(v.instance(Uint8Array), v.length(32)),
  iterations: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(10_000_000)),
});

/** The kept code's lock, or null when none is kept (or it is unreadable). */
export async function getLock(): Promise<CodeLock | null> {
  try {
    const db = await getDb();
    if (!db) return null;
    const parsed = v.safeParse(StoredLock, await db.get('lock', 'code'));
    return parsed.success ? parsed.output : null;
  } catch {
    return null;
  }
}

/** Keeps `lock`; resolves to false when the phone would not keep it. */
export async function setLock(lock: CodeLock): Promise<boolean> {
  try {
    const db = await getDb();
    if (!db) return false;
    await db.put('lock', { salt: lock.salt, hash: lock.hash, iterations: lock.iterations }, 'code');
    return true;
  } catch {
    return false;
  }
}

/** Removes the kept code. Resolves even when storage is unavailable. */
export async function forgetLock(): Promise<void> {
  try {
    const db = await getDb();
    await db?.delete('lock', 'code');
  } catch {
    // Nothing kept, nothing to remove.
  }
}
