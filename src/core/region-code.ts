/**
 * Region codes: ISO 3166-1 alpha-2, lower case, optionally `-` and a subdivision
 * (`gb`, `us`, `us-tx`). `zz` (CLDR's "unknown region") is the global pack.
 */

/** A syntactically valid region code (not necessarily one we have a pack for). */
export type RegionCode = string & { readonly __brand: 'RegionCode' };

/** The pack shown when the person's region has none of its own. */
export const GLOBAL_REGION = 'zz' as RegionCode;

const REGION_CODE = /^[a-z]{2}(?:-[a-z0-9]{1,3})?$/;

/** Longest input worth looking at; anything longer is hostile or a mistake. */
export const MAX_REGION_INPUT = 16;

/**
 * Parses untrusted text (a `?r=` value, a typed code) into a region code, or
 * null. Accepts upper case and surrounding spaces; nothing else is forgiven.
 */
export function parseRegionCode(input: unknown): RegionCode | null {
  if (typeof input !== 'string' || input.length > MAX_REGION_INPUT) return null;
  const code = input.trim().toLowerCase();
  return REGION_CODE.test(code) ? (code as RegionCode) : null;
}
