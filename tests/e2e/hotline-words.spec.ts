/**
 * Nothing on the hotline screen is in English by accident: hours, "free",
 * languages spoken, coverage and source age come from the pack's fields in the
 * person's language, and a note the pack has only in English is marked
 * `lang="en"` with a label saying so, in the person's language.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import type { RegionPack } from '../../src/core/content-types';
import { test, expect, waitForServiceWorker } from './support/browser';

const root = join(import.meta.dirname, '..', '..');

function readJson(...path: string[]): unknown {
  return JSON.parse(readFileSync(join(root, ...path), 'utf8'));
}

function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

function words(text: string, min: number): string[] {
  return (text.match(/[A-Za-z]+(?:'[a-z]+)?/g) ?? [])
    .filter((word) => word.length >= min)
    .map((word) => word.toLowerCase());
}

const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun', 'daily', 'weekdays'];

/**
 * English words the screen could show for `region`: the interface's own
 * (hotlines and common), the pack's free text (hours, notes, coverage), day
 * names and the English names of the languages its lines speak. Words the
 * person's language also uses (WhatsApp, Filipino "home screen" and "Thailand")
 * and words of the lines' own names (a name is not translated) are left out.
 */
function englishWords(region: string, lang: string): Set<string> {
  const pack = readJson('content', 'regions', `${region}.json`) as RegionPack;
  const spoken = pack.hotlines.flatMap((line) => line.languages ?? []);
  const english = [
    ...strings(readJson('src', 'locales', 'en', 'hotlines.json')),
    ...strings(readJson('src', 'locales', 'en', 'common.json')),
    pack.note ?? '',
    ...pack.hotlines.flatMap((line) => [line.hours ?? '', line.note ?? '', line.coverage ?? '']),
  ].flatMap((text) => words(text, 4));
  const names = new Intl.DisplayNames(['en'], { type: 'language' });
  // A language's own name for a language may be the English one (Filipino "Russian"): that is theirs.
  const theirNames = new Intl.DisplayNames([lang], { type: 'language' });
  const theirPlaces = new Intl.DisplayNames([lang], { type: 'region' });
  const theirs = new Set(
    [
      ...readdirSync(join(root, 'src', 'locales', lang))
        .filter((file) => file.endsWith('.json'))
        .flatMap((file) => strings(readJson('src', 'locales', lang, file))),
      ...pack.hotlines.flatMap((line) => [line.name, line.operator ?? '']),
      ...spoken.map((code) => theirNames.of(code) ?? ''),
      pack.country === null ? '' : (theirPlaces.of(pack.country) ?? ''),
    ].flatMap((text) => words(text, 1)),
  );
  return new Set(
    [...english, ...WEEKDAYS, ...spoken.flatMap((code) => words(names.of(code) ?? '', 4))].filter(
      (word) => !theirs.has(word),
    ),
  );
}

/** Words of the hotline screen's text that sit outside any `[lang=en]` element. */
async function wordsOutsideEnglish(page: Page): Promise<string[]> {
  return page.locator('[data-screen="hotlines"]').evaluate((screen) => {
    const found: string[] = [];
    const walker = document.createTreeWalker(screen, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || parent.closest('[lang="en"]')) continue;
      if (parent.closest('[hidden], script, style')) continue;
      found.push(...(node.textContent?.match(/[A-Za-z]+(?:'[a-z]+)?/g) ?? []));
    }
    return found.map((word) => word.toLowerCase());
  });
}

const visits: Array<{ region: string; lang: string }> = [
  { region: 'gb', lang: 'ru' },
  { region: 'th', lang: 'tl' },
  { region: 'de', lang: 'ar' },
  { region: 'zz', lang: 'sw' },
  { region: 'ir', lang: 'fa' },
  { region: 'eg', lang: 'ur' },
];

test('the hotline screen shows no English outside what is marked as English, offline', async ({
  page,
  context,
}) => {
  await page.goto('/?r=gb');
  await waitForServiceWorker(page);
  await context.setOffline(true);
  const problems: string[] = [];
  for (const { region, lang } of visits) {
    await page.goto(`/?r=${region}&lang=${lang}`);
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    await expect(page.locator('[data-hotline]').first()).toBeVisible();
    // The set-up panel and the call lines come last: wait for both before reading.
    await expect(page.locator('[data-setup]')).toBeVisible();
    await expect(page.locator('[data-what-to-say]')).toBeVisible();
    const english = englishWords(region, lang);
    const leaked = [...new Set((await wordsOutsideEnglish(page)).filter((w) => english.has(w)))];
    if (leaked.length > 0) problems.push(`${region}+${lang}: ${leaked.join(', ')}`);
  }
  expect(problems).toEqual([]);
});

test('a note only in English says so, in the person’s language', async ({ page }) => {
  const label = (readJson('src', 'locales', 'ru', 'hotlines.json') as { inEnglish: string })
    .inEnglish;
  await page.goto('/?r=gb&lang=ru');
  const note = page.locator('[data-hotline="gb-childline"] [data-note]');
  await expect(note.locator('[lang="en"]')).toHaveText(
    (readJson('content', 'regions', 'gb.json') as RegionPack).hotlines[1]?.note ?? '',
  );
  await expect(note.locator('[data-in-english]')).toHaveText(label);
  await expect(note.locator('[data-in-english]')).not.toHaveAttribute('lang', 'en');
});

test('a note the pack carries in the person’s language is shown in it, with no label', async ({
  page,
}) => {
  const pack = readJson('content', 'regions', 'zz.json') as RegionPack;
  await page.goto('/?r=zz&lang=es');
  const note = page.locator('[data-region-note]');
  await expect(note.locator('[lang="es"]')).toHaveText(
    pack.translations?.es?.note ?? 'a Spanish note in zz.json',
  );
  await expect(note.locator('[lang="en"], [data-in-english]')).toHaveCount(0);
});
