/**
 * Entry path. Which language a pack's free text (a note, a line's area) is
 * shown in: the person's, when the pack carries it in theirs, else the English
 * the pack is written in, which the card then marks as English. Pure.
 */
import { DEFAULT_LANGUAGE, languageCodeOf } from './languages';

/** A pack's text as shown, and the language it is written in. */
export interface ShownText {
  readonly text: string;
  readonly lang: string;
}

/** Texts by language code, as a pack's `translations` holds them. */
export type PackTranslations<K extends string> = Readonly<
  Record<string, Readonly<Partial<Record<K, string>>>>
>;

/**
 * `field` in `language` when `translations` has it, else `english` in English;
 * null when the pack has no such text at all.
 */
export function packText<K extends string>(
  english: string | undefined,
  translations: PackTranslations<K> | undefined,
  field: K,
  language: string,
): ShownText | null {
  if (english === undefined) return null;
  const code = languageCodeOf(language);
  const translated = code === DEFAULT_LANGUAGE ? undefined : translations?.[code]?.[field];
  return translated === undefined
    ? { text: english, lang: DEFAULT_LANGUAGE }
    : { text: translated, lang: code };
}
