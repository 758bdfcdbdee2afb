/**
 * Where the page keeps its snapshots (the hotlines, src/core/view-snapshot.ts,
 * and a disguise's cover at rest, src/core/cover-snapshot.ts) and the worker
 * reads them: entries in one Cache Storage cache, beside the precache, so
 * "Remove everything" (which deletes every cache) removes them too. Neither
 * side throws: without Cache Storage there is simply no snapshot.
 */
import { parseCoverSnapshot, type CoverSnapshot } from '../core/cover-snapshot';
import { parseViewSnapshot, type ViewSnapshot } from '../core/view-snapshot';

/** The cache that holds both snapshots, and their keys (paths nothing serves). */
export const VIEW_CACHE = 'view';
const SNAPSHOT_KEY = '/view-snapshot';
const COVER_KEY = '/cover-snapshot';

async function readStored<T>(key: string, parse: (value: unknown) => T | null): Promise<T | null> {
  try {
    // One lookup, on the reopen's critical path; a missing cache is not made by it.
    const stored = await caches.match(key, { cacheName: VIEW_CACHE });
    return stored ? parse(await stored.json()) : null;
  } catch {
    return null;
  }
}

async function writeStored(key: string, value: unknown): Promise<void> {
  try {
    const cache = await caches.open(VIEW_CACHE);
    await cache.put(
      key,
      new Response(JSON.stringify(value), { headers: { 'Content-Type': 'application/json' } }),
    );
  } catch {
    // No snapshot: the next reopen is only a little slower.
  }
}

/** Reads the hotlines snapshot, or null when there is none (or it can't be read). */
export function readViewSnapshot(): Promise<ViewSnapshot | null> {
  return readStored(SNAPSHOT_KEY, parseViewSnapshot);
}

/** Keeps `snapshot` in place of the last one. */
export function writeViewSnapshot(snapshot: ViewSnapshot): Promise<void> {
  return writeStored(SNAPSHOT_KEY, snapshot);
}

/** Reads the cover snapshot, or null. */
export function readCoverSnapshot(): Promise<CoverSnapshot | null> {
  return readStored(COVER_KEY, parseCoverSnapshot);
}

/** Keeps the cover at rest in place of the last one. */
export function writeCoverSnapshot(snapshot: CoverSnapshot): Promise<void> {
  return writeStored(COVER_KEY, snapshot);
}

/** Deletes both snapshots (a disguise chosen, the device forgotten). */
export async function forgetViewSnapshot(): Promise<void> {
  try {
    if (typeof caches !== 'undefined') await caches.delete(VIEW_CACHE);
  } catch {
    // Nothing to delete.
  }
}
