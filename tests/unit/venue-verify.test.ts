import { describe, expect, it, beforeAll } from 'vitest';
import fc from 'fast-check';
import { CompactSign, exportJWK, generateKeyPair, type CryptoKey } from 'jose';
import { verifyVenuePack, type VenueVerifyContext } from '../../src/core/venue-verify';
import {
  decodeBase64url,
  encodeBase64url,
  MAX_VENUE_TOKEN_BYTES,
  parseCompactJws,
  type VenueKeySet,
} from '../../src/core/venue-pack';

const NOW = 1_800_000_000;
const DAY = 24 * 60 * 60;

const claims = {
  sub: 'st-marys-school',
  r: 'gb',
  name: "St Mary's School",
  iat: NOW - DAY,
  exp: NOW + 300 * DAY,
  seq: 3,
  c: [
    { name: 'Safeguarding lead', purpose: 'child', phone: '+442079460000', hours: 'Mon–Fri 8–16' },
    { name: 'School nurse', purpose: 'other', phone: '+442079460001' },
  ],
};

let privateKey: CryptoKey;
let otherPrivateKey: CryptoKey;
let keys: VenueKeySet;

beforeAll(async () => {
  const pair = await generateKeyPair('ES256');
  privateKey = pair.privateKey;
  otherPrivateKey = (await generateKeyPair('ES256')).privateKey;
  const jwk = await exportJWK(pair.publicKey);
  keys = { keys: [{ kty: 'EC', crv: 'P-256', x: String(jwk.x), y: String(jwk.y), kid: 'k1' }] };
});

function context(change: Partial<VenueVerifyContext> = {}): VenueVerifyContext {
  return { keys, region: 'gb', now: NOW, ...change };
}

async function sign(
  payload: unknown,
  {
    key = privateKey,
    header = { alg: 'ES256', kid: 'k1' },
  }: { key?: CryptoKey | Uint8Array; header?: { alg: string; kid?: string } } = {},
): Promise<string> {
  return new CompactSign(new TextEncoder().encode(JSON.stringify(payload)))
    .setProtectedHeader(header)
    .sign(key);
}

/** Signs any header, even one jose would refuse to write (an unknown `crit`). */
async function signAnyHeader(header: unknown, payload: unknown): Promise<string> {
  const segment = (value: unknown) =>
    encodeBase64url(new TextEncoder().encode(JSON.stringify(value)));
  const input = `${segment(header)}.${segment(payload)}`;
  const signature = await crypto.subtle.sign(
    { name: 'ECDSA', hash: 'SHA-256' },
    privateKey,
    new TextEncoder().encode(input),
  );
  return `${input}.${encodeBase64url(new Uint8Array(signature))}`;
}

/** A token with any header and payload and a given signature, as an attacker would write it. */
function handMade(header: unknown, payload: unknown, signature: Uint8Array): string {
  const segment = (value: unknown) =>
    encodeBase64url(new TextEncoder().encode(JSON.stringify(value)));
  return `${segment(header)}.${segment(payload)}.${encodeBase64url(signature)}`;
}

async function reasonOf(token: unknown, change: Partial<VenueVerifyContext> = {}) {
  const verdict = await verifyVenuePack(token, context(change));
  return verdict.ok ? 'ok' : verdict.reason;
}

describe('verifyVenuePack', () => {
  it('accepts a pack signed with a built-in key and hands back its claims', async () => {
    const verdict = await verifyVenuePack(await sign(claims), context());
    expect(verdict).toEqual({ ok: true, claims, kid: 'k1' });
  });

  it('refuses a pack signed by a key the app does not hold, under a kid it does', async () => {
    expect(await reasonOf(await sign(claims, { key: otherPrivateKey }))).toBe('signature');
  });

  it('refuses a kid the app does not know', async () => {
    const token = await sign(claims, { header: { alg: 'ES256', kid: 'k2' } });
    expect(await reasonOf(token)).toBe('unknown-key');
    expect(await reasonOf(await sign(claims), { keys: { keys: [] } })).toBe('unknown-key');
  });

  it('refuses alg none, with or without a signature', async () => {
    const header = { alg: 'none', kid: 'k1' };
    expect(await reasonOf(handMade(header, claims, new Uint8Array(0)))).toBe('malformed');
    expect(await reasonOf(handMade(header, claims, new Uint8Array(64)))).toBe('algorithm');
  });

  it('refuses HS256 signed with the public key as the secret', async () => {
    const [jwk] = keys.keys;
    const secrets = [
      new TextEncoder().encode(JSON.stringify(jwk)),
      decodeBase64url(String(jwk?.x)) ?? new Uint8Array(32),
    ];
    for (const secret of secrets) {
      const token = await sign(claims, { key: secret, header: { alg: 'HS256', kid: 'k1' } });
      expect(await reasonOf(token)).toBe('algorithm');
    }
  });

  it('refuses any algorithm but ES256, even ones WebCrypto could check', async () => {
    for (const alg of ['ES384', 'ES512', 'RS256', 'PS256', 'EdDSA', 'es256', '']) {
      expect(await reasonOf(handMade({ alg, kid: 'k1' }, claims, new Uint8Array(64)))).toBe(
        'algorithm',
      );
    }
  });

  it('refuses headers with anything beyond alg, kid and typ (crit, an embedded jwk)', async () => {
    const [jwk] = keys.keys;
    for (const header of [
      { alg: 'ES256', kid: 'k1', crit: ['exp'] },
      { alg: 'ES256', kid: 'k1', jwk },
      { alg: 'ES256' },
    ]) {
      expect(await reasonOf(await signAnyHeader(header, claims))).toBe('malformed');
    }
    expect(await reasonOf(await signAnyHeader({ alg: 'ES256', kid: 'k1' }, claims))).toBe('ok');
  });

  it('refuses an expired pack, one issued more than a day ahead, and one meant to live over 2 years', async () => {
    expect(await reasonOf(await sign({ ...claims, exp: NOW }))).toBe('expired');
    expect(await reasonOf(await sign(claims), { now: claims.exp + 1 })).toBe('expired');
    const early = { ...claims, iat: NOW + DAY + 1, exp: NOW + 10 * DAY };
    expect(await reasonOf(await sign(early))).toBe('issued-in-future');
    expect(await reasonOf(await sign({ ...early, iat: NOW + DAY }))).toBe('ok');
    expect(await reasonOf(await sign({ ...claims, exp: claims.iat + 733 * DAY }))).toBe('lifetime');
    expect(await reasonOf(await sign({ ...claims, exp: claims.iat + 730 * DAY }))).toBe('ok');
  });

  it('refuses a seq lower than one kept for that venue, and takes an equal or higher one', async () => {
    const token = await sign(claims);
    const kept = (seq: number) => (sub: string) => (sub === claims.sub ? seq : undefined);
    expect(await reasonOf(token, { keptSeq: kept(4) })).toBe('seq');
    expect(await reasonOf(token, { keptSeq: kept(3) })).toBe('ok');
    expect(await reasonOf(token, { keptSeq: kept(2) })).toBe('ok');
    expect(await reasonOf(token, { keptSeq: () => undefined })).toBe('ok');
  });

  it("refuses a pack whose r is not the poster's ?r=", async () => {
    expect(await reasonOf(await sign(claims), { region: 'us' })).toBe('region');
    expect(await reasonOf(await sign({ ...claims, r: 'GB' }))).toBe('claims');
  });

  it('refuses a field the pack schemas refuse', async () => {
    const contact = claims.c[0];
    for (const bad of [
      { ...claims, name: 'x'.repeat(41) },
      { ...claims, c: [] },
      {
        ...claims,
        c: [contact, contact, contact, contact].map((c, i) => ({
          ...c,
          phone: `+44207946000${i}`,
        })),
      },
      { ...claims, c: [{ ...contact, phone: '0207 946 0000' }] },
      { ...claims, c: [{ ...contact, phone: '+0442079460000' }] },
      { ...claims, c: [{ ...contact, purpose: 'loans' }] },
      { ...claims, c: [{ ...contact, website: 'https://example.org' }] },
      { ...claims, name: 'School\u202Eloohcs' },
      { ...claims, seq: -1 },
      { ...claims, seq: 1.5 },
      { ...claims, extra: true },
      { ...claims, sub: undefined },
    ]) {
      expect(await reasonOf(await sign(bad))).toBe('claims');
    }
  });

  it('applies the strict number rules: no duplicates, no short code in a many-country pack', async () => {
    const contact = claims.c[0];
    const twice = { ...claims, c: [contact, { ...contact, name: 'Again' }] };
    expect(await reasonOf(await sign(twice))).toBe('duplicate-phone');
    const short = { ...claims, c: [{ ...contact, phone: '116111' }] };
    expect(await reasonOf(await sign(short))).toBe('ok');
    expect(await reasonOf(await sign({ ...short, r: 'zz' }), { region: 'zz' })).toBe('short-code');
  });

  it('refuses an oversized token before looking inside it', async () => {
    const big = { ...claims, c: [{ ...claims.c[0], hours: 'x'.repeat(80) }] };
    const token = await sign({ ...big, name: 'A'.repeat(40), sub: 'a'.repeat(64) });
    expect(token.length).toBeLessThan(MAX_VENUE_TOKEN_BYTES);
    const padded = `${token.split('.')[0]}.${encodeBase64url(new Uint8Array(1600))}.${token.split('.')[2]}`;
    expect(padded.length).toBeGreaterThan(MAX_VENUE_TOKEN_BYTES);
    expect(await reasonOf(padded)).toBe('malformed');
  });

  it('refuses a flipped byte anywhere in the token', async () => {
    const token = await sign(claims);
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.';
    await fc.assert(
      fc.asyncProperty(
        fc.nat({ max: token.length - 1 }),
        fc.constantFrom(...alphabet),
        async (index, char) => {
          fc.pre(token[index] !== char);
          const changed = `${token.slice(0, index)}${char}${token.slice(index + 1)}`;
          expect(await reasonOf(changed)).not.toBe('ok');
        },
      ),
      { numRuns: 300 },
    );
  });

  it('refuses a flipped bit in the signed bytes or the signature', async () => {
    const token = await sign(claims);
    const [header = '', payload = '', signature = ''] = token.split('.');
    const parts = [header, payload, signature].map(
      (part) => decodeBase64url(part) ?? new Uint8Array(),
    );
    await fc.assert(
      fc.asyncProperty(fc.nat({ max: 2 }), fc.nat(), fc.nat({ max: 7 }), async (part, at, bit) => {
        const bytes = Uint8Array.from(parts[part] ?? []);
        const index = at % bytes.length;
        bytes[index] = (bytes[index] ?? 0) ^ (1 << bit);
        const segments = parts.map((original, i) => encodeBase64url(i === part ? bytes : original));
        expect(await reasonOf(segments.join('.'))).not.toBe('ok');
      }),
      { numRuns: 300 },
    );
  });

  it('never throws and never accepts arbitrary input', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.string(),
          fc.stringMatching(/^[A-Za-z0-9_-]{0,40}\.[A-Za-z0-9_-]{0,40}\.[A-Za-z0-9_-]{0,90}$/),
          fc.anything(),
        ),
        async (input) => {
          expect(await reasonOf(input)).not.toBe('ok');
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('base64url', () => {
  it('round-trips any bytes and refuses any other spelling of them', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 80 }), (bytes) => {
        const text = encodeBase64url(bytes);
        expect(decodeBase64url(text)).toEqual(bytes);
        expect(Buffer.from(bytes).toString('base64url')).toBe(text);
      }),
    );
    // "QQ" is the canonical "A"; "QR" has a padding bit set and decodes to "A" too in lax decoders.
    expect(decodeBase64url('QQ')).toEqual(new Uint8Array([65]));
    expect(decodeBase64url('QR')).toBeNull();
    expect(decodeBase64url('Q')).toBeNull();
    expect(decodeBase64url('Q=')).toBeNull();
  });

  it('parses only objects in the first two segments', () => {
    const segment = (text: string) => encodeBase64url(new TextEncoder().encode(text));
    expect(parseCompactJws(`${segment('[]')}.${segment('{}')}.QQ`)).toBeNull();
    expect(parseCompactJws(`${segment('{}')}.${segment('1')}.QQ`)).toBeNull();
    expect(parseCompactJws(`${segment('{}')}.${segment('{}')}.QQ`)).not.toBeNull();
  });
});
