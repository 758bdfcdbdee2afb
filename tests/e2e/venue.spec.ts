/**
 * Venue posters on a build that trusts a throwaway test key (dist-venue/, made
 * by `npm run build:all` with a key pair in .cache/venue-test/). Offline, as a
 * poster is often scanned: a signed pack shows above the region's lines, a
 * forged one shows nothing of itself, the scanner reads it, and "Remove
 * everything" takes a kept one away.
 */
import { existsSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { importJWK } from 'jose';
import type { Page } from '@playwright/test';
import { test, expect, launchProfile, waitForServiceWorker } from './support/browser';
import { startStaticServer, type SwappableServer } from './support/static-server';
import { writeQrVideo } from './support/qr-video';
import { generateVenueKeyPair, readVenuePrivateKey } from '../../scripts/venue/keys';
import { signVenueClaims, venueClaimsFrom } from '../../scripts/venue/sign';

const root = join(import.meta.dirname, '..', '..');
const build = join(root, 'dist-venue');
const keyFile = join(root, '.cache', 'venue-test', 'e2e-test.private.jwk');
const gbHotline = 'a[href="tel:+448000121700"]';

const school = {
  sub: 'st-marys-school',
  r: 'gb',
  name: "St Mary's School",
  seq: 2,
  c: [
    { name: 'Safeguarding lead', purpose: 'child', phone: '+442079460000', hours: 'Mon–Fri 8–16' },
    { name: 'School nurse', purpose: 'other', phone: '+442079460001' },
  ],
};

// Digits no real pack holds, so finding them anywhere means the forged pack leaked.
const forgedDigits = '79460999';
const forgery = {
  ...school,
  name: 'Trusted Helpers',
  c: [{ name: 'Call us now', purpose: 'trafficking', phone: `+4420${forgedDigits}` }],
};

let server: SwappableServer;

test.beforeAll(async () => {
  if (!existsSync(join(build, 'sw.js')) || !existsSync(keyFile)) {
    throw new Error('dist-venue/ or its test key is missing: run `npm run build:all` first.');
  }
  server = await startStaticServer(build);
});

test.afterAll(async () => {
  await server.close();
});

const now = () => Math.floor(Date.now() / 1000);

/** Signs a pack with the key the test build trusts. */
async function signed(pack: unknown): Promise<string> {
  const { kid, key } = await readVenuePrivateKey(keyFile);
  return signVenueClaims(venueClaimsFrom(pack, now()), key, kid);
}

/** Signs a pack with a key of the same kid that the build does not hold. */
async function forged(pack: unknown): Promise<string> {
  const { privateJwk } = await generateVenueKeyPair('e2e-test');
  return signVenueClaims(
    venueClaimsFrom(pack, now()),
    await importJWK(privateJwk, 'ES256'),
    'e2e-test',
  );
}

const posterUrl = (token: string) => `${server.origin}/?r=gb&v=${token}`;

/** Lets the worker precache the app, then cuts the network and opens `url`. */
async function openOffline(page: Page, url: string): Promise<void> {
  await page.goto(`${server.origin}/?r=gb`);
  await waitForServiceWorker(page);
  await page.context().setOffline(true);
  await page.goto(url);
}

test('a signed poster shows the venue contacts above the region lines, one tap each', async ({
  page,
}) => {
  await openOffline(page, posterUrl(await signed(school)));
  const venue = page.locator('[data-venue]');
  await expect(venue).toContainText("From the poster at St Mary's School");
  await expect(venue.locator('a[href="tel:+442079460000"]')).toBeVisible();
  await expect(venue.locator('a[href="tel:+442079460001"]')).toBeVisible();
  await expect(venue).toContainText('Mon–Fri 8–16');
  await expect(page.locator(gbHotline)).toBeVisible();
  const venueBox = await venue.boundingBox();
  const lineBox = await page.locator(gbHotline).boundingBox();
  expect(venueBox && lineBox && venueBox.y < lineBox.y).toBe(true);
  await expect(page.locator('[data-venue-refused]')).toHaveCount(0);
  expect(new URL(page.url()).search).toBe('');
});

test('a forged or altered poster shows the notice and not one digit of its pack', async ({
  page,
}) => {
  const good = await signed(forgery);
  const [header, payload = '', signature] = good.split('.');
  // The same claims under a valid signature, with one character of the payload changed.
  const swap = payload.endsWith('A') ? 'B' : 'A';
  const altered = `${header}.${payload.slice(0, -1)}${swap}.${signature}`;
  let first = true;
  for (const token of [await forged(forgery), altered]) {
    if (first) await openOffline(page, posterUrl(token));
    else await page.goto(posterUrl(token));
    first = false;
    await expect(page.locator(gbHotline)).toBeVisible();
    await expect(page.locator('[data-venue-refused]')).toHaveText(
      "This poster's extra contacts could not be checked, so they are not shown.",
    );
    await expect(page.locator('[data-venue]')).toHaveCount(0);
    const html = (await page.content()).replace(/\s/g, '');
    expect(html).not.toContain(forgedDigits);
    expect(html).not.toContain('TrustedHelpers');
  }
});

test('the scanner accepts a signed venue code from the camera', async () => {
  // qr-scanner reads the middle 2/3 of the frame shrunk to 400 pixels: one short contact
  // keeps the modules big enough there, and the code fills that middle.
  const small = { ...school, c: [{ name: 'Lead', purpose: 'child', phone: '+442079460000' }] };
  const video = writeQrVideo(posterUrl(await signed(small)), {
    width: 1280,
    height: 960,
    fill: 0.69,
    errorCorrectionLevel: 'M',
  });
  const profile = await launchProfile({
    baseURL: server.origin,
    args: [
      '--use-fake-device-for-media-stream',
      '--use-fake-ui-for-media-stream',
      `--use-file-for-fake-video-capture=${video}`,
    ],
  });
  try {
    const page = profile.context.pages()[0] ?? (await profile.context.newPage());
    await openOffline(page, `${server.origin}/?r=gb`);
    await expect(page.locator(gbHotline)).toBeVisible();
    await expect(page.locator('[data-venue]')).toHaveCount(0);
    await page.locator('[data-action="scan"]').click();
    const venue = page.locator('[data-venue]');
    await expect(venue).toContainText("From the poster at St Mary's School");
    await expect(venue.locator('a[href="tel:+442079460000"]')).toBeVisible();
    await expect(page.locator(gbHotline)).toBeVisible();
  } finally {
    await profile.close();
    rmSync(dirname(video), { recursive: true, force: true });
  }
});

test('kept contacts come back without the poster, and "Remove everything" removes them', async ({
  page,
}) => {
  await openOffline(page, posterUrl(await signed(school)));
  await page.locator('[data-action="keep-venue"]').click();
  await expect(page.locator('[data-venue-kept="kept"]')).toBeVisible();

  // Reopened from the icon, no poster: the kept pack is shown for its region.
  await page.goto(`${server.origin}/`);
  await expect(page.locator('[data-venue] a[href="tel:+442079460000"]')).toBeVisible();
  await expect(page.locator('[data-venue-kept="kept"]')).toBeVisible();

  // An older poster of the same venue is now refused (its seq is lower than the kept one).
  await page.goto(posterUrl(await signed({ ...school, seq: 1 })));
  await expect(page.locator('[data-venue-refused]')).toBeVisible();

  await page.context().setOffline(false);
  await page.locator('[data-action="settings"]').click();
  await page.locator('[data-action="forget-everything"]').click();
  await expect(page.locator('[data-app]')).toHaveCount(0);
  // The cover comes up in the tap itself; the removal goes on after it, so it is waited for.
  const stored = () =>
    page.evaluate(async () => {
      const names = (await indexedDB.databases()).map((db) => db.name);
      if (!names.includes('lantern')) return 0;
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('lantern');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      if (!db.objectStoreNames.contains('venuePacks')) {
        db.close();
        return 0;
      }
      const count = await new Promise<number>((resolve) => {
        const request = db.transaction('venuePacks').objectStore('venuePacks').count();
        request.onsuccess = () => resolve(request.result);
      });
      db.close();
      return count;
    });
  await expect.poll(stored).toBe(0);

  await page.goto(`${server.origin}/?r=gb`);
  await expect(page.locator(gbHotline)).toBeVisible();
  await expect(page.locator('[data-venue]')).toHaveCount(0);
});
