/**
 * The languages Lantern speaks, each named in its own script. Pure data.
 */

/** One supported language. */
export interface Language {
  code: string;
  /** The language's name in itself, so a person can find their own. */
  nativeName: string;
  dir: 'ltr' | 'rtl';
}

/** Every language the app ships, English first (the fallback). */
export const languages: readonly Language[] = [{ code: 'en', nativeName: 'English', dir: 'ltr' }];

/** The language used when nothing better is known. */
export const DEFAULT_LANGUAGE = 'en';

/** The supported language for a code, or undefined. */
export function findLanguage(code: string | null | undefined): Language | undefined {
  return languages.find((language) => language.code === code);
}

/**
 * Picks the first supported language from the browser's preference list
 * (`navigator.languages`), matching on the primary subtag ("pt-BR" → "pt").
 */
export function pickLanguage(preferred: readonly string[]): string {
  for (const tag of preferred) {
    const primary = tag.toLowerCase().split('-')[0];
    const match = languages.find((language) => language.code === primary);
    if (match) return match.code;
  }
  return DEFAULT_LANGUAGE;
}
