/**
 * Saved settings in IndexedDB: one read of them all, one write per setting.
 * Reads parse every record (a corrupt one becomes its default); nothing here
 * throws. The in-memory truth is the settings model in `src/app/settings.ts`.
 */
import { parseSettings, type Settings } from '../core/settings';
import { getDb } from './db';

/** Reads every saved setting in one transaction, or null when storage can't be read. */
export async function readSettings(): Promise<Settings | null> {
  try {
    const db = await getDb();
    if (!db) return null;
    const tx = db.transaction('settings', 'readonly');
    const [keys, values] = await Promise.all([tx.store.getAllKeys(), tx.store.getAll()]);
    const stored = new Map(keys.map((key, index) => [key, values[index]]));
    return parseSettings((key) => stored.get(key));
  } catch {
    return null;
  }
}

/**
 * Saves one setting. Resolves to false when it could not be kept (storage
 * full, blocked or missing): the app carries on in memory either way.
 */
export async function writeSetting<K extends keyof Settings>(
  key: K,
  value: Settings[K],
): Promise<boolean> {
  try {
    const db = await getDb();
    if (!db) return false;
    await db.put('settings', value, key);
    return true;
  } catch {
    return false;
  }
}
