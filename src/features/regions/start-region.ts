/**
 * Entry path. Decides the region on open (?r= → saved → browser guess →
 * global pack) and shows it, saving it when a poster named it. The rules
 * live in core/region-resolution.
 */
import type { RegionCode } from '../../core/region-code';
import { regionDisplayName } from '../../core/region-names';
import { requestedRegion, resolveRegion } from '../../core/region-resolution';
import { hasRegionPack, loadRegionPack } from '../../content';
import { saveSetting, showRegion } from '../../app/settings';
import { update, type Notice } from '../../app/store';

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
): {
  region: RegionCode;
  notice: string | null;
  place: RegionCode | null;
  suggestion: RegionCode | null;
} {
  const start = resolveRegion({
    requested: new URLSearchParams(search).get('r'),
    saved,
    browserLanguages: navigator.languages ?? [],
    known: hasRegionPack,
  });
  if (start.save) void saveSetting('region', start.region);
  else showRegion(start.region);
  update({ place: start.place });
  return {
    region: start.region,
    notice: start.notice && UNKNOWN_REGION_NOTICE,
    place: start.place,
    suggestion: start.suggestion,
  };
}

/**
 * The notice to show on open: a refused code's calm word, or, when a poster's
 * place had no pack, the browser's guess offered as a question ("Are you in the
 * Philippines?") that changes nothing until the person says yes.
 */
export function startNotice(
  start: { notice: string | null; suggestion: RegionCode | null },
  language: string,
): Notice | null {
  const { suggestion } = start;
  if (suggestion === null) return start.notice ? { key: start.notice } : null;
  // Named by Intl from its code: the index with names is not on the first paint.
  const place = regionDisplayName(
    { code: suggestion, name: suggestion.toUpperCase(), country: null },
    language,
  );
  return {
    key: start.notice ? 'regions:unknownSuggest' : 'regions:suggest',
    values: { place },
    action: {
      key: 'regions:suggestYes',
      values: { place },
      run: () => {
        void loadRegionPack(suggestion)
          .catch(() => undefined)
          .then(() => saveSetting('region', suggestion));
      },
    },
  };
}
