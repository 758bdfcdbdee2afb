/**
 * i18next, started after the first paint (issue 15, goal 3) with every word
 * book already loaded; from then on `t` (src/app/i18n.ts) asks it. Until then
 * the first paint's lookup (src/core/word-lookup.ts) answers the same.
 */
import i18next, { type i18n } from 'i18next';
import type { WordBook } from '../core/word-lookup';
import { i18nextOptions } from './i18n-options';

/** Starts i18next in `language` with `books` (language → its words). */
export async function startI18next(
  books: ReadonlyMap<string, WordBook>,
  language: string,
): Promise<i18n> {
  if (!i18next.isInitialized) {
    await i18next.init({ ...i18nextOptions, lng: language, resources: {} });
  }
  for (const [code, book] of books) addBook(i18next, code, book);
  await i18next.changeLanguage(language);
  return i18next;
}

/** Adds one language's words (every namespace) to `engine`. */
export function addBook(engine: i18n, language: string, book: WordBook): void {
  for (const [namespace, words] of Object.entries(book)) {
    engine.addResourceBundle(language, namespace, words, true, true);
  }
}
