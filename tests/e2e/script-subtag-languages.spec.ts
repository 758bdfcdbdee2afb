/**
 * Traditional Chinese is the first language whose code has a script subtag
 * (zh-Hant): a poster's ?lang= in any case opens it offline, keeps the
 * canonical code, and the article and cards come in Traditional characters,
 * never Simplified ones. Burmese opens the same way from the Myanmar poster.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect, waitForServiceWorker, appHotline } from './support/browser';
import { savedSetting } from './support/saved-settings';

const root = join(import.meta.dirname, '..', '..');

function words(lang: string, namespace: string): Record<string, unknown> {
  return JSON.parse(
    readFileSync(join(root, 'src', 'locales', lang, `${namespace}.json`), 'utf8'),
  ) as Record<string, unknown>;
}

/** The bottom bar's labels: its short forms (issue 13: the bar never wraps). */
function navWords(lang: string): string[] {
  const nav = words(lang, 'common').nav as Record<string, string>;
  return ['hotlines', 'articles', 'scan', 'settings'].map((key) => nav[`${key}Short`] ?? '');
}

function cardText(lang: string, id: string): string {
  const cards = JSON.parse(
    readFileSync(join(root, 'content', 'cards', `${lang}.json`), 'utf8'),
  ) as {
    cards: Record<string, string>;
  };
  return cards.cards[id] ?? '';
}

test('?lang=zh-hant opens in Traditional Chinese offline, saved as zh-Hant', async ({
  page,
  context,
}) => {
  await page.goto('/?r=gb');
  await waitForServiceWorker(page);
  await context.setOffline(true);

  await page.goto('/?r=tw&lang=zh-hant');
  await expect(page.locator(appHotline).first()).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hant');
  await expect(page.locator('.app-nav button')).toHaveText(navWords('zh-Hant'));
  // Not the Simplified words: 设置 would mean zh filled in for zh-Hant.
  expect(navWords('zh-Hant')).not.toEqual(navWords('zh'));
  await expect.poll(() => savedSetting(page, 'language')).toBe('zh-Hant');

  // Taiwan's cards are shown in Traditional Chinese, the pack's own language.
  await page.locator('[data-action="show-cards"]').click();
  await page.locator('[data-card-id="help"]').click();
  await expect(page.locator('[data-screen="card"]')).toContainText(cardText('zh-Hant', 'help'));
  await page.locator('[data-action="close-card"]').click();

  await page.locator('[data-action="articles"]').click();
  await page.locator('[data-article]').first().click();
  await expect(page.locator('[data-screen="article"]')).toContainText('不是你的錯');
});

test('?lang=my on the Myanmar poster opens in Burmese offline', async ({ page, context }) => {
  await page.goto('/?r=gb');
  await waitForServiceWorker(page);
  await context.setOffline(true);

  await page.goto('/?r=mm&lang=my');
  await expect(page.locator(appHotline).first()).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'my');
  await expect(page.locator('.app-nav button')).toHaveText(navWords('my'));
  await page.locator('[data-action="show-cards"]').click();
  await page.locator('[data-card-id="help"]').click();
  await expect(page.locator('[data-screen="card"]')).toContainText(cardText('my', 'help'));
});
