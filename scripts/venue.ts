// Venue packs: `keygen --out <dir> [--kid <id>]` makes a key pair; `sign --key
// <private.jwk> --pack <venue.json>` prints the signed pack (a compact JWS).
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { generateVenueKeyPair, readVenueKeySet } from './venue/keys';
import { signVenuePackFile } from './venue/sign';

const USAGE = `Usage:
  npm run venue -- keygen --out <dir> [--kid <id>]
      writes <dir>/<id>.private.jwk (keep it offline) and adds the public key to
      <dir>/venue-keys.json (a JWK Set; point LANTERN_VENUE_KEYS at it, or merge it
      into deploy/venue-keys.json, before building)
  npm run venue -- sign --key <private.jwk> --pack <venue.json> [--now <unix seconds>]
      prints the signed pack to put after ?r=<region>&v= (npm run poster does it for you)`;

const KID = /^[A-Za-z0-9._-]{1,64}$/;

async function keygen(args: string[]): Promise<void> {
  const { values } = parseArgs({
    args,
    options: { out: { type: 'string' }, kid: { type: 'string' } },
    strict: true,
  });
  if (values.out === undefined) throw new Error('--out is required');
  const kid = values.kid ?? `venue-${new Date().toISOString().slice(0, 10)}`;
  if (!KID.test(kid))
    throw new Error(`--kid must be letters, digits, ".", "_" or "-" (got ${JSON.stringify(kid)})`);
  const dir = resolve(values.out);
  mkdirSync(dir, { recursive: true });
  const setPath = join(dir, 'venue-keys.json');
  const set = existsSync(setPath) ? readVenueKeySet(setPath) : { keys: [] };
  if (set.keys.some((key) => key.kid === kid))
    throw new Error(`${setPath} already has a key "${kid}"`);

  const { privateJwk, publicJwk } = await generateVenueKeyPair(kid);
  const privatePath = join(dir, `${kid}.private.jwk`);
  // "wx": never overwrite a private key that may have signed posters already on walls.
  writeFileSync(privatePath, `${JSON.stringify(privateJwk, null, 2)}\n`, {
    flag: 'wx',
    mode: 0o600,
  });
  writeFileSync(setPath, `${JSON.stringify({ keys: [...set.keys, publicJwk] }, null, 2)}\n`);
  console.log(`wrote ${privatePath} (private: keep it offline, never commit it)`);
  console.log(`wrote ${setPath} (public: build with LANTERN_VENUE_KEYS=${setPath})`);
}

async function sign(args: string[]): Promise<void> {
  const { values } = parseArgs({
    args,
    options: { key: { type: 'string' }, pack: { type: 'string' }, now: { type: 'string' } },
    strict: true,
  });
  if (values.key === undefined || values.pack === undefined) {
    throw new Error('--key and --pack are required');
  }
  console.log(await signVenuePackFile(values.pack, values.key, { now: values.now }));
}

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  try {
    if (command === 'keygen') await keygen(rest);
    else if (command === 'sign') await sign(rest);
    else {
      console.log(USAGE);
      return command === undefined || command === '--help' ? 0 : 1;
    }
    return 0;
  } catch (error) {
    console.error(`venue: ${error instanceof Error ? error.message : String(error)}\n\n${USAGE}`);
    return 1;
  }
}

// Only as a command: the poster tool imports signVenuePackFile.
if (import.meta.url === `file://${process.argv[1] ?? ''}`)
  process.exitCode = await main(process.argv.slice(2));
