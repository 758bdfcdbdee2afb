import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseQrPayload } from '../../src/core/qr-payload';
import { verifyVenuePack } from '../../src/core/venue-verify';
import { readVenueKeySet } from '../../scripts/venue/keys';
import { venueClaimsFrom } from '../../scripts/venue/sign';

const REPO = fileURLToPath(new URL('../..', import.meta.url));
const ORIGIN = 'https://example.org';
// Each case spawns the real command line (tsx), which takes seconds on a shared machine.
const SLOW = { timeout: 120_000 };

const venue = {
  sub: 'st-marys-school',
  r: 'gb',
  name: "St Mary's School",
  seq: 1,
  c: [
    { name: 'Safeguarding lead', purpose: 'child', phone: '+442079460000', hours: 'Mon–Fri 8–16' },
    { name: 'School nurse', purpose: 'other', phone: '+442079460001' },
  ],
};

let dir: string;

function run(script: string, args: readonly string[]) {
  const result = spawnSync('npx', ['tsx', script, ...args], { cwd: REPO, encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Reads a poster SVG's QR back from its drawn runs and decodes it with jsQR. */
function decodePosterQr(svg: string): string | null {
  const group = /<g data-part="qr"([^>]*)>([\s\S]*?)<\/g>/.exec(svg);
  const size = Number(/data-modules="(\d+)"/.exec(group?.[1] ?? '')?.[1]);
  const quiet = Number(/data-quiet-zone="(\d+)"/.exec(group?.[1] ?? '')?.[1]);
  const path = /<path data-part="modules"[^>]* d="([^"]*)"/.exec(group?.[2] ?? '')?.[1] ?? '';
  const scale = 4;
  const side = (size + 2 * quiet) * scale;
  const png = new PNG({ width: side, height: side });
  png.data.fill(255);
  for (const run of path.matchAll(/M(\d+) (\d+)h(\d+)v1h-\d+z/g)) {
    const [x, y, width] = [Number(run[1]), Number(run[2]), Number(run[3])];
    for (let py = y * scale; py < (y + 1) * scale; py++) {
      for (let px = x * scale; px < (x + width) * scale; px++) {
        const i = (py * side + px) * 4;
        png.data[i] = png.data[i + 1] = png.data[i + 2] = 0;
      }
    }
  }
  const read = PNG.sync.read(PNG.sync.write(png));
  return jsQR(new Uint8ClampedArray(read.data), read.width, read.height)?.data ?? null;
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'lantern-venue-'));
  const made = run('scripts/venue.ts', ['keygen', '--out', dir, '--kid', 'unit-1']);
  expect(made.status, made.stderr).toBe(0);
  writeFileSync(join(dir, 'venue.json'), JSON.stringify(venue));
}, SLOW.timeout);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('venue keys', SLOW, () => {
  it('keygen writes a private key and a public set the build accepts', () => {
    const set = readVenueKeySet(join(dir, 'venue-keys.json'));
    expect(set.keys.map((key) => key.kid)).toEqual(['unit-1']);
    expect(readFileSync(join(dir, 'unit-1.private.jwk'), 'utf8')).toContain('"d"');
    // A second key is added beside the first (rotation), never over it.
    expect(run('scripts/venue.ts', ['keygen', '--out', dir, '--kid', 'unit-1']).status).toBe(1);
  });

  it('the build refuses a key file that holds a private key', () => {
    expect(() => readVenueKeySet(join(dir, 'unit-1.private.jwk'))).toThrow();
    const leaked = join(dir, 'leaked.json');
    const privateJwk = JSON.parse(readFileSync(join(dir, 'unit-1.private.jwk'), 'utf8'));
    writeFileSync(leaked, JSON.stringify({ keys: [privateJwk] }));
    expect(() => readVenueKeySet(leaked)).toThrow(/private key/);
  });

  it('the shipped key set is empty: a plain build shows no venue pack', () => {
    expect(readVenueKeySet(join(REPO, 'deploy/venue-keys.json'))).toEqual({ keys: [] });
  });

  it('sign refuses a pack with a number that does not exist or is not of its country', () => {
    const now = Math.floor(Date.now() / 1000);
    expect(venueClaimsFrom(venue, now)).toMatchObject({ sub: venue.sub, iat: now });
    for (const phone of ['+4412345', '+18883737888']) {
      const bad = { ...venue, c: [{ ...venue.c[0], phone }] };
      expect(() => venueClaimsFrom(bad, now)).toThrow(/phone/);
    }
    expect(() => venueClaimsFrom({ ...venue, days: 800 }, now)).toThrow(/days/);
  });
});

describe('a venue poster', SLOW, () => {
  it('carries a code jsQR reads as a link the app accepts, with a pack that verifies', async () => {
    const out = join(dir, 'posters');
    const result = run('scripts/poster.ts', [
      '--region',
      'gb',
      '--origin',
      ORIGIN,
      '--venue',
      join(dir, 'venue.json'),
      '--key',
      join(dir, 'unit-1.private.jwk'),
      '--out',
      out,
    ]);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/error correction [MQH]/);
    const svgs = readdirSync(out).filter((name) => name.endsWith('.svg'));
    expect(svgs.length).toBe(2);
    for (const name of svgs) {
      const text = decodePosterQr(readFileSync(join(out, name), 'utf8'));
      const payload = parseQrPayload(text, { origin: ORIGIN, isKnownRegion: (r) => r === 'gb' });
      expect(payload).toMatchObject({ ok: true, region: 'gb', form: 'link' });
      const token = payload.ok ? payload.venue : undefined;
      const verdict = await verifyVenuePack(token, {
        keys: readVenueKeySet(join(dir, 'venue-keys.json')),
        region: 'gb',
        now: Math.floor(Date.now() / 1000),
      });
      expect(verdict).toMatchObject({ ok: true, claims: { sub: venue.sub, c: venue.c } });
    }
  });

  it('refuses a pack for another region, and one whose code would pass QR version 20', () => {
    const args = (pack: string) => [
      '--region',
      'us',
      '--origin',
      ORIGIN,
      '--venue',
      pack,
      '--key',
      join(dir, 'unit-1.private.jwk'),
      '--out',
      join(dir, 'refused'),
    ];
    const other = run('scripts/poster.ts', args(join(dir, 'venue.json')));
    expect(other.status).toBe(1);
    expect(other.stderr).toContain('region "gb"');

    const big = {
      ...venue,
      r: 'us',
      name: 'A'.repeat(40),
      c: [0, 1, 2].map((n) => ({
        name: `${n} ${'N'.repeat(78)}`,
        purpose: 'other',
        phone: `+1202555010${n}`,
        hours: 'H'.repeat(80),
      })),
    };
    writeFileSync(join(dir, 'big.json'), JSON.stringify(big));
    const refused = run('scripts/poster.ts', args(join(dir, 'big.json')));
    expect(refused.status, refused.stdout).toBe(1);
    expect(refused.stderr).toContain('QR version above 20');
  });
});
