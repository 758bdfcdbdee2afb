/**
 * Where the page keeps its view snapshot (src/core/view-snapshot.ts) and the
 * worker reads it: one entry in Cache Storage, beside the precache, so
 * "Remove everything" (which deletes every cache) removes it too. Neither
 * side throws: without Cache Storage there is simply no snapshot.
 */
import { parseViewSnapshot, type ViewSnapshot } from '../core/view-snapshot';

/** The cache that holds the snapshot, and its key (a path nothing serves). */
export const VIEW_CACHE = 'view';
const SNAPSHOT_KEY = '/view-snapshot';

/** Reads the snapshot, or null when there is none (or it can't be read). */
export async function readViewSnapshot(): Promise<ViewSnapshot | null> {
  try {
    if (!(await caches.has(VIEW_CACHE))) return null;
    const stored = await (await caches.open(VIEW_CACHE)).match(SNAPSHOT_KEY);
    return stored ? parseViewSnapshot(await stored.json()) : null;
  } catch {
    return null;
  }
}

/** Keeps `snapshot` in place of the last one. */
export async function writeViewSnapshot(snapshot: ViewSnapshot): Promise<void> {
  try {
    const cache = await caches.open(VIEW_CACHE);
    await cache.put(
      SNAPSHOT_KEY,
      new Response(JSON.stringify(snapshot), { headers: { 'Content-Type': 'application/json' } }),
    );
  } catch {
    // No snapshot: the next reopen is only a little slower.
  }
}

/** Deletes the snapshot (a disguise chosen, the device forgotten). */
export async function forgetViewSnapshot(): Promise<void> {
  try {
    if (typeof caches !== 'undefined') await caches.delete(VIEW_CACHE);
  } catch {
    // Nothing to delete.
  }
}
