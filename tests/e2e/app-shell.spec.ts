/**
 * The foundation's promises, on the built app in Chromium: installable, opens
 * offline from the precache, and never talks to another origin.
 */
import { test, expect, waitForServiceWorker, appHotline } from './support/browser';

test('the app is installable with zero errors and a parseable manifest', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator(appHotline).first()).toBeVisible();
  const cdp = await page.context().newCDPSession(page);
  const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
  expect(installabilityErrors).toEqual([]);
  const manifest = await cdp.send('Page.getAppManifest');
  expect(manifest.errors).toEqual([]);
  expect(manifest.url).toMatch(/\/manifest\.webmanifest$/);
});

test('reopens offline from the precache, in a new page', async ({ page, context, baseURL }) => {
  await page.goto('/');
  await waitForServiceWorker(page);
  await expect(page.locator('[data-sw="offline-ready"]')).toBeVisible();
  await context.setOffline(true);
  await page.close();

  const reopened = await context.newPage();
  const started = Date.now();
  const response = await reopened.goto(`${baseURL}/`);
  await expect(reopened.locator(appHotline).first()).toBeVisible();
  console.log(`offline reopen → first hotline link: ${Date.now() - started} ms`);
  expect(response?.fromServiceWorker()).toBe(true);
  await expect(reopened.locator('[data-quick-exit]')).toBeVisible();
});

test('offline, an entry with any query opens from the precache', async ({
  page,
  context,
  baseURL,
}) => {
  await page.goto('/');
  await waitForServiceWorker(page);
  await context.setOffline(true);
  // Parameters a messenger, an ad or a search result adds, which no list can foresee.
  const entries: Array<[url: string, opensOn: string]> = [
    ['/calculator.html?fbclid=abc', '[data-cover="calculator"]'],
    ['/notes.html?gclid=x&r=gb', '[data-cover="notes"]'],
    ['/?utm_source=x', appHotline],
    ['/?fbclid=abc', appHotline],
    ['/index.html?ref=poster', appHotline],
  ];
  for (const [url, opensOn] of entries) {
    const response = await page.goto(`${baseURL}${url}`);
    expect(response?.fromServiceWorker(), url).toBe(true);
    expect(response?.status(), url).toBe(200);
    await expect(page.locator(opensOn).first(), url).toBeVisible();
  }
});

test('every request during load, worker install and reload goes to our own origin', async ({
  page,
  context,
  baseURL,
}) => {
  const origin = new URL(baseURL ?? '').origin;
  const seen: string[] = [];
  context.on('request', (request) => seen.push(request.url()));

  await page.goto('/?r=gb');
  await waitForServiceWorker(page);
  await page.reload();
  await expect(page.locator(appHotline).first()).toBeVisible();

  // The worker's precache fetches must be among what we saw, or this test is blind.
  expect(seen.some((url) => url.endsWith('/sw.js'))).toBe(true);
  expect(seen.filter((url) => url.includes('/assets/')).length).toBeGreaterThan(1);
  const foreign = seen.filter(
    (url) => !url.startsWith('data:') && !url.startsWith('blob:') && new URL(url).origin !== origin,
  );
  expect(foreign).toEqual([]);
});
