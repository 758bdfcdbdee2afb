/**
 * Settings are one model: read once at boot, and the quick exit hides the
 * view without forgetting which place and language the person is in. On the
 * built app in Chromium.
 */
import type { Page } from '@playwright/test';
import { test, expect, anyHotline, appHotline } from './support/browser';
import { chooseDisguise, typeCode } from './support/disguise';

/** The code this test chooses; there is no default. */
const code = '2468';

const gbHotline = 'a[href="tel:+448000121700"]';

/** What the hotlines screen shows: its title and every number, in order. */
async function helpOnScreen(page: Page): Promise<{ title: string; numbers: string[] }> {
  return {
    title: (await page.locator('#hotlines-title').textContent()) ?? '',
    numbers: await page
      .locator(appHotline)
      .evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? '')),
  };
}

test.describe('an installed window', () => {
  test.beforeEach(async ({ page }) => {
    // Chromium can't emulate display-mode: answer the app's own query as an installed window would.
    await page.addInitScript(() => {
      const original = window.matchMedia.bind(window);
      window.matchMedia = (query: string) => {
        const list = original(query);
        return query.includes('display-mode: standalone')
          ? Object.defineProperty(list, 'matches', { value: true })
          : list;
      };
    });
  });

  test('after an exit, unlocking the cover shows the same place in the same language', async ({
    page,
  }) => {
    await page.goto('/?r=gb&lang=fr');
    await expect(page.locator(gbHotline)).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
    const before = await helpOnScreen(page);
    // A cover opens only with the person's own code; choosing it leaves the person in Settings.
    await chooseDisguise(page, 'calculator', code);

    await page.locator('[data-quick-exit]').click();
    await expect(page.locator('[data-cover="calculator"]')).toBeVisible();
    await expect(page.locator(anyHotline)).toHaveCount(0);
    await typeCode(page, code);

    await expect(page.locator(gbHotline)).toBeVisible();
    expect(await helpOnScreen(page)).toEqual(before);
    await expect(page.locator('html')).toHaveAttribute('data-region', 'gb');
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
    // The view itself starts over: the Settings screen the person was on is not brought back.
    await expect(page.locator('[data-screen="hotlines"]')).toBeVisible();
    await expect(page.locator('[data-section="disguise"]')).toHaveCount(0);
  });
});
