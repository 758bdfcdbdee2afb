/**
 * Entry path. Decides which region's help to show on open: a `?r=` code from a
 * poster, else the saved choice, else a guess from the browser's languages,
 * else the global pack. Pure: the caller supplies what it knows.
 */
import { ALPHA3_TO_ALPHA2 } from './iso-alpha3';
import { GLOBAL_REGION, packRegion, parseRegionCode, type RegionCode } from './region-code';

// Its home is region-code.ts (the inline first help needs it without this module's tables).
export { requestedRegion } from './region-code';

/** What the app knows when it opens. */
export interface RegionInputs {
  /** The raw `?r=` value (untrusted), or null when the address had none. */
  requested: string | null;
  /** The region saved on this device, if any. */
  saved: RegionCode | null;
  /** `navigator.languages`, most preferred first. */
  browserLanguages: readonly string[];
  /** True when a pack exists for the code. */
  known: (code: RegionCode) => boolean;
}

/** The notice shown when a requested region was refused. */
export type RegionNotice = 'unknown-region';

/**
 * Which region to show, whether to say a request was refused, and whether to
 * save. `place` is a real place a poster named that has no pack: the fallback
 * pack is shown under its name. `suggestion` is a guess from the browser's
 * languages to offer ("Are you in the Philippines?"), never applied by itself.
 */
export interface RegionResolution {
  region: RegionCode;
  notice: RegionNotice | null;
  save: boolean;
  place: RegionCode | null;
  suggestion: RegionCode | null;
}

const ISO_COUNTRIES = new Set(Object.values(ALPHA3_TO_ALPHA2));

/** True when `code` names a country in ISO 3166-1 (or Kosovo), pack or not. */
export function isIsoCountry(code: string): boolean {
  return ISO_COUNTRIES.has(code);
}

/** The pack that covers EU member states that have no pack of their own. */
export const EU_REGION = 'eu' as RegionCode;

// EU member states (ISO 3166-1 alpha-2, lower case; Greece is "gr" here, not "el").
const EU_MEMBERS = new Set(
  'at be bg hr cy cz dk ee fi fr de gr hu ie it lv lt lu mt nl pl pt ro sk si es se'.split(' '),
);

// A language tag longer than this is not a real preference; don't spend time on it.
const MAX_TAG = 64;

/**
 * Chooses the region to show on open. Never throws; always returns a known
 * region or `zz`. Once a poster's `?r=` is given, a guess from the browser's
 * languages is only ever a suggestion: it never replaces the place the poster named.
 */
export function resolveRegion(inputs: RegionInputs): RegionResolution {
  if (inputs.requested === null || inputs.requested === '') {
    return {
      region: currentRegion(inputs),
      notice: null,
      save: false,
      place: null,
      suggestion: null,
    };
  }
  const code = parseRegionCode(inputs.requested);
  // A subdivision we have no pack for ("us-tx") still gets its country's numbers.
  const region = code && packRegion(code, inputs.known);
  if (region)
    return { region, notice: null, save: region !== inputs.saved, place: null, suggestion: null };
  const saved = inputs.saved && packOf(inputs.saved, inputs.known);
  const guess = guessRegion(inputs.browserLanguages, inputs.known);
  if (code && isIsoCountry(countryOf(code))) {
    // A real place with no pack: the fallback under its own name, never another country's numbers.
    return {
      region: GLOBAL_REGION,
      notice: null,
      save: false,
      place: countryOf(code),
      suggestion: guess,
    };
  }
  return {
    region: saved ?? GLOBAL_REGION,
    notice: 'unknown-region',
    save: false,
    place: null,
    suggestion: saved ? null : guess,
  };
}

/**
 * Guesses a region from explicit region subtags in the browser's languages
 * ("en-GB" → gb, "es-MX" → mx). A bare language ("es") says nothing about where
 * someone is, so it is never used. EU members without a pack get the EU pack.
 */
export function guessRegion(
  browserLanguages: readonly string[],
  known: (code: RegionCode) => boolean,
): RegionCode | null {
  for (const tag of browserLanguages) {
    const subtag = regionSubtag(tag);
    if (!subtag) continue;
    const region =
      packOf(subtag, known) ?? (EU_MEMBERS.has(subtag) ? packOf(EU_REGION, known) : null);
    if (region) return region;
  }
  return null;
}

function currentRegion(inputs: RegionInputs): RegionCode {
  const saved = inputs.saved && packOf(inputs.saved, inputs.known);
  return saved ?? guessRegion(inputs.browserLanguages, inputs.known) ?? GLOBAL_REGION;
}

function packOf(code: RegionCode, known: (code: RegionCode) => boolean): RegionCode | null {
  try {
    return known(code) ? code : null;
  } catch {
    return null;
  }
}

function countryOf(code: RegionCode): RegionCode {
  return code.slice(0, 2) as RegionCode;
}

/** The alpha-2 region subtag of a BCP 47 tag (language, optional script, region), lower case. */
function regionSubtag(tag: unknown): RegionCode | null {
  if (typeof tag !== 'string' || tag.length > MAX_TAG) return null;
  const [, second, third] = tag.split(/[-_]/);
  const candidate = second && /^[a-z]{4}$/i.test(second) ? third : second;
  if (!candidate || !/^[a-z]{2}$/i.test(candidate)) return null;
  return parseRegionCode(candidate);
}
