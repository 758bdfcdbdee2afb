/**
 * Venue keys for scripts: making a key pair, reading the public key set a
 * build trusts, reading a private key to sign with. jose does the key work.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { exportJWK, generateKeyPair, importJWK, type CryptoKey } from 'jose';
import * as v from 'valibot';
// With its extension: the vite config loads this file, and its loader wants one.
import {
  VENUE_ALGORITHM,
  VenueKeySetSchema,
  VenuePublicKeySchema,
  type VenueKeySet,
  type VenuePublicKey,
} from '../../src/core/venue-keys.ts';

/** Where the build looks for trusted public keys unless LANTERN_VENUE_KEYS names another file. */
export const DEFAULT_VENUE_KEYS = 'deploy/venue-keys.json';

/** A private P-256 key as written by keygen: the public parts, `d`, and the key's id. */
export const VenuePrivateKeySchema = v.strictObject({
  ...VenuePublicKeySchema.entries,
  d: v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{43}$/)),
});

/** A private venue key. */
export type VenuePrivateKey = v.InferOutput<typeof VenuePrivateKeySchema>;

/** Makes a new ES256 key pair under `kid`. */
export async function generateVenueKeyPair(
  kid: string,
): Promise<{ privateJwk: VenuePrivateKey; publicJwk: VenuePublicKey }> {
  const { privateKey } = await generateKeyPair(VENUE_ALGORITHM, { extractable: true });
  const jwk = await exportJWK(privateKey);
  const privateJwk = v.parse(VenuePrivateKeySchema, {
    kty: jwk.kty,
    crv: jwk.crv,
    x: jwk.x,
    y: jwk.y,
    d: jwk.d,
    kid,
    alg: VENUE_ALGORITHM,
    use: 'sig',
  });
  const { d: _secret, ...publicJwk } = privateJwk;
  return { privateJwk, publicJwk };
}

/**
 * Reads the public key set a build trusts. Throws a plain sentence when the
 * file is missing, isn't a JWK Set of P-256 public keys, or holds a private key.
 */
export function readVenueKeySet(path: string): VenueKeySet {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(resolve(path), 'utf8'));
  } catch (error) {
    throw new Error(`venue keys: cannot read ${path}: ${messageOf(error)}`);
  }
  if (JSON.stringify(raw).includes('"d"')) {
    throw new Error(`venue keys: ${path} holds a private key ("d"); only public keys may ship`);
  }
  const parsed = v.safeParse(VenueKeySetSchema, raw);
  if (!parsed.success) {
    const issue = parsed.issues[0];
    const where = v.getDotPath(issue) ?? '';
    throw new Error(`venue keys: ${path}: ${where} ${issue.message}`.trim());
  }
  return parsed.output;
}

/** Reads a private key file written by keygen, ready for jose to sign with. */
export async function readVenuePrivateKey(
  path: string,
): Promise<{ kid: string; key: CryptoKey | Uint8Array }> {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(resolve(path), 'utf8'));
  } catch (error) {
    throw new Error(`cannot read the private key ${path}: ${messageOf(error)}`);
  }
  const parsed = v.safeParse(VenuePrivateKeySchema, raw);
  if (!parsed.success) throw new Error(`${path} is not a private venue key made by keygen`);
  return { kid: parsed.output.kid, key: await importJWK(parsed.output, VENUE_ALGORITHM) };
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
