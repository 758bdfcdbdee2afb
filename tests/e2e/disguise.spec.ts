/**
 * Disguises on the built app in Chromium: each entry is installable with its
 * own identity, opens on a working cover every launch, unlocks only with the
 * person's own code, and the settings that choose, change and forget them work.
 */
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { scanSurfaces, surfaceFiles } from '../../scripts/neutral-surfaces.ts';
import { test, expect, waitForServiceWorker, appHotline } from './support/browser';
import { calculate, chooseDisguise, type DisguiseName } from './support/disguise';

const disguises = [
  { id: 'calculator', name: 'Calculator' },
  { id: 'notes', name: 'Notes' },
  { id: 'converter', name: 'Converter' },
] as const;

/** The code these tests choose; there is no default. */
const code = '2468';

/** Chooses `disguise` with `code` from the plain app, so its cover can be unlocked. */
async function setUp(page: Page, disguise: DisguiseName): Promise<void> {
  await page.goto('/');
  await expect(page.locator(appHotline).first()).toBeVisible();
  await chooseDisguise(page, disguise, code);
}

const display = (page: Page) => page.locator('.calc-value');

/**
 * Still on the cover. The unlock renders the app synchronously in the click,
 * so `[data-app]` would already be there; hotline links load a moment later
 * and can't prove a negative.
 */
async function stillCovered(page: Page): Promise<void> {
  await expect(page.locator('[data-cover]')).toBeVisible();
  await expect(page.locator('[data-app]')).toHaveCount(0);
}

test('each disguise is installable with zero errors and its own identity', async ({ page }) => {
  const cdp = await page.context().newCDPSession(page);
  const ids = new Set<string>();
  for (const disguise of disguises) {
    await page.goto(`/${disguise.id}.html`);
    await expect(page.locator(`[data-cover="${disguise.id}"]`)).toBeVisible();
    await expect(page).toHaveTitle(disguise.name);
    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
    expect(installabilityErrors).toEqual([]);
    const manifest = await cdp.send('Page.getAppManifest');
    expect(manifest.errors).toEqual([]);
    expect(manifest.url).toMatch(new RegExp(`/${disguise.id}\\.webmanifest$`));
    const parsed = JSON.parse(manifest.data ?? '{}') as Record<string, unknown>;
    expect(parsed).toMatchObject({
      name: disguise.name,
      short_name: disguise.name,
      start_url: `/${disguise.id}.html`,
      display: 'standalone',
    });
    const { appId } = await cdp.send('Page.getAppId');
    expect(appId).toMatch(new RegExp(`/${disguise.id}$`));
    ids.add(appId ?? '');
  }
  await page.goto('/');
  ids.add((await cdp.send('Page.getAppId')).appId ?? '');
  expect(ids.size).toBe(disguises.length + 1);
});

test('the calculator calculates, and only the code then = opens the app', async ({ page }) => {
  await setUp(page, 'calculator');
  await page.goto('/calculator.html');
  const cover = page.locator('[data-cover="calculator"]');
  await expect(cover).toBeVisible();
  // Nothing of the app on the cover: no hotline, no exit button.
  await stillCovered(page);
  await expect(page.locator('[data-quick-exit]')).toHaveCount(0);

  await calculate(page, ['2', '+', '3', '×', '4', '=']);
  await expect(display(page)).toHaveText('14');
  await calculate(page, ['clear', '1', '2', '3', '5', '=']);
  await expect(display(page)).toHaveText('1235');
  await calculate(page, ['2', '4', '6', '8', '+', '0', '=']);
  await expect(display(page)).toHaveText('2468');
  await calculate(page, ['=']);
  // The code is checked as a salted hash, a moment after the press: give it that moment.
  await page.waitForTimeout(300);
  await stillCovered(page);

  await calculate(page, ['clear', '2', '4', '6', '8', '=']);
  await expect(page.locator(appHotline).first()).toBeVisible();
  await expect(page.locator('[data-quick-exit]')).toBeVisible();
  await expect(page).toHaveTitle('Calculator');
});

test('notes: a wrong code is just a note; the code as a note opens the app', async ({ page }) => {
  await setUp(page, 'notes');
  await page.goto('/notes.html');
  const input = page.locator('.notes-input');
  await input.fill('milk');
  await page.locator('.notes-add').click();
  await input.fill('4321');
  await input.press('Enter');
  await expect(page.locator('.notes-item')).toHaveCount(2);
  await stillCovered(page);
  await input.fill(code);
  await page.locator('.notes-add').click();
  await expect(page.locator(appHotline).first()).toBeVisible();
});

test('notes: what is typed while a note is being checked is kept for the next one', async ({
  page,
}) => {
  await setUp(page, 'notes');
  // The check of a note against the code (PBKDF2) is slow on a cheap phone; here it is made
  // slow on purpose, so the next words are typed while it runs, as a quick typist would.
  await page.addInitScript(() => {
    const derive = crypto.subtle.deriveBits.bind(crypto.subtle);
    crypto.subtle.deriveBits = async (...args: Parameters<typeof derive>) => {
      await new Promise((resolve) => setTimeout(resolve, 400));
      return derive(...args);
    };
  });
  await page.goto('/notes.html');
  const input = page.locator('.notes-input');
  // Digits, so they are checked against the code (words are notes at once).
  await input.fill('1357');
  await input.press('Enter');
  await input.fill(code);
  // The first check ends with the note on the list; the code typed meanwhile is still there.
  await expect(page.locator('.notes-item')).toHaveText(['1357×']);
  await expect(input).toHaveValue(code);
  await input.press('Enter');
  await expect(page.locator(appHotline).first()).toBeVisible();
});

test('converter: converts; the code as the value, then swap, opens the app', async ({ page }) => {
  await setUp(page, 'converter');
  await page.goto('/converter.html');
  const value = page.locator('.converter-field input');
  const result = page.locator('.converter-result output');
  await value.fill('100');
  await page.getByRole('button', { name: 'Temperature' }).click();
  await expect(result).toHaveText('212');
  await page.getByRole('button', { name: 'Weight' }).click();
  await value.fill('1');
  await expect(result).toHaveText('2.20462262185');
  await value.fill('2469');
  await page.locator('[data-action="swap"]').click();
  await page.waitForTimeout(300);
  await stillCovered(page);
  await value.fill(code);
  await page.locator('[data-action="swap"]').click();
  await expect(page.locator(appHotline).first()).toBeVisible();
});

test('every launch of a disguise opens on its cover, never on the last screen', async ({
  page,
}) => {
  await setUp(page, 'calculator');
  await page.goto('/calculator.html');
  await calculate(page, ['2', '4', '6', '8', '=']);
  await page.locator('nav [data-action="settings"]').dispatchEvent('click');
  await expect(page.locator('[data-section="disguise"]')).toBeVisible();
  await page.reload();
  await expect(page.locator('[data-cover="calculator"]')).toBeVisible();
  await expect(page.locator('[data-section="disguise"]')).toHaveCount(0);
});

test('a disguise’s page puts the cover up when it is hidden; the plain app does not', async ({
  page,
}) => {
  const hide = () =>
    page.evaluate(() => {
      // Headless Chromium never hides a page on its own (no minimise, no tab switch).
      Object.defineProperty(document, 'visibilityState', {
        configurable: true,
        get: () => 'hidden',
      });
      document.dispatchEvent(new Event('visibilitychange'));
      // Checked in the same task: the snapshot is taken right after this event.
      return {
        cover: document.querySelector('[data-cover]') !== null,
        telLinks: document.querySelectorAll('a[href^="tel:"]').length,
      };
    });

  // The plain app, with no disguise chosen, stays as it is.
  await page.goto('/');
  await expect(page.locator(appHotline).first()).toBeVisible();
  const plain = await hide();
  expect(plain.cover).toBe(false);
  expect(plain.telLinks).toBeGreaterThan(0);

  await setUp(page, 'calculator');
  await page.goto('/calculator.html');
  await calculate(page, ['2', '4', '6', '8', '=']);
  await expect(page.locator(appHotline).first()).toBeVisible();
  expect(await hide()).toEqual({ cover: true, telLinks: 0 });
});

test.describe('settings: look and forget', () => {
  async function openSettings(page: Page, path = '/'): Promise<void> {
    await page.goto(path);
    await expect(page.locator(appHotline).first()).toBeVisible();
    await page.locator('nav [data-action="settings"]').dispatchEvent('click');
    await expect(page.locator('[data-section="disguise"]')).toBeVisible();
  }

  test('choosing notes makes the exit leave to the notes page, where the code works', async ({
    page,
  }) => {
    await openSettings(page);
    await expect(page.locator('[data-honesty]')).toBeVisible();
    await chooseDisguise(page, 'notes', '5937');
    await expect(page.locator('[data-unlock-hint]')).toBeVisible();
    await expect(page.locator('[data-section="disguise"]')).not.toContainText('5937');
    await expect(page.locator('[data-action="open-disguise"]')).toBeVisible();

    await page.locator('[data-quick-exit]').click();
    await expect(page).toHaveURL(/\/notes\.html$/);
    const input = page.locator('.notes-input');
    await input.fill('1234');
    await input.press('Enter');
    await stillCovered(page);
    await input.fill('5937');
    await input.press('Enter');
    await expect(page.locator(appHotline).first()).toBeVisible();
  });

  test('set-up leads to the look, with the honesty note beside the choice', async ({ page }) => {
    await page.goto('/');
    await expect(page.locator(appHotline).first()).toBeVisible();
    await page.locator('[data-action="setup-disguise"]').click();
    const look = page.locator('[data-screen="settings"] [data-section="disguise"]');
    await expect(look).toBeInViewport();
    await expect(look.locator('[data-honesty]')).toBeVisible();
    await expect(look.locator('[data-unlock-hint]')).toBeVisible();
    await expect(look).not.toContainText('1234');
  });

  test('"open the page" goes to the disguise with replace, leaving no way Back', async ({
    page,
  }) => {
    await openSettings(page);
    const before = await page.evaluate(() => history.length);
    await chooseDisguise(page, 'converter', code);
    await page.locator('[data-action="open-disguise"]').click();
    await expect(page).toHaveURL(/\/converter\.html$/);
    await expect(page.locator('[data-cover="converter"]')).toBeVisible();
    expect(await page.evaluate(() => history.length)).toBe(before);
  });

  test('forget my settings: the code and the look are gone', async ({ page }) => {
    await openSettings(page);
    await chooseDisguise(page, 'calculator', '5937');
    await page.locator('[data-action="forget-settings"]').click();
    await expect(page.locator('[data-section="forget"] [role="status"]')).not.toBeEmpty();
    // Done once the deletion is asked for; the browser finishes it when the last connection
    // closes (src/storage/delete-db.ts), a moment later.
    await expect
      .poll(() => page.evaluate(async () => (await indexedDB.databases()).map((db) => db.name)))
      .not.toContain('lantern');

    // A new launch knows nothing: no code opens the cover, and the plain address is plain again.
    await page.goto('/calculator.html');
    await calculate(page, ['5', '9', '3', '7', '=']);
    await page.waitForTimeout(300);
    await stillCovered(page);
    await page.goto('/');
    await expect(page.locator(appHotline).first()).toBeVisible();
  });

  test('remove everything: no worker, no caches, and the cover shows', async ({ page }) => {
    await page.goto('/');
    await waitForServiceWorker(page);
    expect(await page.evaluate(async () => (await caches.keys()).length)).toBeGreaterThan(0);
    await openSettings(page);
    await page.locator('[data-action="forget-everything"]').click();
    await stillCovered(page);
    // The cover comes up in the click; the deleting goes on a moment after it.
    await expect
      .poll(() =>
        page.evaluate(async () => ({
          workers: (await navigator.serviceWorker.getRegistrations()).length,
          caches: (await caches.keys()).length,
        })),
      )
      .toEqual({ workers: 0, caches: 0 });
  });
});

test('every cover and the look and forget settings pass axe, light and dark', async ({ page }) => {
  // Eight full axe runs: more than a minute on a shared two-core machine.
  test.slow();
  const check = async (what: string) => {
    const { violations } = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
      .analyze();
    expect(
      violations.map((violation) => `${what}: ${violation.id} ${violation.nodes[0]?.target}`),
    ).toEqual([]);
  };
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    for (const disguise of disguises) {
      await page.goto(`/${disguise.id}.html`);
      await expect(page.locator(`[data-cover="${disguise.id}"]`)).toBeVisible();
      await check(`${disguise.id} (${colorScheme})`);
    }
    await page.goto('/');
    await expect(page.locator(appHotline).first()).toBeVisible();
    await page.locator('nav [data-action="settings"]').dispatchEvent('click');
    await page.locator('input[name="disguise"][value="notes"]').check();
    await expect(page.locator('[data-code-form]')).toBeVisible();
    await check(`settings (${colorScheme})`);
  }
});

test('the built HTML entries and manifests contain no revealing word', () => {
  const dist = join(import.meta.dirname, '..', '..', 'dist');
  const files = surfaceFiles(dist, { manifests: '.' });
  // Four HTML entries and four manifests, or this scan is blind.
  expect(files.filter((file) => file.endsWith('.html'))).toHaveLength(4);
  expect(files.filter((file) => file.endsWith('.webmanifest'))).toHaveLength(4);
  expect(scanSurfaces(files)).toEqual([]);
});
