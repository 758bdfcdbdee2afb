/**
 * "What to say if you call" is read out to the person who answers: each line
 * comes in the region's own language first, with the person's language under
 * it (as on a card), and once only when the two are the same.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect, waitForServiceWorker, appHotline } from './support/browser';

const cardsDir = join(import.meta.dirname, '..', '..', 'content', 'cards');

function whatToSay(lang: string): string[] {
  const source = JSON.parse(readFileSync(join(cardsDir, `${lang}.json`), 'utf8')) as {
    whatToSay: Record<string, string>;
  };
  return Object.values(source.whatToSay);
}

/** The lines under the open "What to say", as [lang, text] pairs in reading order. */
async function shownLines(page: import('@playwright/test').Page): Promise<string[][]> {
  const details = page.locator('[data-what-to-say]');
  await details.locator('summary').click();
  return details
    .locator('[data-say-line]')
    .evaluateAll((lines) =>
      lines.map((line) => [
        line.closest('[lang]')?.getAttribute('lang') ?? '',
        line.textContent ?? '',
      ]),
    );
}

test('the region language comes first, the person’s own under it, offline', async ({
  page,
  context,
}) => {
  await page.goto('/?r=de&lang=ar');
  await waitForServiceWorker(page);
  await context.setOffline(true);
  await page.goto('/?r=de&lang=ar');
  await expect(page.locator(appHotline).first()).toBeVisible();
  const german = whatToSay('de');
  const arabic = whatToSay('ar');
  const expected = german.flatMap((line, index) => [
    ['de', line],
    ['ar', arabic[index] ?? ''],
  ]);
  expect(await shownLines(page)).toEqual(expected);
  await expect(page.locator('[data-what-to-say] [lang="ar"]').first()).toHaveAttribute(
    'dir',
    'rtl',
  );
  await expect(page.locator('[data-what-to-say] [lang="de"]').first()).toHaveAttribute(
    'dir',
    'ltr',
  );
});

test('when the person reads the region’s language, each line is shown once', async ({ page }) => {
  await page.goto('/?r=gb&lang=en');
  await expect(page.locator(appHotline).first()).toBeVisible();
  expect(await shownLines(page)).toEqual(whatToSay('en').map((line) => ['en', line]));
});
