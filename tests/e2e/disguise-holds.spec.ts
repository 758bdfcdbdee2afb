/**
 * The disguise must hold (issue 14, items 7–10), on the built app in Chromium:
 * no default code, the person's own code kept only as a salted hash; every
 * entry opens on the chosen cover, online and offline; the install step
 * installs the chosen disguise; the covers themselves behave like real apps.
 */
import type { Page } from '@playwright/test';
import {
  test,
  expect,
  launchProfile,
  waitForServiceWorker,
  appHotline,
  anyHotline,
} from './support/browser';
import { calculate, chooseDisguise, enterNewCode, openLook, typeCode } from './support/disguise';

const iphone =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1';
const gbHotline = 'a[href="tel:+448000121700"]';

/** On a cover, and nothing of the app in the DOM. */
async function coveredOnly(page: Page, disguise: string): Promise<void> {
  await expect(page.locator(`[data-cover="${disguise}"]`)).toBeVisible();
  await expect(page.locator('[data-app]')).toHaveCount(0);
  await expect(page.locator(anyHotline)).toHaveCount(0);
}

/** Every value stored in the app's IndexedDB, as text. */
function everythingStored(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const names = (await indexedDB.databases()).map((db) => db.name ?? '');
    const dump: unknown[] = [];
    for (const name of names) {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open(name);
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      for (const store of Array.from(db.objectStoreNames)) {
        const values = await new Promise<unknown[]>((resolve, reject) => {
          const all = db.transaction(store).objectStore(store).getAll();
          all.onsuccess = () => resolve(all.result);
          all.onerror = () => reject(all.error);
        });
        dump.push(
          store,
          values.map((value) =>
            value instanceof Object
              ? JSON.stringify(value, (_key, inner: unknown) =>
                  inner instanceof Uint8Array ? Array.from(inner).join(',') : inner,
                )
              : String(value),
          ),
        );
      }
      db.close();
    }
    return JSON.stringify(dump);
  });
}

test.describe('item 7: no default code', () => {
  test('1234 opens nothing; the person’s own code, typed twice, does', async ({ page }) => {
    await page.goto('/calculator.html');
    await calculate(page, ['1', '2', '3', '4', '=']);
    await page.waitForTimeout(300);
    await coveredOnly(page, 'calculator');

    await page.goto('/');
    await expect(page.locator(appHotline).first()).toBeVisible();
    await openLook(page);
    await expect(page.locator('[data-section="disguise"]')).not.toContainText('1234');
    await page.locator('input[name="disguise"][value="calculator"]').check();
    // Until a code is saved, nothing is disguised.
    await expect(page.locator('[data-code-forgot]')).toContainText(/site/i);
    await enterNewCode(page, '12');
    await expect(page.locator('[data-code-status="invalid"]')).toBeVisible();
    await enterNewCode(page, '2468', '2469');
    await expect(page.locator('[data-code-status="mismatch"]')).toBeVisible();
    await enterNewCode(page, '2468');
    await expect(page.locator('[data-code-status="saved"]')).toBeVisible();

    // Never shown again, and kept only as a salted hash.
    await expect(page.locator('[data-setting="new-code"]')).toHaveCount(0);
    expect(await page.content()).not.toContain('2468');
    expect(await everythingStored(page)).not.toContain('2468');

    await page.locator('[data-quick-exit]').click();
    await expect(page).toHaveURL(/\/calculator\.html$/);
    await calculate(page, ['1', '2', '3', '4', '=']);
    await page.waitForTimeout(300);
    await coveredOnly(page, 'calculator');
    await typeCode(page, '2468');
    await expect(page.locator(appHotline).first()).toBeVisible();
  });

  test('a code is checked, and a changed code replaces the old one', async ({ page }) => {
    await page.goto('/');
    await expect(page.locator(appHotline).first()).toBeVisible();
    await openLook(page);
    await page.locator('input[name="disguise"][value="notes"]').check();
    await enterNewCode(page, '0123');
    await expect(page.locator('[data-code-status="invalid"]')).toBeVisible();
    await enterNewCode(page, '1111');
    await expect(page.locator('[data-code-status="simple"]')).toBeVisible();
    await enterNewCode(page, '5820');
    await expect(page.locator('[data-code-status="saved"]')).toBeVisible();
    await page.locator('[data-action="change-code"]').click();
    await enterNewCode(page, '7391');
    await expect(page.locator('[data-code-status="saved"]')).toBeVisible();

    await page.locator('[data-quick-exit]').click();
    await expect(page).toHaveURL(/\/notes\.html$/);
    await typeCode(page, '5820');
    await page.waitForTimeout(300);
    await expect(page.locator('[data-app]')).toHaveCount(0);
    await typeCode(page, '7391');
    await expect(page.locator(appHotline).first()).toBeVisible();
  });

  test('when the phone won’t save the code, the disguise stays off and says so calmly', async ({
    page,
    context,
  }) => {
    await context.addInitScript(() => {
      Object.defineProperty(window, 'indexedDB', { configurable: true, value: undefined });
    });
    await page.goto('/');
    await expect(page.locator(appHotline).first()).toBeVisible();
    await openLook(page);
    await page.locator('input[name="disguise"][value="calculator"]').check();
    await enterNewCode(page, '2468');
    await expect(page.locator('[data-code-status="notKept"]')).toBeVisible();
    await expect(page.locator('input[name="disguise"][value="none"]')).toBeChecked();
    await page.reload();
    await expect(page.locator(appHotline).first()).toBeVisible();
  });
});

test.describe('item 8: every entry opens on the chosen cover', () => {
  test('after choosing a disguise, / and /?r=gb open on it, online and offline', async ({
    page,
    context,
  }) => {
    await page.goto('/?r=gb');
    await expect(page.locator(gbHotline)).toBeVisible();
    await waitForServiceWorker(page);
    await chooseDisguise(page, 'converter', '4826');

    await page.goto('/');
    await coveredOnly(page, 'converter');
    await page.goto('/?r=gb');
    await coveredOnly(page, 'converter');
    expect(new URL(page.url()).pathname + new URL(page.url()).search).toBe('/');

    await context.setOffline(true);
    await page.reload();
    await coveredOnly(page, 'converter');
    await typeCode(page, '4826');
    await expect(page.locator(gbHotline)).toBeVisible();
  });

  test('the plain address covers itself when hidden once a disguise is chosen', async ({
    page,
  }) => {
    await page.goto('/?r=gb');
    await expect(page.locator(gbHotline)).toBeVisible();
    await chooseDisguise(page, 'calculator', '3579');
    await page.locator('nav [data-action="hotlines"]').dispatchEvent('click');
    await expect(page.locator(gbHotline)).toBeVisible();
    const hidden = await page.evaluate(() => {
      Object.defineProperty(document, 'visibilityState', {
        configurable: true,
        get: () => 'hidden',
      });
      document.dispatchEvent(new Event('visibilitychange'));
      return {
        cover: document.querySelector('[data-cover]') !== null,
        telLinks: document.querySelectorAll('a[href^="tel:"]').length,
      };
    });
    expect(hidden).toEqual({ cover: true, telLinks: 0 });
  });
});

test.describe('item 9: the install step installs the chosen disguise', () => {
  test('set-up sends the person to the calculator, with replace, and offers the install there', async ({
    page,
  }) => {
    await page.goto('/?r=gb');
    await expect(page.locator(gbHotline)).toBeVisible();
    await chooseDisguise(page, 'calculator', '2580');
    await page.locator('nav [data-action="hotlines"]').dispatchEvent('click');
    const setup = page.locator('[data-setup]');
    await expect(setup).toContainText('Calculator');
    // Lantern's own install is not offered once a disguise is chosen.
    await expect(setup.locator('[data-action="install"]')).toHaveCount(0);

    const before = await page.evaluate(() => history.length);
    await setup.locator('[data-action="install-disguise"]').click();
    await expect(page).toHaveURL(/\/calculator\.html$/);
    expect(await page.evaluate(() => history.length)).toBe(before);
    await expect(page.locator('link[rel="manifest"]')).toHaveAttribute(
      'href',
      '/calculator.webmanifest',
    );
    const cdp = await page.context().newCDPSession(page);
    const manifest = await cdp.send('Page.getAppManifest');
    expect(manifest.url).toMatch(/\/calculator\.webmanifest$/);
    expect(JSON.parse(manifest.data ?? '{}')).toMatchObject({ name: 'Calculator' });

    await typeCode(page, '2580');
    await expect(page.locator(gbHotline)).toBeVisible();
    await expect(setup).toContainText('Calculator');
    await expect(setup.locator('[data-action="install-disguise"]')).toHaveCount(0);
    await page.evaluate(() => {
      const offer = Object.assign(new Event('beforeinstallprompt', { cancelable: true }), {
        prompt: () => Promise.resolve(),
        userChoice: Promise.resolve({ outcome: 'dismissed' }),
      });
      window.dispatchEvent(offer);
    });
    await expect(setup.locator('[data-action="install"]')).toBeVisible();
  });

  test('on iPhone, Safari’s steps on the disguise’s page name the disguise', async ({
    baseURL,
  }) => {
    const profile = await launchProfile({ baseURL, args: [`--user-agent=${iphone}`] });
    try {
      await profile.context.addInitScript(() => {
        window.addEventListener('beforeinstallprompt', (event) => event.stopImmediatePropagation());
      });
      const page = profile.context.pages()[0] ?? (await profile.context.newPage());
      await page.goto('/?r=gb');
      await expect(page.locator(gbHotline)).toBeVisible();
      await chooseDisguise(page, 'notes', '2580');
      await page.locator('nav [data-action="hotlines"]').dispatchEvent('click');
      // Not here: Safari would add the plain app's name and icon.
      await expect(page.locator('[data-install="ios"]')).toHaveCount(0);
      await page.locator('[data-action="install-disguise"]').click();
      await expect(page).toHaveURL(/\/notes\.html$/);
      await typeCode(page, '2580');
      await expect(page.locator('[data-install="ios"]')).toContainText('“Notes”');
    } finally {
      await profile.close();
    }
  });
});

test.describe('item 10: the covers behave like real apps', () => {
  test('the converter’s value box is one line tall at 360×640', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 640 });
    await page.goto('/converter.html');
    const box = await page.locator('.converter-field input').boundingBox();
    expect(box?.height).toBeGreaterThanOrEqual(44);
    expect(box?.height).toBeLessThanOrEqual(64);
  });

  test('notes stay after a reload, and “Remove everything” removes them', async ({ page }) => {
    await page.goto('/notes.html');
    await page.locator('.notes-input').fill('milk and bread');
    await page.locator('.notes-add').click();
    await expect(page.locator('.notes-item span')).toHaveText(['milk and bread']);
    await page.reload();
    await expect(page.locator('.notes-item span')).toHaveText(['milk and bread']);

    await page.goto('/');
    await expect(page.locator(appHotline).first()).toBeVisible();
    await page.locator('nav [data-action="settings"]').dispatchEvent('click');
    await page.locator('[data-action="forget-everything"]').click();
    await expect(page.locator('[data-cover]')).toBeVisible();
    await page.goto('/notes.html');
    await expect(page.locator('[data-cover="notes"]')).toBeVisible();
    await expect(page.locator('.notes-empty')).toBeVisible();
    await expect(page.locator('.notes-item')).toHaveCount(0);
  });
});
