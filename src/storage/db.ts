/**
 * The only code that opens IndexedDB. One schema, one shared connection.
 * Every caller must cope with `getDb()` resolving to null: IndexedDB can be
 * missing (some private modes), blocked by an old tab, full or corrupt, and
 * the app must still show help from its precached packs.
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { Settings } from '../core/settings';
import type { KeptVenuePack } from './venue-packs';

/** The whole database, as one type. */
export interface LanternDb extends DBSchema {
  /** One record per setting, keyed by its name; read back through `parseSetting`, never cast. */
  settings: {
    key: keyof Settings;
    value: Settings[keyof Settings];
  };
  /** Venue packs the person chose to keep, by venue (`sub`); parsed again on every read. */
  venuePacks: {
    key: string;
    value: KeptVenuePack;
  };
  /** The notes cover's own notes (ordinary content, so a real notes app), keyed by a counter. */
  notes: {
    key: number;
    value: unknown;
  };
  /** The unlock code as a salted hash (one record), only while a disguise is on. */
  lock: {
    key: 'code';
    value: unknown;
  };
}

/** The database's name; one per origin. */
export const DB_NAME = 'lantern';
const DB_VERSION = 3;

let connection: Promise<IDBPDatabase<LanternDb> | null> | undefined;

/** Opens (once) and returns the database, or null when it can't be used. */
export function getDb(): Promise<IDBPDatabase<LanternDb> | null> {
  connection ??= open();
  return connection;
}

async function open(): Promise<IDBPDatabase<LanternDb> | null> {
  try {
    if (typeof indexedDB === 'undefined') return null;
    // Whoever is already waiting for this open is answered too, not only later callers:
    // a blocked open would otherwise keep them waiting until the old tab closes.
    let answerBlocked = () => {};
    const blockedAnswer = new Promise<null>((resolve) => {
      answerBlocked = () => resolve(null);
    });
    const opening = openDB<LanternDb>(DB_NAME, DB_VERSION, {
      upgrade(database, _oldVersion, _newVersion, transaction) {
        // Whatever version it comes from, every missing store is made: a database
        // left half-made by a crash or an older build is repaired, never trusted.
        if (!database.objectStoreNames.contains('settings')) database.createObjectStore('settings');
        if (!database.objectStoreNames.contains('notes')) {
          database.createObjectStore('notes', { autoIncrement: true });
        }
        if (!database.objectStoreNames.contains('lock')) database.createObjectStore('lock');
        if (!database.objectStoreNames.contains('venuePacks')) {
          database.createObjectStore('venuePacks');
        }
        // Older builds kept the unlock code itself, in plain text, among the settings.
        void transaction
          .objectStore('settings')
          .delete(IDBKeyRange.only('unlockCode'))
          .catch(() => undefined);
      },
      // Another tab holds an older version open: don't wait forever, run in memory.
      blocked() {
        connection = Promise.resolve(null);
        answerBlocked();
      },
      // A newer version wants in (another tab updated): step aside so it can upgrade.
      blocking() {
        void opening.then((db) => db.close());
        connection = undefined;
      },
      terminated() {
        connection = undefined;
      },
    });
    return await Promise.race([opening, blockedAnswer]);
  } catch {
    return null;
  }
}

/** Closes and forgets the connection, e.g. before deleting the database. */
export async function closeDb(): Promise<void> {
  const db = await connection?.catch(() => null);
  db?.close();
  connection = undefined;
}
