/**
 * Entry path. Decides the region on open (?r= → saved → browser guess →
 * global pack) and shows it, saving it when a poster named it. The rules
 * live in core/region-resolution.
 */
import type { RegionCode } from '../../core/region-code';
import { requestedRegion, resolveRegion } from '../../core/region-resolution';
import { hasRegionPack } from '../../content';
import { saveSetting, showRegion } from '../../app/settings';

/** The i18n key of the calm notice shown when a requested region was refused. */
export const UNKNOWN_REGION_NOTICE = 'regions:unknownRegion';

/** The region a valid `?r=` in `search` names, known before storage answers. */
export function regionRequestedBy(search: string): RegionCode | null {
  return requestedRegion(new URLSearchParams(search).get('r'), hasRegionPack);
}

/**
 * Shows the region to show first, saving it when it came from a valid
 * `?r=`; returns the notice key when a requested region was refused.
 */
export function startRegion(
  search: string,
  saved: RegionCode | null,
): { region: RegionCode; notice: string | null } {
  const start = resolveRegion({
    requested: new URLSearchParams(search).get('r'),
    saved,
    browserLanguages: navigator.languages ?? [],
    known: hasRegionPack,
  });
  if (start.save) void saveSetting('region', start.region);
  else showRegion(start.region);
  return { region: start.region, notice: start.notice && UNKNOWN_REGION_NOTICE };
}
