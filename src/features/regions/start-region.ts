/**
 * Entry path. Decides the region on open (?r= → saved → browser guess →
 * global pack) and makes it active. The rules live in core/region-resolution.
 */
import type { RegionCode } from '../../core/region-code';
import { resolveRegion } from '../../core/region-resolution';
import { hasRegionPack } from '../../content';
import { setActiveRegion } from './active-region';

/** The i18n key of the calm notice shown when a requested region was refused. */
export const UNKNOWN_REGION_NOTICE = 'regions:unknownRegion';

/**
 * The region a valid `?r=` names, known without storage (a poster's code wins
 * over a saved one), so its pack can load before IndexedDB answers.
 */
export function requestedRegion(search: string): RegionCode | null {
  const requested = new URLSearchParams(search).get('r');
  if (!requested?.trim()) return null;
  const start = resolveRegion({
    requested,
    saved: null,
    browserLanguages: [],
    known: hasRegionPack,
  });
  return start.notice ? null : start.region;
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
