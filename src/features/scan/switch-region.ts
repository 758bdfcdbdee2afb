/**
 * A region change from a scanned or typed code: at once and offline (every
 * pack is precached), shown on the hotlines screen, saved for next time
 * (`saveSetting`, the one way any setting changes), and one tap from being
 * undone.
 */
import type { RegionCode } from '../../core/region-code';
import { regionDisplayName } from '../../core/region-names';
import type { RegionIndexEntry } from '../../core/content-types';
import { loadRegionIndex, loadRegionPack } from '../../content';
import { saveSetting } from '../../app/settings';
import { getState, update } from '../../app/store';

function regionName(regionIndex: readonly RegionIndexEntry[], code: RegionCode): string {
  const entry = regionIndex.find((candidate) => candidate.code === code);
  return entry ? regionDisplayName(entry, getState().language) : code.toUpperCase();
}

/**
 * Makes `region` active and shows its hotlines. With `announce`, a notice says
 * so and offers to switch back to the region that was active before.
 */
export async function switchRegion(
  region: RegionCode,
  { announce = true }: { announce?: boolean } = {},
): Promise<void> {
  const previous = getState().region;
  // Warm the pack's chunk first so the hotlines screen paints numbers, not "Loading…".
  // The names come with the index, loaded here beside the pack, not at boot.
  const [regionIndex] = await Promise.all([
    loadRegionIndex().catch(() => []),
    loadRegionPack(region).catch(() => undefined),
  ]);
  const notice =
    announce && previous !== region
      ? {
          key: 'scan:switched',
          values: { region: regionName(regionIndex, region) },
          action: {
            key: 'scan:switchBack',
            values: { region: regionName(regionIndex, previous) },
            run: () => void switchRegion(previous, { announce: false }),
          },
        }
      : null;
  update({ screen: { name: 'hotlines' }, notice });
  await saveSetting('region', region);
}
