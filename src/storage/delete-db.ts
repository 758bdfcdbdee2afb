/**
 * Deleting the database, for "Forget this device". Loaded only when asked
 * for, so the first paint never carries it.
 */
import { deleteDB } from 'idb';
import { DB_NAME, closeDb } from './db';

/**
 * Deletes the whole database. Resolves even when IndexedDB is unavailable,
 * and when an old tab that ignores `versionchange` blocks the deletion: the
 * browser deletes it once that tab closes, and the person must not wait.
 */
export async function deleteDb(): Promise<void> {
  await closeDb();
  if (typeof indexedDB === 'undefined') return;
  await new Promise<void>((resolve) => {
    deleteDB(DB_NAME, { blocked: () => resolve() }).then(resolve, () => resolve());
  });
}
