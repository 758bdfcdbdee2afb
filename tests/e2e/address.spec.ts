/**
 * Any address of the site ends with help (or the cover) on screen, and after
 * boot the address bar shows the entry's own path and nothing else: a typo'd
 * `//`, a revealing path or hash, a garbage `?lang=`. Online (the preview
 * server answers unknown paths with index.html, as nginx does) and offline
 * (the service worker answers them).
 */
import type { Page } from '@playwright/test';
import { test, expect, waitForServiceWorker, appHotline } from './support/browser';
import { savedSetting } from './support/saved-settings';

const gbHotline = 'a[href="tel:+448000121700"]';

/** Each hostile address, what must be on screen, and the only address left after boot. */
const hostile: ReadonlyArray<{ path: string; shows: string; entry: string }> = [
  { path: '//?r=gb', shows: gbHotline, entry: '/' },
  { path: '//x/?r=gb', shows: gbHotline, entry: '/' },
  { path: '/\\evil.example/?r=gb', shows: gbHotline, entry: '/' },
  { path: '/escape-trafficking-help?r=gb', shows: gbHotline, entry: '/' },
  { path: '/#abuse-help', shows: appHotline, entry: '/' },
  { path: '/?lang=..%2F..%2Fetc', shows: appHotline, entry: '/' },
  { path: '/notes.html#trafficking', shows: '[data-cover="notes"]', entry: '/notes.html' },
  {
    path: '/calculator.html?r=gb#help',
    shows: '[data-cover="calculator"]',
    entry: '/calculator.html',
  },
];

/** What the address bar shows of this page, without the origin. */
function address(page: Page): Promise<string> {
  return page.evaluate(() => location.pathname + location.search + location.hash);
}

/** Uncaught errors in the page: boot must handle what throws, not leave a blank page. */
function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

async function expectEntry(page: Page, path: string, shows: string, entry: string): Promise<void> {
  await expect(page.locator(shows).first(), path).toBeVisible();
  await expect.poll(() => address(page), path).toBe(entry);
  await expect(page.locator('[data-quick-exit], [data-cover]').first()).toBeVisible();
}

test('online: every hostile address shows help or the cover and is left as the entry path', async ({
  page,
  baseURL,
}) => {
  const errors = watchErrors(page);
  for (const { path, shows, entry } of hostile) {
    // From another document, so `/#…` after `/` loads the page rather than scrolling it.
    await page.goto('about:blank');
    await page.goto(`${baseURL}${path}`);
    await expectEntry(page, path, shows, entry);
  }
  expect(errors).toEqual([]);
});

test('offline: every hostile address shows help or the cover and is left as the entry path', async ({
  page,
  context,
  baseURL,
}) => {
  await page.goto('/');
  await waitForServiceWorker(page);
  await context.setOffline(true);
  const errors = watchErrors(page);
  for (const { path, shows, entry } of hostile) {
    await page.goto('about:blank');
    const response = await page.goto(`${baseURL}${path}`);
    expect(response?.fromServiceWorker(), path).toBe(true);
    await expectEntry(page, path, shows, entry);
  }
  expect(errors).toEqual([]);
});

test('a garbage ?lang= saves nothing; a shipped language asked for is saved', async ({ page }) => {
  await page.goto('/?r=gb&lang=..%2F..%2Fetc');
  await expect(page.locator(gbHotline)).toBeVisible();
  // A write asked for after boot has landed, so any write boot asked for has too.
  await page.locator('[data-call-note] button').click();
  await expect.poll(() => savedSetting(page, 'callNoteSeen')).toBe(true);
  expect(await savedSetting(page, 'region')).toBe('gb');
  expect(await savedSetting(page, 'language')).toBeUndefined();

  await page.goto('/?lang=fr');
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await expect.poll(() => savedSetting(page, 'language')).toBe('fr');
});

test('a browser API that throws during boot still ends with help on screen', async ({ page }) => {
  // Read while boot picks the region: a hostile or broken browser must not leave a blank page.
  await page.addInitScript(() => {
    Object.defineProperty(Navigator.prototype, 'languages', {
      get: () => {
        throw new Error('languages unavailable');
      },
    });
  });
  await page.goto('/?r=gb');
  // Help of some place, at least: the guard can't know how far boot got.
  await expect(page.locator(appHotline).first()).toBeVisible();
  await expect(page.locator('[data-quick-exit]')).toBeVisible();
  await expect.poll(() => address(page)).toBe('/');
});
