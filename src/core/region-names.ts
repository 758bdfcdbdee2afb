/**
 * Entry path. Region names in the person's language and the picker's search. Pure: uses
 * `Intl` where the browser has it and falls back to the pack's English name.
 */
import { GLOBAL_REGION, parseTypedRegionCode } from './region-code';

/** What a region needs to be named: its code, English name and country. */
export interface NamedRegion {
  readonly code: string;
  readonly name: string;
  readonly country: string | null;
}

/** A region with the name to show for it. */
export interface RegionMatch<T extends NamedRegion> {
  readonly region: T;
  readonly label: string;
}

/**
 * The region's name in `language` ("Royaume-Uni" for gb in French), or the
 * pack's English name when `Intl.DisplayNames` is missing or doesn't know it.
 * Subdivisions keep the pack's name: DisplayNames only names countries.
 */
export function regionDisplayName(region: NamedRegion, language: string): string {
  const isCountryPack = region.code.length === 2 && region.code !== GLOBAL_REGION;
  if (!isCountryPack || typeof Intl.DisplayNames !== 'function') return region.name;
  try {
    const names = new Intl.DisplayNames([language, 'en'], { type: 'region', fallback: 'none' });
    return names.of(region.country ?? region.code.toUpperCase()) ?? region.name;
  } catch {
    return region.name;
  }
}

/**
 * The region's name in its own first language ("Sakartvelo" is "საქართველო"
 * for ge), from the likely language CLDR gives the country; null when Intl can't say.
 */
export function regionOwnName(region: NamedRegion): string | null {
  const country = region.country ?? (region.code.length === 2 ? region.code.toUpperCase() : null);
  if (country === null || region.code === GLOBAL_REGION) return null;
  if (typeof Intl.Locale !== 'function' || typeof Intl.DisplayNames !== 'function') return null;
  try {
    const language = new Intl.Locale(`und-${country}`).maximize().language;
    const names = new Intl.DisplayNames([language], { type: 'region', fallback: 'none' });
    return names.of(country) ?? null;
  } catch {
    return null;
  }
}

/** Folds text for matching: no case, no accents, no width ("Ｃôte" → "cote"). */
export function foldForSearch(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().trim();
}

/**
 * The regions (except the global pack) whose name in `language`, English name
 * or own name contains `query`, or whose code starts with it or is what the
 * query means as a typed code ("UK", "GBR", "g b"), sorted by name in `language`.
 */
export function searchRegions<T extends NamedRegion>(
  regions: readonly T[],
  query: string,
  language: string,
): RegionMatch<T>[] {
  const folded = foldForSearch(query.slice(0, 80));
  const typed = parseTypedRegionCode(query.trim());
  const collator = collatorFor(language);
  return regions
    .filter((region) => region.code !== GLOBAL_REGION)
    .map((region) => ({ region, label: regionDisplayName(region, language) }))
    .filter(
      ({ region, label }) =>
        !folded ||
        foldForSearch(label).includes(folded) ||
        foldForSearch(region.name).includes(folded) ||
        region.code.startsWith(folded) ||
        region.code === typed ||
        foldForSearch(regionOwnName(region) ?? '').includes(folded),
    )
    .sort((a, b) => collator.compare(a.label, b.label));
}

function collatorFor(language: string): Intl.Collator {
  try {
    return new Intl.Collator([language, 'en'], { sensitivity: 'base' });
  } catch {
    return new Intl.Collator('en', { sensitivity: 'base' });
  }
}
