/**
 * The first help (issue 15, goal 2): the plain entry's HTML itself shows a
 * poster's region's first numbers, so help comes with the first response on a
 * slow network. Tested with every script file blocked: what shows then came
 * from the HTML alone. Never another country's numbers for an unknown place,
 * never on a disguise's entry, never before a chosen disguise's cover.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import {
  test,
  expect,
  launchProfile,
  markKeptPageStale,
  scriptlessTab,
  waitForServiceWorker,
} from './support/browser';
import { chooseDisguise } from './support/disguise';
import { asNewerBuild, holdDatabaseInOldTab } from './support/saved-settings';

const firstHelp = '#start';
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

/** A word of the app's own, as `src/locales/<lang>/<namespace>.json` has it. */
function word(lang: string, namespace: string, key: string): string {
  const path = join(import.meta.dirname, '..', '..', 'src', 'locales', lang, `${namespace}.json`);
  const words = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
  const found = words[key];
  if (typeof found !== 'string') throw new Error(`no ${lang} ${namespace}:${key}`);
  return found;
}

test('the first help speaks the language the app will open in: ?lang=, right to left too', async ({
  page,
}) => {
  await blockScriptFiles(page);
  await page.goto('/?r=fr&lang=fr');
  const help = page.locator(firstHelp);
  await expect(help).toHaveAttribute('lang', 'fr');
  await expect(help.locator('[data-quick-exit]')).toHaveText(word('fr', 'common', 'exit'));
  await expect(help.locator('[data-link="call"]')).toContainText(word('fr', 'hotlines', 'call'));
  await page.goto('/?r=eg&lang=ar');
  await expect(help).toHaveAttribute('lang', 'ar');
  await expect(help).toHaveAttribute('dir', 'rtl');
  await expect(help.locator('[data-quick-exit]')).toHaveText(word('ar', 'common', 'exit'));
  // The numbers keep their own left-to-right order inside the right-to-left box.
  await expect(help.locator('bdi').first()).toHaveAttribute('dir', 'ltr');
});

test('with no ?lang=, the first help speaks the phone’s language', async ({ baseURL }) => {
  const profile = await launchProfile({ ...(baseURL ? { baseURL } : {}), locale: 'es-MX' });
  try {
    const page = profile.context.pages()[0] ?? (await profile.context.newPage());
    await blockScriptFiles(page);
    await page.goto('/?r=mx');
    await expect(page.locator(firstHelp)).toHaveAttribute('lang', 'es');
    await expect(page.locator(`${firstHelp} [data-quick-exit]`)).toHaveText(
      word('es', 'common', 'exit'),
    );
  } finally {
    await profile.close();
  }
});

for (const search of ['?r=aq', '?r=xx', '?r=%E2%84%AAe', '?r=gb%0A', '?r=%EF%BB%BFgb', '', '?r=']) {
  test(`no numbers from the HTML for ${search || 'no code'}: never another place’s`, async ({
    page,
  }) => {
    await blockScriptFiles(page);
    await page.goto(`/${search}`);
    await expect(page.locator('#start-data')).toHaveCount(1);
    await expect(page.locator(anyNumber)).toHaveCount(0);
    await expect(page.locator(firstHelp)).toBeHidden();
  });
}

for (const entry of ['calculator', 'notes', 'converter']) {
  test(`${entry}.html?r=gb carries no first help: it opens on its cover`, async ({ page }) => {
    await page.goto(`/${entry}.html?r=gb`);
    await expect(page.locator(`[data-cover="${entry}"]`)).toBeVisible();
    await expect(page.locator(firstHelp)).toHaveCount(0);
    await expect(page.locator('#start-data')).toHaveCount(0);
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
      if (document.querySelector('#start a')) {
        Object.assign(window, { firstHelpFlashed: true });
        observer.disconnect();
      }
    });
    observer.observe(document, { childList: true, subtree: true });
  });
  await page.goto('/?r=gb');
  // Boot has decided (the cover; on a loaded machine the 300 ms settings wait can lose the
  // chosen disguise to a poster's ?r=, a bug of its own): the first help never drew meanwhile.
  await expect(page.locator('[data-cover="converter"], [data-app]').first()).toBeVisible();
  expect(await page.evaluate(() => 'firstHelpFlashed' in window)).toBe(false);
});

test.describe('the view snapshot: an offline reopen answered with the numbers in it', () => {
  /** Visits a poster, waits for the worker and the snapshot, then goes offline. */
  async function installFromPoster(page: Page, context: BrowserContext) {
    await page.goto('/?r=gb');
    await expect(page.locator('[data-app] a[href="tel:+448000121700"]').first()).toBeVisible();
    await waitForServiceWorker(page);
    await expect
      .poll(() =>
        page.evaluate(async () =>
          (await caches.open('view')).match('/view-snapshot').then(Boolean),
        ),
      )
      .toBe(true);
    await context.setOffline(true);
  }

  // Routes can't block what a worker answers, so the worker's first response is read itself.
  test('offline, the worker answers / with gb’s numbers already in the HTML', async ({
    page,
    context,
  }) => {
    await installFromPoster(page, context);
    const response = await page.goto('/');
    expect(response?.fromServiceWorker()).toBe(true);
    const html = (await response?.text()) ?? '';
    expect(html).toMatch(/<div id="start" class="start" data-snapshot="">/);
    expect(html).toContain('href="tel:+448000121700"');
    expect(html).toContain('href="tel:999"');
    expect(html).toContain('data-region="gb"');
  });

  test('the page at rest: kept once the worker controls the page, sent whole only to its own build and region', async ({
    page,
    context,
  }) => {
    await page.goto('/?r=gb');
    await waitForServiceWorker(page);
    // The first visit's page was not yet the worker's: a launch under the worker keeps it.
    await page.goto('/');
    await expect(page.locator('[data-app] a[href="tel:+448000121700"]').first()).toBeVisible();
    await expect
      .poll(() =>
        page.evaluate(async () => (await caches.open('view')).match('/page-at-rest').then(Boolean)),
      )
      .toBe(true);
    const build = await page.locator('html').getAttribute('data-build');
    // From here on no page runs the app (this one waits on a file that isn't a page): a page
    // that booted would keep its own screen a moment later, over the changes made below.
    await page.goto('/manifest.webmanifest');
    const tab = await scriptlessTab(context);
    await context.setOffline(true);

    const reopened = await tab.goto('/');
    expect(reopened?.headers()['x-lantern-build']).toBe(build);
    expect(reopened?.headers()['x-lantern-region']).toBe('gb');
    expect(await reopened?.text()).toContain('href="tel:+448000121700"');

    // Another poster's code: not the saved region's page.
    const other = await tab.goto('/?r=us');
    expect(await other?.text()).not.toContain('tel:+448000121700');

    // Made by another build (an update came since): the worker splices its own entry instead.
    // Made again until it holds: a keeping from the last launch may still land over it once.
    await expect(async () => {
      await markKeptPageStale(page, '/page-at-rest');
      const spliced = await tab.goto('/');
      const html = (await spliced?.text()) ?? '';
      expect(spliced?.headers()['x-lantern-build']).toBeUndefined();
      expect(html).not.toContain('data-stale-page');
      expect(html).toContain('href="tel:+448000121700"');
    }).toPass({ timeout: 10_000 });
  });

  test('another poster’s code never gets the saved region’s snapshot', async ({
    page,
    context,
  }) => {
    await installFromPoster(page, context);
    const response = await page.goto('/?r=us');
    const html = (await response?.text()) ?? '';
    expect(html).not.toContain('data-snapshot');
    expect(html).not.toContain('tel:+448000121700');
  });

  test('the app takes over from the snapshot: one exit, one title', async ({ page, context }) => {
    await installFromPoster(page, context);
    await page.goto('/');
    await expect(page.locator('[data-app] a[href="tel:+448000121700"]').first()).toBeVisible();
    await expect(page.locator(firstHelp)).toHaveCount(0);
    await expect(page.locator('[data-quick-exit]')).toHaveCount(1);
    await expect(page.locator('#hotlines-title')).toHaveCount(1);
  });

  test('storage blocked by an old tab: the place shown without settings is not kept over the saved one', async ({
    page,
    context,
  }) => {
    const keptRegions = () =>
      page.evaluate(async () => {
        const view = await caches.open('view');
        const snapshot = await view.match('/view-snapshot');
        const atRest = await view.match('/page-at-rest');
        return [
          snapshot ? ((await snapshot.json()) as { region: string }).region : null,
          atRest?.headers.get('X-Lantern-Region') ?? null,
        ];
      });
    await page.goto('/?r=gb');
    await waitForServiceWorker(page);
    // A launch under the worker keeps the page at rest too.
    await page.goto('/');
    await expect.poll(keptRegions).toEqual(['gb', 'gb']);

    // The next launch is a newer build's while an old tab holds the database open: storage
    // never answers, so the app shows the place it guesses from the browser's language.
    const old = await holdDatabaseInOldTab(context);
    await page.addInitScript(asNewerBuild);
    await page.goto('/');
    await expect(page.locator('html')).toHaveAttribute('data-region', /^(?!gb$)/);
    await expect(page.locator('[data-app] a[href^="tel:"]').first()).toBeVisible();
    // That guess is not kept: the next reopen still starts from gb's numbers.
    await page.waitForTimeout(1_000);
    expect(await keptRegions()).toEqual(['gb', 'gb']);
    await old.close();
  });

  test('“Remove everything” deletes the snapshot', async ({ page, context }) => {
    await installFromPoster(page, context);
    await page.locator('nav [data-action="settings"]').dispatchEvent('click');
    await page.locator('[data-action="forget-everything"]').click();
    await expect(page.locator('[data-cover]')).toBeVisible();
    await expect
      .poll(() => page.evaluate(async () => (await caches.keys()).includes('view')))
      .toBe(false);
  });

  test('a disguise chosen: the snapshot is deleted and / opens on the cover, never on numbers', async ({
    page,
    context,
  }) => {
    await installFromPoster(page, context);
    await chooseDisguise(page, 'converter', '5173');
    await expect
      .poll(() => page.evaluate(async () => (await caches.keys()).includes('view')))
      .toBe(false);
    const response = await page.goto('/');
    expect(await response?.text()).not.toContain('data-snapshot');
    await expect(page.locator('[data-cover="converter"]')).toBeVisible();
    await expect(page.locator(anyNumber)).toHaveCount(0);
  });
});
