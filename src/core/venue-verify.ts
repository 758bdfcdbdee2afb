/**
 * Checks a venue pack's JWS strictly: ES256 only, a built-in key with that
 * `kid`, a valid signature over the exact bytes, then every claim rule.
 * Uses WebCrypto (the page and node both have it), so the app ships no JOSE
 * library; JWS ES256 signatures are raw r‖s, which is what WebCrypto takes.
 * No DOM and no I/O; a verdict never throws.
 */
import * as v from 'valibot';
import {
  checkVenueClaims,
  parseCompactJws,
  VENUE_ALGORITHM,
  VenueHeaderSchema,
  type VenueClaimContext,
  type VenueClaimProblem,
  type VenueClaims,
  type VenueKeySet,
} from './venue-pack';

/** Why a venue pack was refused. */
export type VenueRejection =
  'malformed' | 'algorithm' | 'unknown-key' | 'signature' | VenueClaimProblem;

/** A verdict: the checked claims, or why they were refused (never which digits they held). */
export type VenueVerdict =
  { ok: true; claims: VenueClaims; kid: string } | { ok: false; reason: VenueRejection };

/** What verifying needs: the trusted keys and the claim context. */
export interface VenueVerifyContext extends VenueClaimContext {
  keys: VenueKeySet;
}

/** Verifies an untrusted token into a venue pack's claims, or a refusal. */
export async function verifyVenuePack(
  token: unknown,
  context: VenueVerifyContext,
): Promise<VenueVerdict> {
  try {
    return await verify(token, context);
  } catch {
    // A key WebCrypto won't import, or anything else unforeseen, is a refusal, not a crash.
    return { ok: false, reason: 'signature' };
  }
}

async function verify(token: unknown, context: VenueVerifyContext): Promise<VenueVerdict> {
  const jws = parseCompactJws(token);
  if (!jws) return { ok: false, reason: 'malformed' };
  const header = v.safeParse(VenueHeaderSchema, jws.header);
  if (!header.success) return { ok: false, reason: 'malformed' };
  // Checked before any key is looked at: `none` and HS256 (the public key as an HMAC secret) never get near one.
  if (header.output.alg !== VENUE_ALGORITHM) return { ok: false, reason: 'algorithm' };
  const jwk = context.keys.keys.find((key) => key.kid === header.output.kid);
  if (!jwk) return { ok: false, reason: 'unknown-key' };
  if (jws.signature.length !== 64) return { ok: false, reason: 'signature' };

  const key = await crypto.subtle.importKey(
    'jwk',
    { kty: jwk.kty, crv: jwk.crv, x: jwk.x, y: jwk.y, ext: true },
    { name: 'ECDSA', namedCurve: 'P-256' },
    false,
    ['verify'],
  );
  const valid = await crypto.subtle.verify(
    { name: 'ECDSA', hash: 'SHA-256' },
    key,
    toArrayBuffer(jws.signature),
    toArrayBuffer(jws.signingInput),
  );
  if (!valid) return { ok: false, reason: 'signature' };

  const checked = checkVenueClaims(jws.payload, context);
  if (!checked.ok) return { ok: false, reason: checked.problem };
  return { ok: true, claims: checked.claims, kid: jwk.kid };
}

// WebCrypto's types want a plain ArrayBuffer, not a view that might sit on a shared one.
function toArrayBuffer(bytes: Uint8Array): ArrayBuffer {
  const copy = new ArrayBuffer(bytes.byteLength);
  new Uint8Array(copy).set(bytes);
  return copy;
}
