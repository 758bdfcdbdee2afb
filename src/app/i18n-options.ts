/**
 * How i18next looks a word up, apart from the set-up so a unit test can hold
 * it, and hold the first paint's own lookup (src/core/word-lookup.ts) to it.
 */
import { DEFAULT_LANGUAGE } from '../core/languages';

/**
 * Only the chosen language, then English. i18next would otherwise try "zh"
 * for a word missing in "zh-Hant" and show a Traditional Chinese reader
 * Simplified words without anyone noticing; English stands in for a gap, as
 * in every other language, and i18n:check keeps gaps from shipping.
 */
export const i18nLookupOptions = {
  load: 'currentOnly',
  fallbackLng: DEFAULT_LANGUAGE,
} as const;

/** Everything else i18next is started with, besides the language and its words. */
export const i18nextOptions = {
  ...i18nLookupOptions,
  defaultNS: 'common',
  partialBundledLanguages: true,
  // Preact escapes text it renders; escaping twice would show "&amp;".
  interpolation: { escapeValue: false },
} as const;
