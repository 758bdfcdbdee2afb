/**
 * A venue pack: the contacts a school, shelter or clinic adds to its poster,
 * carried in the poster's URL as `v=<JWS>` (compact serialization, ES256) and
 * shown only when the signature checks against a key built into the app.
 * Pure: the shapes, the claim rules and the compact-form parsing. The
 * signature itself is checked in `venue-verify.ts`.
 */
import * as v from 'valibot';
import {
  DialStringSchema,
  MULTI_COUNTRY_PACKS,
  PurposeSchema,
  REGION_CODE_PATTERN,
} from './content-schema';

export {
  VENUE_ALGORITHM,
  VenueKeySetSchema,
  VenuePublicKeySchema,
  type VenueKeySet,
  type VenuePublicKey,
} from './venue-keys';

/** Longest token accepted, in bytes (it is ASCII): a poster's QR holds far less. */
export const MAX_VENUE_TOKEN_BYTES = 2048;

/** A compact JWS: three base64url segments; the shape alone, checked before anything is decoded. */
export const VENUE_TOKEN_PATTERN = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/;

/** Longest a venue pack may live: two years (of 366 days, so a leap year never refuses one). */
export const MAX_VENUE_LIFETIME_SECONDS = 2 * 366 * 24 * 60 * 60;

/** How far `iat` may lie ahead of the phone's clock: phones' clocks drift, posters don't time-travel. */
export const MAX_CLOCK_SKEW_SECONDS = 24 * 60 * 60;

// Bidi overrides and invisible characters would let a name read as something else.
const plainText = (max: number) =>
  v.pipe(
    v.string(),
    v.nonEmpty(),
    v.maxLength(max),
    v.check((text) => text.trim() === text, 'must not start or end with spaces'),
    v.check((text) => !/[\p{Cc}\p{Cf}\p{Co}\p{Cn}\p{Zl}\p{Zp}]/u.test(text), 'must be plain text'),
  );

const seconds = v.pipe(v.number(), v.safeInteger(), v.minValue(0));

/** One contact of a venue: purpose and phone follow the same rules as a region pack's lines. */
export const VenueContactSchema = v.strictObject({
  name: plainText(80),
  purpose: PurposeSchema,
  phone: DialStringSchema,
  hours: v.optional(plainText(80)),
});

/** The signed claims of a venue pack (the JWS payload). */
export const VenueClaimsSchema = v.strictObject({
  sub: v.pipe(v.string(), v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/), v.maxLength(64)),
  r: v.pipe(v.string(), v.regex(REGION_CODE_PATTERN)),
  name: plainText(40),
  iat: seconds,
  exp: seconds,
  seq: seconds,
  c: v.pipe(v.array(VenueContactSchema), v.minLength(1), v.maxLength(3)),
});

/** A venue pack's claims, as signed. */
export type VenueClaims = v.InferOutput<typeof VenueClaimsSchema>;

/** One contact a venue pack lists. */
export type VenueContact = v.InferOutput<typeof VenueContactSchema>;

/** The protected header: the algorithm and which key signed. Nothing else (no `crit`, no `jwk`). */
export const VenueHeaderSchema = v.strictObject({
  alg: v.string(),
  kid: v.pipe(v.string(), v.regex(/^[A-Za-z0-9._-]{1,64}$/)),
  typ: v.optional(v.literal('JWT')),
});

/** Why a claim set was refused. */
export type VenueClaimProblem =
  | 'claims'
  | 'region'
  | 'short-code'
  | 'duplicate-phone'
  | 'expired'
  | 'issued-in-future'
  | 'lifetime'
  | 'seq';

/** What the claim checks need to know: where the poster pointed, now, what is already kept. */
export interface VenueClaimContext {
  /** The region the poster's `?r=` named. */
  region: string;
  /** The phone's clock, in seconds since 1970. */
  now: number;
  /** The highest `seq` already kept for a venue, if any. */
  keptSeq?: (sub: string) => number | undefined;
}

/**
 * Parses and checks decoded claims against the rules a signature can't vouch
 * for: shape, region, time window, sequence, and the strict number rules the
 * page can apply without libphonenumber's metadata.
 */
export function checkVenueClaims(
  input: unknown,
  context: VenueClaimContext,
): { ok: true; claims: VenueClaims } | { ok: false; problem: VenueClaimProblem } {
  const parsed = v.safeParse(VenueClaimsSchema, input);
  if (!parsed.success) return { ok: false, problem: 'claims' };
  const claims = parsed.output;
  if (claims.r !== context.region) return { ok: false, problem: 'region' };
  // A short code only dials inside one country; a many-country pack gives it no country.
  const country = !MULTI_COUNTRY_PACKS.includes(claims.r);
  if (!country && claims.c.some((contact) => !contact.phone.startsWith('+'))) {
    return { ok: false, problem: 'short-code' };
  }
  if (new Set(claims.c.map((contact) => contact.phone)).size !== claims.c.length) {
    return { ok: false, problem: 'duplicate-phone' };
  }
  if (claims.exp <= context.now) return { ok: false, problem: 'expired' };
  if (claims.iat > context.now + MAX_CLOCK_SKEW_SECONDS) {
    return { ok: false, problem: 'issued-in-future' };
  }
  if (claims.exp <= claims.iat || claims.exp - claims.iat > MAX_VENUE_LIFETIME_SECONDS) {
    return { ok: false, problem: 'lifetime' };
  }
  const kept = context.keptSeq?.(claims.sub);
  if (kept !== undefined && claims.seq < kept) return { ok: false, problem: 'seq' };
  return { ok: true, claims };
}

/** A compact JWS split into its parts, each segment decoded and canonical. */
export interface CompactJws {
  header: unknown;
  payload: unknown;
  signature: Uint8Array;
  /** The bytes the signature covers: `<header>.<payload>` as ASCII. */
  signingInput: Uint8Array;
}

/**
 * Splits and decodes a compact JWS, or returns null for anything that isn't
 * one: too long, wrong characters, non-canonical base64url (a changed padding
 * bit must not pass as the same token), or segments that aren't JSON objects.
 */
export function parseCompactJws(token: unknown): CompactJws | null {
  if (typeof token !== 'string' || token.length > MAX_VENUE_TOKEN_BYTES) return null;
  if (!VENUE_TOKEN_PATTERN.test(token)) return null;
  const [headerText = '', payloadText = '', signatureText = ''] = token.split('.');
  const headerBytes = decodeBase64url(headerText);
  const payloadBytes = decodeBase64url(payloadText);
  const signature = decodeBase64url(signatureText);
  if (!headerBytes || !payloadBytes || !signature) return null;
  const header = parseJsonObject(headerBytes);
  const payload = parseJsonObject(payloadBytes);
  if (header === null || payload === null) return null;
  const signingInput = new TextEncoder().encode(`${headerText}.${payloadText}`);
  return { header, payload, signature, signingInput };
}

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** Decodes unpadded base64url, or null when it isn't the one canonical encoding of its bytes. */
export function decodeBase64url(text: string): Uint8Array | null {
  if (text.length % 4 === 1) return null;
  const bytes = new Uint8Array(Math.floor((text.length * 3) / 4));
  let buffer = 0;
  let bits = 0;
  let index = 0;
  for (const char of text) {
    const value = ALPHABET.indexOf(char);
    if (value === -1) return null;
    buffer = (buffer << 6) | value;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      bytes[index++] = (buffer >> bits) & 0xff;
    }
  }
  // Leftover bits must be zero, or two spellings would decode to the same bytes.
  if ((buffer & ((1 << bits) - 1)) !== 0) return null;
  return bytes;
}

/** Encodes bytes as unpadded base64url. */
export function encodeBase64url(bytes: Uint8Array): string {
  let text = '';
  for (let index = 0; index < bytes.length; index += 3) {
    const chunk =
      ((bytes[index] ?? 0) << 16) | ((bytes[index + 1] ?? 0) << 8) | (bytes[index + 2] ?? 0);
    const chars = Math.min(4, Math.ceil(((bytes.length - index) * 8) / 6));
    for (let char = 0; char < chars; char++) text += ALPHABET[(chunk >> (18 - 6 * char)) & 63];
  }
  return text;
}

function parseJsonObject(bytes: Uint8Array): unknown {
  try {
    const value: unknown = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? value : null;
  } catch {
    return null;
  }
}
