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
 * or own name matches `query`, or whose code does (typed as "UK", "GBR" or "g b"
 * too), best match first: the region whose code it is ("za"), then names that
 * start with it, then codes that start with it, then names that merely contain
 * it; each group sorted by name in `language`. With 171 regions, "za" is inside
 * many names (Tanzania, Kazakhstan…), and plain name order put South Africa last.
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
    .map((region) => {
      const label = regionDisplayName(region, language);
      return { region, label, rank: matchRank(folded, typed, region, label) };
    })
    .filter(({ rank }) => rank !== undefined)
    .sort((a, b) => (a.rank ?? 0) - (b.rank ?? 0) || collator.compare(a.label, b.label))
    .map(({ region, label }) => ({ region, label }));
}

// Lower is better; undefined is no match. An empty query matches everything equally.
function matchRank(
  folded: string,
  typed: string | null,
  region: NamedRegion,
  label: string,
): number | undefined {
  if (!folded) return 0;
  if (region.code === folded || region.code === typed) return 0;
  const names = [label, region.name, regionOwnName(region) ?? ''].map(foldForSearch);
  if (names.some((name) => name.startsWith(folded))) return 1;
  if (region.code.startsWith(folded)) return 2;
  if (names.some((name) => name.includes(folded))) return 3;
  return undefined;
}

function collatorFor(language: string): Intl.Collator {
  try {
    return new Intl.Collator([language, 'en'], { sensitivity: 'base' });
  } catch {
    return new Intl.Collator('en', { sensitivity: 'base' });
  }
}
