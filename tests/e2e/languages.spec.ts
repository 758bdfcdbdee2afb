/**
 * Every shipped language renders the home screen offline with its own words,
 * and right-to-left languages mirror the layout.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect, waitForServiceWorker, appHotline } from './support/browser';
import { savedSetting } from './support/saved-settings';
import { findLanguage } from '../../src/core/languages';

const localesDir = join(import.meta.dirname, '..', '..', 'src', 'locales');
const shipped = readdirSync(localesDir).filter((name) => !name.includes('.'));

function navWords(lang: string): string[] {
  const common = JSON.parse(readFileSync(join(localesDir, lang, 'common.json'), 'utf8')) as {
    nav: Record<string, string>;
  };
  return ['hotlines', 'articles', 'scan', 'settings'].map((key) => common.nav[`${key}Short`] ?? '');
}

test('every language renders its home screen offline, in its own words, with no raw keys', async ({
  page,
  context,
}) => {
  test.slow();
  await page.goto('/?r=gb');
  await waitForServiceWorker(page);
  await context.setOffline(true);
  for (const lang of shipped) {
    await page.goto(`/?r=gb&lang=${lang}`);
    await expect(page.locator(appHotline).first()).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    await expect(page.locator('html')).toHaveAttribute('dir', findLanguage(lang)?.dir ?? 'ltr');
    await expect(page.locator('.app-nav button')).toHaveText(navWords(lang));
    // A missing word shows as its key ("nav.scan", "hotlines:title"): none may reach the screen.
    const keyShaped = await page.evaluate(() =>
      [...document.querySelectorAll('body *')]
        .filter((element) => element.children.length === 0)
        .map((element) => element.textContent?.trim() ?? '')
        .filter((text) => /^[a-z]+[A-Za-z]*([.:][a-z][A-Za-z]*)+$/.test(text)),
    );
    expect(keyShaped, `raw keys in ${lang}`).toEqual([]);
  }
});

test('a language chosen in settings is kept for the next open', async ({ page, context }) => {
  const other = shipped.find((lang) => lang !== 'en');
  test.skip(!other, 'only English ships so far');
  await page.goto('/?r=gb');
  await page.locator('[data-action="settings"]').click();
  await page.locator(`[data-lang="${other}"]`).click();
  await expect(page.locator('html')).toHaveAttribute('lang', other ?? '');
  await expect.poll(() => savedSetting(page, 'language')).toBe(other);
  const reopened = await context.newPage();
  await reopened.goto('/');
  await expect(reopened.locator('html')).toHaveAttribute('lang', other ?? '');
});

test('Arabic mirrors the layout: the exit moves to the left, numbers stay left-to-right', async ({
  page,
}, testInfo) => {
  const exitBox = async () => {
    const box = await page.locator('[data-quick-exit]').boundingBox();
    if (!box) throw new Error('no quick-exit button');
    return box;
  };
  await page.setViewportSize({ width: 400, height: 800 });
  await page.goto('/?r=gb&lang=en');
  await expect(page.locator(appHotline).first()).toBeVisible();
  const english = await exitBox();
  expect(english.x + english.width / 2).toBeGreaterThan(200);

  await page.goto('/?r=gb&lang=ar');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.locator(appHotline).first()).toBeVisible();
  const arabic = await exitBox();
  expect(arabic.x + arabic.width / 2).toBeLessThan(200);
  await page.screenshot({ path: testInfo.outputPath('arabic-home.png') });

  // A phone number inside right-to-left text must still read left to right.
  const numberDirections = await page
    .locator('a[href^="tel:"] bdi')
    .evaluateAll((nodes) => nodes.map((node) => getComputedStyle(node).direction));
  expect(numberDirections.length).toBeGreaterThan(0);
  expect(new Set(numberDirections)).toEqual(new Set(['ltr']));
});
