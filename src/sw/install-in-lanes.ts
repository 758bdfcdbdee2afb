/// <reference lib="webworker" />
/**
 * The install, with a few files in flight at once. Workbox's own install
 * fetches the precache one file at a time (its PR #2562; a concurrent option is
 * still an open request, #2880). Lantern precaches ~430 files, so on a slow
 * network each file pays a whole round trip in turn: at 400 ms that is about
 * three minutes before the app works offline, for someone who may have only
 * the minutes after scanning a poster. A handful of lanes, the browser's usual
 * connections per host, shares one round trip among them and leaves the rest
 * of the page's own requests room.
 */
import type { PrecacheController, PrecacheEntry } from 'workbox-precaching';

/** Files fetched at once: Chromium opens at most six connections per host over HTTP/1.1. */
export const INSTALL_LANES = 6;

/**
 * Caches every entry through Workbox's own precache strategy (the same cache
 * keys, integrity and cache mode as its install), `lanes` at a time. Rejects
 * if any file fails, as Workbox's install does, so a half-filled precache never
 * activates.
 */
export async function installInLanes(
  precache: PrecacheController,
  entries: ReadonlyArray<string | PrecacheEntry>,
  event: ExtendableEvent,
  lanes = INSTALL_LANES,
): Promise<void> {
  let next = 0;
  // After a failure the install is lost anyway: the other lanes stop instead of spending data.
  let failed = false;
  const lane = async () => {
    while (next < entries.length && !failed) {
      const entry = entries[next++]!;
      const url = typeof entry === 'string' ? entry : entry.url;
      const cacheKey = precache.getCacheKeyForURL(url);
      if (!cacheKey) throw new Error(`not in the precache list: ${url}`);
      const request = new Request(url, {
        integrity: precache.getIntegrityForCacheKey(cacheKey),
        // Workbox's rule: a file named by its content may come from the HTTP cache; one with a
        // revision must be fetched anew, or an old copy could be kept under the new revision.
        cache: typeof entry !== 'string' && entry.revision ? 'reload' : 'default',
        credentials: 'same-origin',
      });
      try {
        await Promise.all(precache.strategy.handleAll({ params: { cacheKey }, request, event }));
      } catch (error) {
        failed = true;
        throw error;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, lanes) }, lane));
}
