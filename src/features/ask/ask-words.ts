/**
 * The ask feature's own words (src/locales/<lang>/ask.json), loaded when the
 * feature opens rather than with the app's words: the helper's language for
 * the helper's screens, the person's for theirs, without switching the app.
 */
import i18next, { type TFunction } from 'i18next';
import { loadI18next } from '../../app/i18n';

const wordLoaders = import.meta.glob<Record<string, unknown>>(
  '../../generated/locales/ask/*.json',
  {
    import: 'default',
  },
);

const loaded = new Set<string>();

/** Loads the ask words of `lang` into i18next (once); English stands in for a missing language. */
export async function loadAskWords(lang: string): Promise<void> {
  if (loaded.has(lang)) return;
  const load =
    wordLoaders[`../../generated/locales/ask/${lang}.json`] ??
    wordLoaders['../../generated/locales/ask/en.json'];
  if (!load) throw new Error('No ask words were built');
  // The app starts i18next after its first paint; the ask screen may open before that.
  await loadI18next();
  i18next.addResourceBundle(lang, 'ask', await load(), true, true);
  loaded.add(lang);
}

/** True once `lang`'s ask words are in memory. */
export function hasAskWords(lang: string): boolean {
  return loaded.has(lang);
}

/** A `t` fixed to `lang` and the ask namespace, for text shown in that language. */
export function askT(lang: string): TFunction<'ask'> {
  return i18next.getFixedT(lang, 'ask');
}
