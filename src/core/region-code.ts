/**
 * Region codes: ISO 3166-1 alpha-2, lower case, optionally `-` and a subdivision
 * (`gb`, `us`, `us-tx`). `zz` (CLDR's "unknown region") is the global pack.
 * The one home of the region-code pattern: packs, posters, links and typed codes use it.
 */
import { ALPHA3_TO_ALPHA2 } from './iso-alpha3';

/** A syntactically valid region code (not necessarily one we have a pack for). */
export type RegionCode = string & { readonly __brand: 'RegionCode' };

/** The pack shown when the person's region has none of its own. */
export const GLOBAL_REGION = 'zz' as RegionCode;

/** Region code: ISO 3166-1 alpha-2, lower case, optionally `-` and a subdivision. */
export const REGION_CODE_PATTERN = /^[a-z]{2}(?:-[a-z0-9]{1,3})?$/;

/** Longest input worth looking at; anything longer is hostile or a mistake. */
export const MAX_REGION_INPUT = 16;

// Checked on the raw text, before lower-casing: "\u212Ae" (Kelvin sign) lower-cases to "ke".
const ASCII_CODE = /^[A-Za-z0-9-]+$/;

// Codes people write that ISO spells differently: the UK is "gb" in ISO 3166-1.
const ALIASES: Readonly<Record<string, string>> = { uk: 'gb' };

/**
 * Parses an untrusted `?r=` value (or a stored setting) into a region code, or
 * null. Upper case is forgiven; anything that is not plain ASCII letters,
 * digits and `-` (a space, a BOM, U+3000, a newline, the Kelvin sign) is refused.
 */
export function parseRegionCode(input: unknown): RegionCode | null {
  if (typeof input !== 'string' || input.length > MAX_REGION_INPUT) return null;
  if (!ASCII_CODE.test(input)) return null;
  const code = input.toLowerCase();
  return REGION_CODE_PATTERN.test(code) ? (code as RegionCode) : null;
}

/**
 * The pack that answers a valid code: its own, else its country's for a
 * subdivision without one ("us-tx" → us); null when neither has a pack.
 * `known` says which packs exist; one that throws counts as none.
 */
export function packRegion(
  code: RegionCode,
  known: (code: RegionCode) => boolean,
): RegionCode | null {
  const country = code.slice(0, 2) as RegionCode;
  for (const candidate of [code, country]) {
    try {
      if (known(candidate)) return candidate;
    } catch {
      // A failing lookup answers nothing rather than breaking the start.
    }
  }
  return null;
}

/**
 * The region a `?r=` value names by itself, or null when it names none we
 * have. A valid request wins over any saved region, so its pack can load
 * before storage has answered.
 */
export function requestedRegion(
  requested: string | null,
  known: (code: RegionCode) => boolean,
): RegionCode | null {
  // The answer resolveRegion gives a request that names a pack; here, not there, so the
  // inline first help (src/features/first-help) carries it without the ISO tables.
  const code = parseRegionCode(requested);
  return code && packRegion(code, known);
}

/**
 * Parses a code a person typed (or a poster's short code): ASCII spaces
 * anywhere are dropped ("g b"), case is forgiven, "UK" means gb and an alpha-3
 * code ("GBR") its alpha-2. Anything but ASCII is refused before lower-casing.
 */
export function parseTypedRegionCode(input: unknown): RegionCode | null {
  if (typeof input !== 'string' || input.length > MAX_REGION_INPUT) return null;
  const compact = input.replace(/ /g, '');
  if (!ASCII_CODE.test(compact)) return null;
  const lower = compact.toLowerCase();
  const [head = '', ...rest] = lower.split('-');
  const country = ALIASES[head] ?? ALPHA3_TO_ALPHA2[head] ?? head;
  return parseRegionCode([country, ...rest].join('-'));
}
