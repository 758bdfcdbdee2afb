/**
 * Signs a venue's pack: reads what a deploying organisation writes
 * (`venue.json`), checks it with the app's own rules plus libphonenumber's
 * full metadata, adds `iat` and `exp`, and returns the compact JWS.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { CompactSign, type CryptoKey } from 'jose';
import {
  getCountryCallingCode,
  isSupportedCountry,
  isValidPhoneNumber,
} from 'libphonenumber-js/max';
import * as v from 'valibot';
import { MULTI_COUNTRY_PACKS } from '../../src/core/content-schema';
import {
  checkVenueClaims,
  MAX_VENUE_LIFETIME_SECONDS,
  MAX_VENUE_TOKEN_BYTES,
  VENUE_ALGORITHM,
  VenueClaimsSchema,
  type VenueClaims,
} from '../../src/core/venue-pack';
import { readVenuePrivateKey } from './keys';

const DAY = 24 * 60 * 60;

/** Days a pack is valid when `venue.json` doesn't say. */
export const DEFAULT_VALID_DAYS = 365;

/** `venue.json`: the claims without the times, and for how many days the pack is valid. */
export const VenueSourceSchema = v.strictObject({
  ...v.omit(VenueClaimsSchema, ['iat', 'exp']).entries,
  days: v.optional(
    v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(MAX_VENUE_LIFETIME_SECONDS / DAY)),
  ),
});

/** Turns a venue source into checked claims issued at `now`; throws with every problem found. */
export function venueClaimsFrom(source: unknown, now: number): VenueClaims {
  const parsed = v.safeParse(VenueSourceSchema, source);
  if (!parsed.success) {
    const problems = parsed.issues.map(
      (issue) => `${v.getDotPath(issue) ?? 'pack'}: ${issue.message}`,
    );
    throw new Error(`the venue pack is not valid:\n  ${problems.join('\n  ')}`);
  }
  const { days = DEFAULT_VALID_DAYS, ...rest } = parsed.output;
  const claims = { ...rest, iat: now, exp: now + days * DAY };
  const checked = checkVenueClaims(claims, { region: claims.r, now });
  if (!checked.ok) throw new Error(`the venue pack breaks a rule: ${checked.problem}`);
  const problems = numberProblems(checked.claims);
  if (problems.length > 0) throw new Error(`the venue pack's numbers:\n  ${problems.join('\n  ')}`);
  return checked.claims;
}

// The page can only check the shape of a number; here the full metadata knows which exist.
function numberProblems(claims: VenueClaims): string[] {
  const country = MULTI_COUNTRY_PACKS.includes(claims.r)
    ? null
    : claims.r.slice(0, 2).toUpperCase();
  const problems: string[] = [];
  claims.c.forEach((contact, index) => {
    if (!contact.phone.startsWith('+')) return;
    if (!isValidPhoneNumber(contact.phone)) {
      problems.push(`c.${index}.phone: ${contact.phone} is not a valid phone number`);
    } else if (country !== null && isSupportedCountry(country)) {
      const expected = `+${getCountryCallingCode(country)}`;
      if (!contact.phone.startsWith(expected)) {
        problems.push(
          `c.${index}.phone: ${contact.phone} is not a ${country} number (those start ${expected})`,
        );
      }
    }
  });
  return problems;
}

/** Signs checked claims with a private key under `kid`; refuses a token over the app's limit. */
export async function signVenueClaims(
  claims: VenueClaims,
  key: CryptoKey | Uint8Array,
  kid: string,
): Promise<string> {
  const token = await new CompactSign(new TextEncoder().encode(JSON.stringify(claims)))
    .setProtectedHeader({ alg: VENUE_ALGORITHM, kid })
    .sign(key);
  if (token.length > MAX_VENUE_TOKEN_BYTES) {
    throw new Error(
      `the signed pack is ${token.length} bytes; the app takes at most ${MAX_VENUE_TOKEN_BYTES}`,
    );
  }
  return token;
}

/** Reads `venue.json` and a private key file and returns the signed pack. */
export async function signVenuePackFile(
  packPath: string,
  keyPath: string,
  { now: nowText, region }: { now?: string | undefined; region?: string } = {},
): Promise<string> {
  const now = nowText === undefined ? Math.floor(Date.now() / 1000) : Number(nowText);
  if (!Number.isSafeInteger(now) || now < 0)
    throw new Error('--now must be whole seconds since 1970');
  let source: unknown;
  try {
    source = JSON.parse(readFileSync(resolve(packPath), 'utf8'));
  } catch (error) {
    throw new Error(
      `cannot read ${packPath}: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  const { kid, key } = await readVenuePrivateKey(keyPath);
  const claims = venueClaimsFrom(source, now);
  if (region !== undefined && claims.r !== region) {
    throw new Error(`the venue pack is for region "${claims.r}", the poster for "${region}"`);
  }
  return signVenueClaims(claims, key, kid);
}
