/**
 * Where the page keeps its snapshots (the hotlines, src/core/view-snapshot.ts,
 * and a disguise's cover at rest, src/core/cover-snapshot.ts) and the worker
 * reads them: entries in one Cache Storage cache, beside the precache, so
 * "Remove everything" (which deletes every cache) removes them too. Neither
 * side throws: without Cache Storage there is simply no snapshot.
 */
import { parseCoverSnapshot, type CoverSnapshot } from '../core/cover-snapshot';
import { parseViewSnapshot, type ViewSnapshot } from '../core/view-snapshot';
import { parseRegionCode, type RegionCode } from '../core/region-code';

/** The cache that holds both snapshots, and their keys (paths nothing serves). */
export const VIEW_CACHE = 'view';
const SNAPSHOT_KEY = '/view-snapshot';
const COVER_KEY = '/cover-snapshot';
const PAGE_AT_REST_KEY = '/page-at-rest';
const BUILD_HEADER = 'X-Lantern-Build';
const REGION_HEADER = 'X-Lantern-Region';

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

/**
 * The plain entry with the hotlines snapshot already in it, exactly as the
 * worker would answer `/`: the worker sends it with one read and no splice.
 * It says which build's page it was made from (only that build's worker
 * sends it) and which region it shows (an address may ask for another).
 */
export interface PageAtRest {
  response: Response;
  build: string;
  region: RegionCode;
}

/** Reads the page at rest, or null when there is none (or it can't be read). */
export async function readPageAtRest(): Promise<PageAtRest | null> {
  try {
    const response = await caches.match(PAGE_AT_REST_KEY, { cacheName: VIEW_CACHE });
    const build = response?.headers.get(BUILD_HEADER);
    const region = parseRegionCode(response?.headers.get(REGION_HEADER));
    return response && build && region ? { response, build, region } : null;
  } catch {
    return null;
  }
}

/**
 * The headers of a stored page, for the same page with a new body: its own
 * headers (the CSP among them) go with it; the old body's length and encoding
 * must not.
 */
export function headersForNewBody(headers: Headers): Headers {
  const kept = new Headers(headers);
  kept.delete('Content-Length');
  kept.delete('Content-Encoding');
  return kept;
}

/** Keeps `html` (the entry with the snapshot spliced in) as the page at rest. */
export async function writePageAtRest(
  html: string,
  headers: Headers,
  build: string,
  region: RegionCode,
): Promise<void> {
  try {
    const kept = headersForNewBody(headers);
    kept.set(BUILD_HEADER, build);
    kept.set(REGION_HEADER, region);
    const cache = await caches.open(VIEW_CACHE);
    await cache.put(PAGE_AT_REST_KEY, new Response(html, { headers: kept }));
  } catch {
    // Not kept (storage full): the last one must not stay in its place.
    await forgetPageAtRest();
  }
}

/** Deletes the page at rest; the worker then splices the snapshot itself. */
export async function forgetPageAtRest(): Promise<void> {
  try {
    // Never opened to delete: "Remove everything" may have just deleted the whole cache.
    if (typeof caches !== 'undefined' && (await caches.has(VIEW_CACHE))) {
      await (await caches.open(VIEW_CACHE)).delete(PAGE_AT_REST_KEY);
    }
  } catch {
    // Nothing to delete, or storage refuses: the worker checks build and region anyway.
  }
}

/** Deletes every snapshot and the page at rest (a disguise chosen, the device forgotten). */
export async function forgetViewSnapshot(): Promise<void> {
  try {
    if (typeof caches !== 'undefined') await caches.delete(VIEW_CACHE);
  } catch {
    // Nothing to delete.
  }
}
