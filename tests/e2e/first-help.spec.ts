/**
 * The first help (issue 15, goal 2): the plain entry's HTML itself shows a
 * poster's region's first numbers, so help comes with the first response on a
 * slow network. Tested with every script file blocked: what shows then came
 * from the HTML alone. Never another country's numbers for an unknown place,
 * never on a disguise's entry, never before a chosen disguise's cover.
 */
import type { Page } from '@playwright/test';
import { test, expect, waitForServiceWorker } from './support/browser';
import { chooseDisguise } from './support/disguise';

const firstHelp = '#first-help';
const anyNumber = 'a[href^="tel:"], a[href^="sms:"]';

/** Blocks every script file: only the HTML (and its one inline script) can show anything. */
async function blockScriptFiles(page: Page): Promise<void> {
  await page.route(/\/assets\/.*\.js$/, (route) => route.abort());
}

test('/?r=gb shows the helpline and emergency number from the HTML alone', async ({ page }) => {
  await blockScriptFiles(page);
  await page.goto('/?r=gb');
  const help = page.locator(firstHelp);
  await expect(help).toBeVisible();
  await expect(help).toHaveAttribute('data-region', 'gb');
  await expect(help.locator('a[href="tel:+448000121700"]')).toBeVisible();
  await expect(help.locator('a[href="tel:999"]')).toBeVisible();
  await expect(help.locator('[data-quick-exit]')).toBeVisible();
});

test('a subdivision without a pack gets its country’s first numbers, as in the app', async ({
  page,
}) => {
  await blockScriptFiles(page);
  await page.goto('/?r=us-tx');
  await expect(page.locator(`${firstHelp} a[href="tel:+18883737888"]`)).toBeVisible();
  await expect(page.locator(`${firstHelp} a[href="tel:911"]`)).toBeVisible();
});

for (const search of ['?r=aq', '?r=xx', '?r=%E2%84%AAe', '?r=gb%0A', '?r=%EF%BB%BFgb', '', '?r=']) {
  test(`no numbers from the HTML for ${search || 'no code'}: never another place’s`, async ({
    page,
  }) => {
    await blockScriptFiles(page);
    await page.goto(`/${search}`);
    await expect(page.locator('#first-help-data')).toHaveCount(1);
    await expect(page.locator(anyNumber)).toHaveCount(0);
    await expect(page.locator(firstHelp)).toBeHidden();
  });
}

for (const entry of ['calculator', 'notes', 'converter']) {
  test(`${entry}.html?r=gb carries no first help: it opens on its cover`, async ({ page }) => {
    await page.goto(`/${entry}.html?r=gb`);
    await expect(page.locator(`[data-cover="${entry}"]`)).toBeVisible();
    await expect(page.locator(firstHelp)).toHaveCount(0);
    await expect(page.locator('#first-help-data')).toHaveCount(0);
  });
}

test('the first help’s exit leaves for the neutral page, with nothing to go back to', async ({
  page,
}) => {
  await blockScriptFiles(page);
  await page.goto('/?r=gb');
  const entries = await page.evaluate(() => history.length);
  await page.locator(`${firstHelp} [data-quick-exit]`).click();
  await expect(page).toHaveURL(/\/calculator\.html$/);
  await expect(page.locator(anyNumber)).toHaveCount(0);
  // Replaced, not pushed: Back can't return to the numbers.
  expect(await page.evaluate(() => history.length)).toBe(entries);
});

test('the app takes over: one exit, the first help gone, the address bare', async ({ page }) => {
  await page.goto('/?r=gb');
  await expect(page.locator('[data-app] a[href="tel:+448000121700"]').first()).toBeVisible();
  await expect(page.locator(firstHelp)).toHaveCount(0);
  await expect(page.locator('[data-quick-exit]')).toHaveCount(1);
  expect(new URL(page.url()).pathname + new URL(page.url()).search).toBe('/');
});

test('once a disguise is chosen, /?r=gb never shows the first help before the cover', async ({
  page,
}) => {
  await page.goto('/?r=gb');
  await waitForServiceWorker(page);
  await chooseDisguise(page, 'converter', '5173');
  // Whether the first help ever drew a number during the next load (noted on the window,
  // which the app never reads).
  await page.addInitScript(() => {
    const observer = new MutationObserver(() => {
      if (document.querySelector('#first-help a')) {
        Object.assign(window, { firstHelpFlashed: true });
        observer.disconnect();
      }
    });
    observer.observe(document, { childList: true, subtree: true });
  });
  await page.goto('/?r=gb');
  await expect(page.locator('[data-cover="converter"]')).toBeVisible();
  expect(await page.evaluate(() => 'firstHelpFlashed' in window)).toBe(false);
  await expect(page.locator(anyNumber)).toHaveCount(0);
});
