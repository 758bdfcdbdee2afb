/**
 * A new deployment is found, waits, and takes over only when the person says
 * so. Serves dist/ then swaps in dist-next/ (same app, another build id) on
 * the same origin.
 */
import { join } from 'node:path';
import { existsSync } from 'node:fs';
import { test, expect, waitForServiceWorker, controllerBuildId } from './support/browser';
import { startStaticServer, type SwappableServer } from './support/static-server';

const root = join(import.meta.dirname, '..', '..');
let server: SwappableServer;

test.beforeAll(async () => {
  if (!existsSync(join(root, 'dist-next', 'sw.js'))) {
    throw new Error('dist-next/ is missing: run `npm run build:all` (npm test does) first.');
  }
  server = await startStaticServer(join(root, 'dist'));
});

test.afterAll(async () => {
  await server.close();
});

test('an update waits for consent, then reloads into the new version', async ({ page }) => {
  server.setRoot(join(root, 'dist'));
  await page.goto(`${server.origin}/`);
  await waitForServiceWorker(page);
  expect(await controllerBuildId(page)).toBe('test-a');

  server.setRoot(join(root, 'dist-next'));
  await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.getRegistration();
    await registration?.update();
  });
  const offer = page.locator('[data-sw="update-ready"]');
  await expect(offer).toBeVisible();

  // Found and installed, but not applied: the old worker still serves this page.
  expect(
    await page.evaluate(async () =>
      Boolean((await navigator.serviceWorker.getRegistration())?.waiting),
    ),
  ).toBe(true);
  expect(await controllerBuildId(page)).toBe('test-a');

  await Promise.all([
    page.waitForEvent('load'),
    offer.locator('[data-action="apply-update"]').click(),
  ]);
  await waitForServiceWorker(page);
  expect(await controllerBuildId(page)).toBe('test-b');
  await expect(page.locator('a[href^="tel:"]').first()).toBeVisible();
});
