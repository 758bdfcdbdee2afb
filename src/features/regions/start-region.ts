/**
 * Entry path. Decides the region on open (?r= → saved → browser guess →
 * global pack) and makes it active. The rules live in core/region-resolution.
 */
import type { RegionCode } from '../../core/region-code';
import { requestedRegion, resolveRegion } from '../../core/region-resolution';
import { hasRegionPack } from '../../content';
import { setActiveRegion } from './active-region';

/** The i18n key of the calm notice shown when a requested region was refused. */
export const UNKNOWN_REGION_NOTICE = 'regions:unknownRegion';

/** The region a valid `?r=` in `search` names, known before storage answers. */
export function regionRequestedBy(search: string): RegionCode | null {
  return requestedRegion(new URLSearchParams(search).get('r'), hasRegionPack);
}

/**
 * Activates the region to show first, saving it when it came from a valid
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
  void setActiveRegion(start.region, { save: start.save });
  return { region: start.region, notice: start.notice && UNKNOWN_REGION_NOTICE };
}
