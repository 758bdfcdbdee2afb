/**
 * Every script renders (issue 13, item 6): the app downloads no web fonts and
 * relies on the phone's own, so each language's home screen, an article and a
 * card must draw with the fonts a phone has (here Debian's Noto, installed by
 * scripts/ensure-fonts.mjs), offline, with no tofu boxes where words should be.
 * Proved able to fail: with fontconfig limited to DejaVu (a FONTCONFIG_FILE that
 * lists only /usr/share/fonts/truetype/dejavu), the Bengali, Hindi and Chinese
 * cases fail and Spanish still passes.
 */
import type { Page } from '@playwright/test';
import { test, expect, waitForServiceWorker, appHotline } from './support/browser';
import { findTofu } from '../../scripts/fonts/find-tofu';
import { languages } from '../../src/core/languages';

/** The tofu found on the screen as it is now, labelled; fails if the screen has none of its letters. */
async function tofuOn(page: Page, screen: string, expectLetters: boolean): Promise<string[]> {
  const report = await page.evaluate(findTofu);
  // A screen left in English by mistake would pass vacuously: its own letters must be there.
  if (expectLetters) expect(report.letters, `${screen}: letters measured`).toBeGreaterThan(0);
  return report.tofu.map((text) => `${screen}: ${text}`);
}

for (const { code, nativeName } of languages) {
  test(`no tofu on the home screen, an article and a card, offline (${code})`, async ({
    page,
    context,
  }) => {
    // A language whose own name is plain ASCII (English, Tagalog…) may have no other letters to measure.
    const expectLetters = /[^\p{ASCII}]/u.test(nativeName);
    await page.goto(`/?r=gb&lang=${code}`);
    await expect(page.locator(appHotline).first()).toBeVisible();
    await waitForServiceWorker(page);
    await context.setOffline(true);
    await page.goto(`/?r=gb&lang=${code}`);
    await expect(page.locator('html')).toHaveAttribute('lang', code);
    await expect(page.locator(appHotline).first()).toBeVisible();
    const tofu = await tofuOn(page, 'home', expectLetters);

    await page.locator('[data-action="articles"]').click();
    await page.locator('[data-article]').first().click();
    await expect(page.locator('[data-screen="article"]')).toBeVisible();
    tofu.push(...(await tofuOn(page, 'article', expectLetters)));

    await page.locator('[data-action="hotlines"]').click();
    await page.locator('[data-action="show-cards"]').click();
    await page.locator('[data-card-id]').first().click();
    await expect(page.locator('[data-screen="card"]')).toBeVisible();
    // The person's own line follows once its card words have loaded: measure it, not the gap
    // before it (the Portuguese case once measured an English-only card and found no letters).
    await expect(page.locator(`[data-screen="card"] [data-lang="${code}"]`).first()).toBeVisible();
    tofu.push(...(await tofuOn(page, 'card', expectLetters)));

    expect(tofu).toEqual([]);
  });
}
