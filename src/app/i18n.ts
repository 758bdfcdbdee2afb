/**
 * Entry path. The app's words. English is bundled (the fallback, and the
 * first paint's words); every other language is a lazy chunk the service
 * worker precaches, so a language never opened before still works offline.
 *
 * The first paint looks words up itself (src/core/word-lookup.ts), so i18next
 * (16 kB gzip) is not on it; i18next, which stays the app's i18n library,
 * starts just after and `t` asks it from then on. A unit test holds the two
 * to the same answer for every word of every language.
 */
import type { i18n } from 'i18next';
import english from '../generated/locales/en.json';
import { DEFAULT_LANGUAGE, findLanguage, languages, type Language } from '../core/languages';
import { lookupWord, type LookupOptions, type WordBook } from '../core/word-lookup';

const lazyBundles = import.meta.glob<WordBook>(
  ['../generated/locales/*.json', '!../generated/locales/en.json'],
  { import: 'default' },
);

function languageOf(path: string): string {
  return (
    path
      .split('/')
      .pop()
      ?.replace(/\.json$/, '') ?? ''
  );
}

const shipped = new Set([DEFAULT_LANGUAGE, ...Object.keys(lazyBundles).map(languageOf)]);

/** The languages that have words in this build, in the app's order. */
export const availableLanguages: readonly Language[] = languages.filter((language) =>
  shipped.has(language.code),
);

const books = new Map<string, WordBook>([[DEFAULT_LANGUAGE, english]]);
let current = DEFAULT_LANGUAGE;
let engine: i18n | null = null;
let engineStarting: Promise<i18n> | null = null;

/** Ready for the first render: English is in the bundle, so there is nothing to wait for. */
export async function initI18n(): Promise<void> {
  if (import.meta.env.DEV) await addPseudoLocale();
}

/** Development only (`?lang=en-XA` with `npm run dev`): catches truncation and untranslated text. */
async function addPseudoLocale(): Promise<void> {
  const { pseudoBundle } = await import('../core/pseudo-locale');
  books.set(
    'en-XA',
    Object.fromEntries(
      Object.entries(english).map(([namespace, words]) => [
        namespace,
        pseudoBundle(words as Parameters<typeof pseudoBundle>[0]),
      ]),
    ),
  );
}

/**
 * Starts i18next with every book loaded so far (once); `t` asks it from then
 * on. Called after the first paint, and by features that use i18next itself.
 */
export function loadI18next(): Promise<i18n> {
  engineStarting ??= import('./i18next-engine').then(async ({ startI18next }) => {
    engine = await startI18next(books, current);
    // A language chosen while i18next started follows it there.
    if (engine.language !== current) await syncEngine(engine);
    return engine;
  });
  return engineStarting;
}

async function syncEngine(started: i18n): Promise<void> {
  const { addBook } = await import('./i18next-engine');
  const book = books.get(current);
  if (book) addBook(started, current, book);
  await started.changeLanguage(current);
}

/**
 * Loads a language's words (a lazy chunk), switches to it and sets
 * `<html lang dir>`. Returns the language actually used.
 */
export async function setLanguage(code: string): Promise<string> {
  const chosen =
    (import.meta.env.DEV && code === 'en-XA') || availableLanguages.some((l) => l.code === code)
      ? code
      : DEFAULT_LANGUAGE;
  const load = lazyBundles[`../generated/locales/${chosen}.json`];
  if (load && !books.has(chosen)) books.set(chosen, await load());
  current = chosen;
  if (engine) await syncEngine(engine);
  document.documentElement.lang = chosen;
  document.documentElement.dir = findLanguage(chosen)?.dir ?? 'ltr';
  return chosen;
}

/** Translates a key; components call this while rendering. */
export function t(key: string, options?: LookupOptions): string {
  // i18next answers once it has started and is in the current language; until then, the same lookup.
  if (engine?.language === current) return engine.t(key, options);
  return lookupWord((code) => books.get(code), current, DEFAULT_LANGUAGE, key, options);
}

/** The language words are currently shown in. */
export function currentLanguage(): string {
  return current;
}
