/**
 * Entry path. Decides the region on open. (Filled in by the content work:
 * ?r= → saved → browser guess → global pack.)
 */
import { GLOBAL_REGION, parseRegionCode, type RegionCode } from '../../core/region-code';
import { hasRegionPack } from '../../content';

/** The region to show first, and a notice key when a requested one was refused. */
export async function resolveStartRegion(
  search: string,
): Promise<{ region: RegionCode; notice: string | null }> {
  const requested = parseRegionCode(new URLSearchParams(search).get('r'));
  if (requested && hasRegionPack(requested)) return { region: requested, notice: null };
  return { region: parseRegionCode('gb') ?? GLOBAL_REGION, notice: null };
}
