/**
 * The one typed content API the UI reads through. Region packs are lazy JSON
 * chunks (precached by the service worker, so every region works offline);
 * the small index is bundled because validating a code needs it at once.
 */
import type { RegionIndexEntry, RegionPack } from '../core/content-types';
import regionIndexJson from '../generated/region-index.json';

const packLoaders = import.meta.glob<RegionPack>('../generated/regions/*.json', {
  import: 'default',
});

/** Every region that has a pack, sorted by name. */
export const regionIndex: readonly RegionIndexEntry[] = regionIndexJson as RegionIndexEntry[];

/** True when a pack exists for `code`. */
export function hasRegionPack(code: string): boolean {
  return regionIndex.some((entry) => entry.code === code);
}

/** Loads a region's pack; rejects for an unknown code. */
export async function loadRegionPack(code: string): Promise<RegionPack> {
  const load = packLoaders[`../generated/regions/${code}.json`];
  if (!load) throw new Error(`No pack for region ${code}`);
  return load();
}
