/**
 * Urdu, Arabic and Persian mirror the whole layout (the bottom bar starts on
 * the right, Back sits on the right, a card's and "what to say"'s lines follow
 * their own direction) while phone numbers and English notes stay left to
 * right; axe finds nothing serious or critical on the hotlines, an article and
 * a card in each, offline.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect, waitForServiceWorker, appHotline } from './support/browser';

const rightToLeft = [
  { lang: 'ur', region: 'pk' },
  { lang: 'ar', region: 'eg' },
  { lang: 'fa', region: 'ir' },
];

async function seriousProblems(page: Page, label: string): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  return violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .flatMap((violation) =>
      violation.nodes.map((node) => `${label} ${violation.id}: ${node.target.join(' ')}`),
    );
}

/** Phone numbers on screen whose nearest `dir` is not `ltr`. */
async function numbersNotLeftToRight(page: Page): Promise<string[]> {
  return page.locator('a[href^="tel:"], a[href^="sms:"], [data-emergency]').evaluateAll((links) =>
    links.flatMap((link) =>
      [...link.querySelectorAll('bdi, span')]
        .filter((part) => /\d{2}/.test(part.textContent ?? ''))
        .filter((part) => part.closest('[dir]')?.getAttribute('dir') !== 'ltr')
        .map((part) => part.textContent ?? ''),
    ),
  );
}

async function centreX(page: Page, selector: string): Promise<number> {
  const box = await page.locator(selector).first().boundingBox();
  if (!box) throw new Error(`${selector} is not on screen`);
  return box.x + box.width / 2;
}

for (const { lang, region } of rightToLeft) {
  test(`${lang} mirrors the layout, keeps numbers left to right and passes axe, offline`, async ({
    page,
    context,
  }) => {
    test.slow();
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto(`/?r=${region}&lang=${lang}`);
    await waitForServiceWorker(page);
    await context.setOffline(true);
    const problems: string[] = [];

    await page.goto(`/?r=${region}&lang=${lang}`);
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    await expect(page.locator(appHotline).first()).toBeVisible();
    await expect(page.locator('[data-setup]')).toBeVisible();
    // The bar reads from the right: Help is the rightmost item, Settings the leftmost.
    expect(await centreX(page, '.app-nav [data-action="hotlines"]')).toBeGreaterThan(
      await centreX(page, '.app-nav [data-action="settings"]'),
    );
    expect(await numbersNotLeftToRight(page)).toEqual([]);
    problems.push(...(await seriousProblems(page, `${lang} hotlines`)));

    await page.locator('[data-what-to-say] summary').click();
    problems.push(...(await seriousProblems(page, `${lang} what to say`)));

    await page.locator('[data-action="show-cards"]').click();
    await page.locator('[data-card-id]').first().click();
    await expect(page.locator('[data-screen="card"] .card-text').first()).toBeVisible();
    // Each line of a card pair keeps its own direction: Urdu right to left, English left to right.
    const lines = await page
      .locator('[data-screen="card"] .card-text')
      .evaluateAll((texts) =>
        texts.map((text) => [text.getAttribute('lang'), getComputedStyle(text).direction]),
      );
    expect(lines).toContainEqual([lang, 'rtl']);
    for (const [lineLang, direction] of lines) {
      expect(direction).toBe(lineLang === 'en' ? 'ltr' : 'rtl');
    }
    problems.push(...(await seriousProblems(page, `${lang} card`)));
    await page.locator('[data-action="close-card"]').click();

    await page.locator('[data-action="articles"]').click();
    await page.locator('[data-article]').first().click();
    await expect(page.locator('[data-screen="article"]')).toBeVisible();
    // Back sits at the start of the line, which in these languages is the right.
    const back = await page.locator('[data-action="back"]').boundingBox();
    const screen = await page.locator('[data-screen="article"]').boundingBox();
    if (!back || !screen) throw new Error('no article or back button');
    expect(back.x + back.width).toBeGreaterThan(screen.x + screen.width - 2);
    expect(back.x).toBeGreaterThan(screen.x + 1);
    problems.push(...(await seriousProblems(page, `${lang} article`)));

    // A place with no pack: the fallback numbers, and notes the pack has only in English,
    // which keep their own left-to-right order inside the right-to-left page.
    await page.goto(`/?r=aq&lang=${lang}`);
    await expect(page.locator(appHotline).first()).toBeVisible();
    expect(await numbersNotLeftToRight(page)).toEqual([]);
    const english = page.locator('[data-screen="hotlines"] [lang="en"]');
    await expect(english.first()).toBeVisible();
    expect(
      await english.evaluateAll((parts) => parts.map((part) => getComputedStyle(part).direction)),
    ).not.toContain('rtl');
    problems.push(...(await seriousProblems(page, `${lang} hotlines, no pack`)));

    // A region read left to right: what to say pairs its English line with the person's, mirrored.
    await page.goto(`/?r=gb&lang=${lang}`);
    await page.locator('[data-what-to-say] summary').click();
    const pair = page.locator('[data-what-to-say] li').first().locator('[data-say-line]');
    await expect(pair).toHaveCount(2);
    expect(
      await pair.evaluateAll((lines) =>
        lines.map((line) => [line.getAttribute('lang'), getComputedStyle(line).direction]),
      ),
    ).toEqual([
      ['en', 'ltr'],
      [lang, 'rtl'],
    ]);
    problems.push(...(await seriousProblems(page, `${lang} what to say, two languages`)));

    expect(problems).toEqual([]);
  });
}
