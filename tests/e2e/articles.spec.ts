/**
 * Reading: the end of an article leads back to the list, in memory only,
 * in a left-to-right and a right-to-left language.
 */
import { test, expect } from './support/browser';
import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The interface word for "back to the list" in `lang`, read from its locale file. */
function backWord(lang: string): string {
  const file = join(import.meta.dirname, '..', '..', 'src', 'locales', lang, 'articles.json');
  const words: unknown = JSON.parse(readFileSync(file, 'utf8'));
  if (typeof words !== 'object' || words === null || !('back' in words)) throw new Error(file);
  return String(words.back);
}

async function openFirstArticle(page: Page, lang: string): Promise<string> {
  await page.goto(`/?lang=${lang}`);
  await page.locator('nav [data-action="articles"]').click();
  const first = page.locator('[data-article]').first();
  const slug = (await first.getAttribute('data-article')) ?? '';
  await first.click();
  await expect(page.locator('[data-screen="article"]')).toBeVisible();
  return slug;
}

for (const lang of ['en', 'ar']) {
  test(`the end of an article leads back to the list without a history entry (${lang})`, async ({
    page,
  }) => {
    const slug = await openFirstArticle(page, lang);
    const before = await page.evaluate(() => history.length);

    const atEnd = page.locator('[data-screen="article"] [data-action="back-to-list"]');
    await expect(atEnd).toHaveText(backWord(lang));
    // After the last word of the article, not beside the heading.
    const below = await atEnd.evaluate((button) => {
      const article = button.closest('[data-screen="article"]');
      const blocks = article ? [...article.children].filter((child) => child !== button) : [];
      const last = blocks.at(-1);
      return (
        last !== undefined &&
        button.getBoundingClientRect().top >= last.getBoundingClientRect().bottom
      );
    });
    expect(below).toBe(true);

    await atEnd.scrollIntoViewIfNeeded();
    await atEnd.click();
    await expect(page.locator('[data-screen="articles"]')).toBeVisible();
    // Focus comes back to the article just read, so the list isn't read from the top again.
    await expect(page.locator(`[data-article="${slug}"]`)).toBeFocused();
    expect(await page.evaluate(() => history.length)).toBe(before);
  });
}
