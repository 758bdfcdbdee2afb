/**
 * Saved settings over IndexedDB, with an in-memory copy that is the truth when
 * IndexedDB fails. Reads never throw; writes report whether they were kept.
 */
import { defaultSettings, parseSetting, type Settings } from '../core/settings';
import { deleteDb, getDb } from './db';

const memory: Settings = { ...defaultSettings };

/** Reads one setting; falls back to memory, then to the default. */
export async function getSetting<K extends keyof Settings>(key: K): Promise<Settings[K]> {
  try {
    const db = await getDb();
    if (!db) return memory[key];
    const stored = parseSetting(key, await db.get('settings', key));
    memory[key] = stored;
    return stored;
  } catch {
    return memory[key];
  }
}

/** Reads every setting at once (one transaction). */
export async function getAllSettings(): Promise<Settings> {
  const keys = Object.keys(defaultSettings) as Array<keyof Settings>;
  try {
    const db = await getDb();
    if (!db) return { ...memory };
    const tx = db.transaction('settings', 'readonly');
    const values = await Promise.all(keys.map((key) => tx.store.get(key)));
    keys.forEach((key, index) => {
      (memory as Record<keyof Settings, unknown>)[key] = parseSetting(key, values[index]);
    });
    return { ...memory };
  } catch {
    return { ...memory };
  }
}

/**
 * Reads every setting, but gives up after `ms` and answers from memory (the
 * defaults on a first open): a slow or stuck IndexedDB must never hold back
 * the first paint of help. A late read still fills memory for later calls.
 */
export function getSettingsWithin(ms: number): Promise<Settings> {
  return Promise.race([
    getAllSettings(),
    new Promise<Settings>((resolve) => setTimeout(() => resolve({ ...memory }), ms)),
  ]);
}

/**
 * Saves one setting. Resolves to false when it could only be kept in memory
 * (storage full, blocked or missing): the app carries on either way.
 */
export async function setSetting<K extends keyof Settings>(
  key: K,
  value: Settings[K],
): Promise<boolean> {
  memory[key] = value;
  try {
    const db = await getDb();
    if (!db) return false;
    await db.put('settings', value, key);
    return true;
  } catch {
    return false;
  }
}

/** "Forget this device": removes every saved setting. */
export async function forgetSettings(): Promise<void> {
  Object.assign(memory, defaultSettings);
  await deleteDb();
}
