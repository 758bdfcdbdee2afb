/**
 * Settings says, in one honest line, how the words of the current language
 * were made and checked: read from the review records, never claiming a
 * native speaker's review that no one did.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect } from './support/browser';

const localesDir = join(import.meta.dirname, '..', '..', 'src', 'locales');

function note(lang: string, status: string): string {
  const words = JSON.parse(readFileSync(join(localesDir, lang, 'language.json'), 'utf8')) as {
    made?: Record<string, string>;
  };
  return words.made?.[status] ?? `language:made.${status} in ${lang}`;
}

/** What the records say: the source, or machine-assisted and back-translated by a second reader. */
function recordedStatus(lang: string): string {
  if (lang === 'en') return 'source';
  const metas = readdirSync(join(localesDir, lang))
    .filter((file) => file.endsWith('.json'))
    .map(
      (file) =>
        (
          JSON.parse(readFileSync(join(localesDir, lang, file), 'utf8')) as {
            _meta?: { reviewedByNativeSpeaker?: boolean };
          }
        )._meta,
    )
    .filter((meta) => meta !== undefined);
  if (metas.length > 0 && metas.every((meta) => meta.reviewedByNativeSpeaker === true)) {
    return 'nativeReviewed';
  }
  return existsSync(join(localesDir, lang, 'REVIEW.md')) ? 'backTranslated' : 'draft';
}

for (const lang of ['en', 'ar', 'ne', 'tl']) {
  test(`settings says how the ${lang} words were made and checked`, async ({ page }) => {
    await page.goto(`/?r=gb&lang=${lang}`);
    await page.locator('[data-action="settings"]').click();
    const line = page.locator('[data-screen="settings"] [data-translation]');
    const status = recordedStatus(lang);
    await expect(line).toHaveAttribute('data-translation', status);
    await expect(line).toHaveText(note(lang, status));
  });
}
