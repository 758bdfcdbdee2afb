/**
 * A new deployment is found, waits, and takes over only when the person says
 * so. Serves dist/ then swaps in dist-next/ (same app, another build id) on
 * the same origin.
 */
import { join } from 'node:path';
import { existsSync } from 'node:fs';
import {
  test,
  expect,
  waitForServiceWorker,
  controllerBuildId,
  appHotline,
} from './support/browser';
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
  await expect(page.locator(appHotline).first()).toBeVisible();
});

test('a tab opened before the worker installed follows an update another tab agreed to', async ({
  page,
  context,
}) => {
  server.setRoot(join(root, 'dist'));
  // The first visit from a poster: no worker controls this tab when it loads.
  await page.goto(`${server.origin}/?r=gb`);
  expect(await page.evaluate(() => navigator.serviceWorker.controller)).toBeNull();
  await waitForServiceWorker(page);
  expect(await controllerBuildId(page)).toBe('test-a');
  const other = await context.newPage();
  await other.goto(`${server.origin}/`);
  await expect(other.locator(appHotline).first()).toBeVisible();

  server.setRoot(join(root, 'dist-next'));
  await other.evaluate(async () => {
    await (await navigator.serviceWorker.getRegistration())?.update();
  });
  const offer = other.locator('[data-sw="update-ready"]');
  await expect(offer).toBeVisible();
  await Promise.all([
    other.waitForEvent('load'),
    offer.locator('[data-action="apply-update"]').click(),
  ]);
  // The first tab reloads too, and runs the new build's code, not the old one against a new worker.
  await expect(page.locator('html')).toHaveAttribute('data-build', 'test-b');
  expect(await controllerBuildId(page)).toBe('test-b');
  await expect(page.locator(appHotline).first()).toBeVisible();
});
