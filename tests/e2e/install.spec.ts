/**
 * Journey 1's set-up on the built app in Chromium: help first, set-up below
 * it, a real install button from the browser's own offer, Safari's steps on
 * iOS, nothing when installed, and persistent storage asked for once.
 */
import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext, Page } from '@playwright/test';
import { test, expect, launchProfile } from './support/browser';

const usHotline = 'a[href="tel:+18883737888"]';
const iphone =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1';

/** Counts calls to navigator.storage.persist() (and says storage is not yet persistent). */
async function countPersistCalls(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const counter = window as unknown as { lanternPersistCalls: number };
    counter.lanternPersistCalls = 0;
    navigator.storage.persisted = () => Promise.resolve(false);
    navigator.storage.persist = () => {
      counter.lanternPersistCalls++;
      return Promise.resolve(true);
    };
  });
}

function persistCalls(page: Page): Promise<number> {
  return page.evaluate(
    () => (window as unknown as { lanternPersistCalls: number }).lanternPersistCalls,
  );
}

test('a fresh /?r= shows that region’s hotlines first, with set-up below them', async ({
  page,
}) => {
  await page.goto('/?r=us');
  await expect(page.locator(usHotline)).toBeInViewport();
  await expect(page.locator('html')).toHaveAttribute('data-region', 'us');
  const setup = page.locator('[data-setup]');
  await expect(setup).toBeAttached();
  const setupFollowsHotlines = await page.evaluate(() => {
    // The first line's list and the rest: set-up comes after the last of them.
    const lists = document.querySelectorAll('.cards');
    const cards = lists[lists.length - 1];
    const panel = document.querySelector('[data-setup]');
    return Boolean(
      cards && panel && cards.compareDocumentPosition(panel) & Node.DOCUMENT_POSITION_FOLLOWING,
    );
  });
  expect(setupFollowsHotlines).toBe(true);
  const cardsBox = await page.locator('.cards').last().boundingBox();
  const setupBox = await setup.boundingBox();
  expect(setupBox && cardsBox && setupBox.y >= cardsBox.y + cardsBox.height).toBe(true);

  // Chromium's own install offer arrives once the worker is in place, and becomes our button.
  await expect(setup.locator('[data-action="install"]')).toBeVisible();
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);

  await setup.locator('[data-action="setup-language"]').click();
  await expect(page.locator('[data-screen="settings"] [data-section="language"]')).toBeInViewport();
  await page.locator('[data-action="hotlines"]').click();
  await page.locator('[data-action="setup-disguise"]').click();
  await expect(page.locator('[data-screen="settings"]')).toBeAttached();
});

test('the install button shows the stored browser offer, once', async ({ page, context }) => {
  // Only the offer made below may reach the app, so the count stays exact.
  await context.addInitScript(() => {
    window.addEventListener('beforeinstallprompt', (event) => {
      if (event.isTrusted) event.stopImmediatePropagation();
    });
  });
  await page.goto('/?r=us');
  await expect(page.locator(usHotline)).toBeVisible();
  const prevented = await page.evaluate(() => {
    const offer = Object.assign(new Event('beforeinstallprompt', { cancelable: true }), {
      prompt: () => {
        (window as unknown as { lanternPrompted: number }).lanternPrompted =
          ((window as unknown as { lanternPrompted?: number }).lanternPrompted ?? 0) + 1;
        return Promise.resolve();
      },
      userChoice: Promise.resolve({ outcome: 'dismissed' }),
    });
    window.dispatchEvent(offer);
    return offer.defaultPrevented;
  });
  // Prevented: Chromium's mini-infobar would otherwise sit in front of the hotlines.
  expect(prevented).toBe(true);
  const button = page.locator('[data-action="install"]');
  await button.click();
  expect(
    await page.evaluate(() => (window as unknown as { lanternPrompted: number }).lanternPrompted),
  ).toBe(1);
  // An offer can be shown only once; the button goes with it.
  await expect(button).toHaveCount(0);
});

test('on iPhone the set-up shows Safari’s Share → Add to Home Screen steps', async ({
  baseURL,
}) => {
  const profile = await launchProfile({ baseURL, args: [`--user-agent=${iphone}`] });
  try {
    // Safari never sends an install offer; keep Chromium's from reaching the app.
    await profile.context.addInitScript(() => {
      window.addEventListener('beforeinstallprompt', (event) => event.stopImmediatePropagation());
    });
    const page = profile.context.pages()[0] ?? (await profile.context.newPage());
    await page.goto('/?r=us');
    await expect(page.locator(usHotline)).toBeVisible();
    const steps = page.locator('[data-install="ios"]');
    await expect(steps).toBeVisible();
    await expect(steps.locator('li')).toHaveCount(3);
    await expect(steps.locator('svg')).toHaveCount(3);
    await expect(steps).toContainText('Add to Home Screen');
    await expect(page.locator('[data-action="install"]')).toHaveCount(0);
    expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
  } finally {
    await profile.close();
  }
});

test('running installed: no set-up, and persistent storage is asked for once', async ({
  page,
  context,
}) => {
  await countPersistCalls(context);
  await context.addInitScript(() => {
    const original = window.matchMedia.bind(window);
    window.matchMedia = (query: string) => {
      const list = original(query);
      return query.includes('display-mode: standalone')
        ? Object.defineProperty(list, 'matches', { value: true })
        : list;
    };
  });
  await page.goto('/?r=us');
  await expect(page.locator(usHotline)).toBeVisible();
  await expect(page.locator('[data-setup]')).toHaveCount(0);
  await page.locator('[data-action="scan"]').click();
  await page.locator('[data-action="hotlines"]').click();
  await expect(page.locator(usHotline)).toBeVisible();
  expect(await persistCalls(page)).toBe(1);
});

test('after appinstalled: a short “added” line, and persistent storage asked for once', async ({
  page,
  context,
}) => {
  await countPersistCalls(context);
  await page.goto('/?r=us');
  await expect(page.locator('[data-setup]')).toBeVisible();
  expect(await persistCalls(page)).toBe(0);
  await page.evaluate(() => {
    window.dispatchEvent(new Event('appinstalled'));
    window.dispatchEvent(new Event('appinstalled'));
  });
  await expect(page.locator('[data-install="added"]')).toBeVisible();
  expect(await persistCalls(page)).toBe(1);
});
