/**
 * The public keys a build trusts for venue packs, as a JWK Set (RFC 7517).
 * Depends on valibot alone, so the build config can check the key file too.
 */
import * as v from 'valibot';

/** The one signature algorithm accepted: ECDSA P-256 with SHA-256. */
export const VENUE_ALGORITHM = 'ES256';

const base64url = v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{43}$/));

/** A public P-256 key as a JWK; a private part (`d`) is refused so a leaked key never ships. */
export const VenuePublicKeySchema = v.strictObject({
  kty: v.literal('EC'),
  crv: v.literal('P-256'),
  x: base64url,
  y: base64url,
  kid: v.pipe(v.string(), v.regex(/^[A-Za-z0-9._-]{1,64}$/)),
  alg: v.optional(v.literal(VENUE_ALGORITHM)),
  use: v.optional(v.literal('sig')),
});

/** The public keys a build trusts, as a JWK Set (RFC 7517); empty accepts no venue pack. */
export const VenueKeySetSchema = v.pipe(
  v.strictObject({ keys: v.array(VenuePublicKeySchema) }),
  v.check(
    (set) => new Set(set.keys.map((key) => key.kid)).size === set.keys.length,
    'each kid must be unique',
  ),
);

/** A trusted key set. */
export type VenueKeySet = v.InferOutput<typeof VenueKeySetSchema>;

/** One trusted public key. */
export type VenuePublicKey = v.InferOutput<typeof VenuePublicKeySchema>;
