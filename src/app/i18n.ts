/**
 * Entry path. i18next set-up: English is bundled (it is the fallback and the
 * first paint's words); every other language is a lazy chunk the service
 * worker precaches, so a language never opened before still works offline.
 */
import i18next, { type TFunction } from 'i18next';
import english from '../generated/locales/en.json';
import { DEFAULT_LANGUAGE, findLanguage, languages, type Language } from '../core/languages';
import { i18nLookupOptions } from './i18n-options';

type Bundle = Record<string, unknown>;
/** One language's words: namespace → nested keys (built by scripts/build-locales.ts). */
type LanguageBundle = Record<string, Bundle>;

const lazyBundles = import.meta.glob<LanguageBundle>(
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

/** Starts i18next with English resources. Call once before the first render. */
export async function initI18n(): Promise<void> {
  const resources: LanguageBundle = english;
  await i18next.init({
    ...i18nLookupOptions,
    lng: DEFAULT_LANGUAGE,
    resources: { [DEFAULT_LANGUAGE]: resources },
    ns: Object.keys(resources),
    defaultNS: 'common',
    partialBundledLanguages: true,
    // Preact escapes text it renders; escaping twice would show "&amp;".
    interpolation: { escapeValue: false },
  });
  if (import.meta.env.DEV) await addPseudoLocale(resources);
}

/** Development only (`?lang=en-XA` with `npm run dev`): catches truncation and untranslated text. */
async function addPseudoLocale(resources: Record<string, Bundle>): Promise<void> {
  const { pseudoBundle } = await import('../core/pseudo-locale');
  for (const [namespace, bundle] of Object.entries(resources)) {
    i18next.addResourceBundle(
      'en-XA',
      namespace,
      pseudoBundle(bundle as Parameters<typeof pseudoBundle>[0]),
    );
  }
}

/**
 * Loads a language's bundles (lazy chunks), switches to it and sets
 * `<html lang dir>`. Returns the language actually used.
 */
export async function setLanguage(code: string): Promise<string> {
  if (import.meta.env.DEV && code === 'en-XA') {
    await i18next.changeLanguage(code);
    return code;
  }
  const language =
    availableLanguages.find((entry) => entry.code === code) ?? findLanguage(DEFAULT_LANGUAGE);
  const chosen = language?.code ?? DEFAULT_LANGUAGE;
  const load = lazyBundles[`../generated/locales/${chosen}.json`];
  if (load) {
    for (const [namespace, words] of Object.entries(await load())) {
      i18next.addResourceBundle(chosen, namespace, words, true, true);
    }
  }
  await i18next.changeLanguage(chosen);
  document.documentElement.lang = chosen;
  document.documentElement.dir = i18next.dir(chosen);
  return chosen;
}

/** Translates a key; components call this while rendering. */
export const t: TFunction = ((...args: Parameters<TFunction>) => i18next.t(...args)) as TFunction;

/** The language words are currently shown in. */
export function currentLanguage(): string {
  return i18next.language || DEFAULT_LANGUAGE;
}
