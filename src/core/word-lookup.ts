/**
 * The first paint's translator (issue 15, goal 3): looks a word up in the
 * loaded word books the way i18next does with Lantern's options, so the
 * first screen needs no i18next (16 kB gzip). i18next loads after the first
 * paint and takes over; tests/unit/word-lookup.test.ts holds the two to the
 * same answer for every key of every language. Pure.
 *
 * What it does, as i18next does with `src/app/i18n-options.ts`: a key is
 * `namespace:path.to.word` (`common` when no namespace is named); the chosen
 * language, then English; `count` picks `_zero` (for 0, when written), then
 * the language's plural form (`Intl.PluralRules`), then the bare key;
 * `{{name}}` takes a value as text (Preact escapes it on render) and stays
 * as written when no value is given; a missing word shows `defaultValue`,
 * else its key without the namespace.
 */

/** One language's words: namespace → nested words (src/generated/locales/<lang>.json). */
export type WordBook = Readonly<Record<string, unknown>>;

/** The options the app passes to `t`: values to put in, and i18next's own few. */
export interface LookupOptions {
  readonly count?: number;
  readonly defaultValue?: string;
  /** Look the word up in this language instead of the current one. */
  readonly lng?: string;
  readonly [value: string]: unknown;
}

const NAMESPACE_SEPARATOR = ':';
const DEFAULT_NAMESPACE = 'common';
const PLACEHOLDER = /\{\{(.+?)\}\}/g;

const pluralRules = new Map<string, Intl.PluralRules>();

function pluralForm(language: string, count: number): string {
  let rules = pluralRules.get(language);
  if (!rules) {
    try {
      rules = new Intl.PluralRules(language);
    } catch {
      rules = new Intl.PluralRules('en');
    }
    pluralRules.set(language, rules);
  }
  return rules.select(count);
}

function wordAt(book: WordBook | undefined, namespace: string, path: string): string | undefined {
  let node: unknown = book?.[namespace];
  for (const part of path.split('.')) {
    if (typeof node !== 'object' || node === null) return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === 'string' ? node : undefined;
}

function fill(text: string, options: LookupOptions | undefined): string {
  if (!options || !text.includes('{{')) return text;
  return text.replace(PLACEHOLDER, (written, name: string) => {
    const value = options[name.trim()];
    if (value === undefined) return written;
    return value === null ? '' : String(value);
  });
}

/**
 * The word for `key` in `language` (falling back to `fallback`), with the
 * options' values filled in. `books` answers the loaded book of a language.
 */
export function lookupWord(
  books: (language: string) => WordBook | undefined,
  language: string,
  fallback: string,
  key: string,
  options?: LookupOptions,
): string {
  const split = key.indexOf(NAMESPACE_SEPARATOR);
  const namespace = split >= 0 ? key.slice(0, split) : DEFAULT_NAMESPACE;
  const path = split >= 0 ? key.slice(split + 1) : key;
  const count = options?.count;
  const languages = [options?.lng ?? language, fallback].filter(
    (code, index, all) => all.indexOf(code) === index,
  );
  for (const code of languages) {
    const book = books(code);
    const candidates =
      typeof count === 'number'
        ? [...(count === 0 ? [`${path}_zero`] : []), `${path}_${pluralForm(code, count)}`, path]
        : [path];
    for (const candidate of candidates) {
      const word = wordAt(book, namespace, candidate);
      if (word !== undefined) return fill(word, options);
    }
  }
  return options?.defaultValue !== undefined ? fill(options.defaultValue, options) : path;
}
