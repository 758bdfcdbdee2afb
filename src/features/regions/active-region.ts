/**
 * Entry path. The one way to change the active region: the store, the
 * `<html data-region>` attribute and the saved setting move together.
 */
import type { RegionCode } from '../../core/region-code';
import { setSetting } from '../../storage/settings';
import { update } from '../shell/store';

/**
 * Makes `code` the active region and (unless `save` is false) saves it.
 * Resolves to whether it was saved beyond memory; help shows either way.
 */
export function setActiveRegion(code: RegionCode, { save = true } = {}): Promise<boolean> {
  // A chosen region replaces any unknown place the poster named.
  update({ region: code, place: null });
  document.documentElement.dataset.region = code;
  return save ? setSetting('region', code) : Promise.resolve(false);
}
