/**
 * The first paint's lookup (src/core/word-lookup.ts) against i18next itself,
 * started as the app starts it: the same answer for every word of every
 * language, with and without values, for every plural form, a missing value,
 * a missing word and another language asked for by `lng`. If i18next or the
 * words change how a lookup resolves, this fails before a person sees two
 * answers (one before i18next loads, one after).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { createInstance, type i18n } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { i18nextOptions } from '../../src/app/i18n-options';
import { addBook } from '../../src/app/i18next-engine';
import { lookupWord, type LookupOptions, type WordBook } from '../../src/core/word-lookup';

const dir = join(import.meta.dirname, '..', '..', 'src', 'generated', 'locales');
const books = new Map<string, WordBook>(
  readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .map((name) => [
      name.replace(/\.json$/, ''),
      JSON.parse(readFileSync(join(dir, name), 'utf8')) as WordBook,
    ]),
);
const languages = [...books.keys()];

/** Every `namespace:path` key in English, plural forms folded to their base key. */
function keysOf(book: WordBook): string[] {
  const keys = new Set<string>();
  const walk = (node: unknown, namespace: string, path: string[]) => {
    if (typeof node === 'string') {
      keys.add(`${namespace}:${path.join('.').replace(/_(zero|one|two|few|many|other)$/, '')}`);
    } else if (typeof node === 'object' && node !== null) {
      for (const [key, child] of Object.entries(node)) walk(child, namespace, [...path, key]);
    }
  };
  for (const [namespace, words] of Object.entries(book)) walk(words, namespace, []);
  return [...keys];
}
const englishKeys = keysOf(books.get('en') ?? {});

// Every placeholder name any word uses, with a value that shows where it went.
const values: Record<string, string> = Object.fromEntries(
  [
    ...new Set(
      [...JSON.stringify([...books.values()]).matchAll(/\{\{(.+?)\}\}/g)].map(
        (m) => m[1]?.trim() ?? '',
      ),
    ),
  ].map((name) => [name, `‹${name}›`]),
);

let engine: i18n;
beforeAll(async () => {
  engine = createInstance();
  await engine.init({ ...i18nextOptions, lng: 'en', resources: {} });
  for (const [language, book] of books) addBook(engine, language, book);
});

async function both(language: string, key: string, options?: LookupOptions) {
  await engine.changeLanguage(language);
  return {
    ours: lookupWord((code) => books.get(code), language, 'en', key, options),
    theirs: engine.t(key, options),
  };
}

describe('lookupWord answers as i18next does', () => {
  it('has words to compare: every language, hundreds of keys', () => {
    expect(languages.length).toBeGreaterThanOrEqual(28);
    expect(englishKeys.length).toBeGreaterThan(200);
  });

  it('for every key in every language: no values, every value, and values the word does not use', async () => {
    const differences: string[] = [];
    for (const language of languages) {
      for (const key of englishKeys) {
        for (const options of [undefined, values, { notAPlaceholder: 1 }]) {
          const { ours, theirs } = await both(language, key, options);
          if (ours !== theirs) differences.push(`${language} ${key}: ${ours} ≠ ${theirs}`);
        }
      }
    }
    expect(differences).toEqual([]);
  });

  it('for any count, in every language (plural forms, and zero where a language writes it)', async () => {
    // Base keys whose English is written in plural forms ("minutes" for minutes_one, …).
    const plural = englishKeys.filter((key) =>
      JSON.stringify(books.get('en')).includes(`"${key.split('.').pop()?.split(':').pop()}_other"`),
    );
    expect(plural.length).toBeGreaterThan(0);
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...languages),
        fc.constantFrom(...plural),
        fc.oneof(fc.integer({ min: 0, max: 120 }), fc.constantFrom(0, 1, 2, 3, 5, 11, 21, 101)),
        async (language, key, count) => {
          const { ours, theirs } = await both(language, key, { ...values, count });
          expect(ours).toBe(theirs);
        },
      ),
      { numRuns: 400 },
    );
  });

  it('for a missing word, a default value, and a word asked for in English by lng', async () => {
    for (const language of ['fr', 'ar', 'zh-Hant']) {
      for (const [key, options] of [
        ['hotlines:noSuchWord', undefined],
        ['noSuchNamespace:word', undefined],
        ['hotlines:purpose.noSuchPurpose', { defaultValue: '' }],
        ['hotlines:noSuchWord', { defaultValue: 'Say {{name}}', name: 'this' }],
        ['disguise:calculator.title', { lng: 'en' }],
      ] as const) {
        const { ours, theirs } = await both(language, key, options);
        expect(ours, `${language} ${key}`).toBe(theirs);
      }
    }
  });
});
