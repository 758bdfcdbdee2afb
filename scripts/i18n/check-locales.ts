/**
 * Completeness of the interface words in every language, compared with
 * English: same keys (plural forms as each language needs them), the same
 * {{placeholders}}, no empty strings, no number the English does not have.
 * Articles: every English slug in every language. Review records: every
 * language says when and how its second reading was done. Each problem reads
 * `file: key: what is wrong`.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;
const META_KEY = '_meta';
const REVIEW_RECORD = 'REVIEW.md';

function flatten(value: Json, prefix = '', out = new Map<string, string>()): Map<string, string> {
  if (typeof value === 'string') out.set(prefix, value);
  else if (value && typeof value === 'object' && !Array.isArray(value)) {
    for (const [key, child] of Object.entries(value)) {
      if (!prefix && key === META_KEY) continue;
      flatten(child, prefix ? `${prefix}.${key}` : key, out);
    }
  } else out.set(prefix, String(value));
  return out;
}

// A set, not a list: a sentence may need a name twice in one language and once in English.
function placeholders(text: string): string[] {
  const names = [...text.matchAll(/\{\{\s*([\w.]+)\s*(?:,[^}]*)?\}\}/g)].map(
    (match) => match[1] ?? '',
  );
  return [...new Set(names)].sort();
}

// Numbers written into a translation, in any script's digits (১৮, ١٨, 18 are all 18). A count
// must come from its placeholder, or a plural form shows "2 دقيقتان" ("2 two minutes").
function numbers(text: string): string[] {
  const withoutPlaceholders = text.replace(/\{\{[^}]*\}\}/g, ' ');
  const runs = withoutPlaceholders.match(/\p{Nd}+/gu) ?? [];
  return runs.map((run) =>
    [...run]
      .map((digit) => String(digitValue(digit)))
      .join('')
      .replace(/^0+(?=\d)/, ''),
  );
}

function digitValue(digit: string): number {
  // Unicode lays out every decimal digit block as runs of ten code points from zero.
  const code = digit.codePointAt(0) ?? 0;
  let first = code;
  while (/\p{Nd}/u.test(String.fromCodePoint(first - 1))) first--;
  return (code - first) % 10;
}

// In the zero, one and two forms the word itself may carry the number (Arabic دقيقتان is
// "two minutes"), so there the count may be left out; everywhere else it must be there.
function namesItsNumber(key: string): boolean {
  return /_(zero|one|two)$/.test(key);
}

/** The keys a language must have for one English key: plural keys expand to that language's categories. */
function expectedKeys(englishKey: string, lang: string): string[] {
  if (!PLURAL_SUFFIX.test(englishKey)) return [englishKey];
  const base = englishKey.replace(PLURAL_SUFFIX, '');
  const categories = new Intl.PluralRules(lang).resolvedOptions().pluralCategories;
  return categories.map((category) => `${base}_${category}`);
}

function readJson(file: string, errors: string[]): Json | undefined {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as Json;
  } catch (error) {
    errors.push(`${file}: (file): not valid JSON (${(error as Error).message})`);
    return undefined;
  }
}

/** Checks every language under `localesDir` against `en`; returns the problems found. */
export function checkLocales(localesDir: string, root = process.cwd()): string[] {
  const errors: string[] = [];
  const langs = readdirSync(localesDir).filter((name) => name !== 'en' && !name.includes('.'));
  const englishFiles = readdirSync(join(localesDir, 'en')).filter((name) => name.endsWith('.json'));
  for (const lang of langs) {
    for (const file of englishFiles) {
      const englishPath = join(localesDir, 'en', file);
      const path = join(localesDir, lang, file);
      const shown = relative(root, path);
      if (!existsSync(path)) {
        errors.push(`${shown}: (file): missing — every English file needs a ${lang} twin`);
        continue;
      }
      const english = readJson(englishPath, errors);
      const translated = readJson(path, errors);
      if (english === undefined || translated === undefined) continue;
      const source = flatten(english);
      const target = flatten(translated);
      const wanted = new Set<string>();
      for (const [key, englishText] of source) {
        for (const expected of expectedKeys(key, lang)) {
          wanted.add(expected);
          const text = target.get(expected);
          if (text === undefined) {
            errors.push(`${shown}: ${expected}: missing`);
            continue;
          }
          if (text.trim() === '') errors.push(`${shown}: ${expected}: empty`);
          const allowed = new Set(numbers(englishText));
          for (const number of numbers(text)) {
            if (!allowed.has(number)) {
              errors.push(`${shown}: ${expected}: the number ${number} is not in the English text`);
            }
          }
          const want = placeholders(englishText)
            .filter((name) => !(name === 'count' && namesItsNumber(expected)))
            .join(',');
          const got = placeholders(text)
            .filter((name) => !(name === 'count' && namesItsNumber(expected)))
            .join(',');
          if (want !== got) {
            errors.push(
              `${shown}: ${expected}: placeholders {${got}} differ from English {${want}}`,
            );
          }
        }
      }
      for (const key of target.keys()) {
        if (!wanted.has(key)) errors.push(`${shown}: ${key}: not in English (extra key)`);
      }
    }
    // REVIEW.md is the language's review record (issue 13), for people, not a word file.
    for (const file of readdirSync(join(localesDir, lang))) {
      if (file !== REVIEW_RECORD && !englishFiles.includes(file)) {
        errors.push(`${relative(root, join(localesDir, lang, file))}: (file): no English original`);
      }
    }
  }
  return errors;
}

/** Checks that every language that has articles has all the English ones, and every UI language has articles. */
export function checkArticles(
  articlesDir: string,
  uiLanguages: string[],
  root = process.cwd(),
): string[] {
  const errors: string[] = [];
  const slugs = (lang: string) =>
    existsSync(join(articlesDir, lang))
      ? readdirSync(join(articlesDir, lang)).filter((name) => name.endsWith('.md'))
      : [];
  const english = slugs('en');
  for (const lang of uiLanguages.filter((code) => code !== 'en')) {
    const have = new Set(slugs(lang));
    for (const slug of english) {
      if (!have.has(slug))
        errors.push(`${relative(root, join(articlesDir, lang, slug))}: (file): article missing`);
    }
  }
  return errors;
}

const DATE_LINE = /^- \*\*Date:\*\* \d{4}-\d{2}-\d{2}\b/m;
const METHOD_LINE = /^- \*\*Method:\*\* .*back-translat/im;
const FIXED_SECTION = /^## What was fixed/m;

/** What is wrong with one review record at `path` (shown as `shown`); nothing when it is complete. */
function checkRecord(path: string, shown: string, subject: string): string[] {
  if (!existsSync(path))
    return [`${shown}: (file): missing — no record of a second reading for ${subject}`];
  const record = readFileSync(path, 'utf8');
  const errors: string[] = [];
  if (!DATE_LINE.test(record)) errors.push(`${shown}: Date: missing "- **Date:** YYYY-MM-DD"`);
  if (!METHOD_LINE.test(record)) {
    errors.push(`${shown}: Method: missing a "- **Method:**" line naming the back-translation`);
  }
  if (!FIXED_SECTION.test(record)) {
    errors.push(`${shown}: What was fixed: missing the "## What was fixed" section`);
  }
  return errors;
}

/**
 * Every language but English has a review record (issue 13): `REVIEW.md` with the date, a
 * method that is a back-translation by a second reader, and what was fixed. A draft whose
 * second reading is still pending fails, so it cannot ship by accident.
 */
export function checkReviewRecords(localesDir: string, root = process.cwd()): string[] {
  const langs = readdirSync(localesDir).filter((name) => name !== 'en' && !name.includes('.'));
  return langs.flatMap((lang) => {
    const path = join(localesDir, lang, REVIEW_RECORD);
    return checkRecord(path, relative(root, path), lang);
  });
}

/** The languages with cards (`<lang>.json` in `cardsDir`) that the interface does not speak. */
export function cardsOnlyLanguages(
  cardsDir: string,
  interfaceLanguages: readonly string[],
): string[] {
  return readdirSync(cardsDir)
    .filter((name) => name.endsWith('.json'))
    .map((name) => name.replace(/\.json$/, ''))
    .filter((lang) => lang !== 'en' && !interfaceLanguages.includes(lang));
}

/**
 * A language with cards but no interface (a region's own language, such as Afrikaans) has its
 * record beside the cards, `content/cards/reviews/<lang>.md`, held to the same rules: a card
 * is read out to a stranger, so it is no less in need of a second reader.
 */
export function checkCardReviewRecords(
  cardsDir: string,
  interfaceLanguages: readonly string[],
  root = process.cwd(),
): string[] {
  return cardsOnlyLanguages(cardsDir, interfaceLanguages).flatMap((lang) => {
    const path = join(cardsDir, 'reviews', `${lang}.md`);
    return checkRecord(path, relative(root, path), `the ${lang} cards`);
  });
}
