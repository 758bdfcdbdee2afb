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

/** Every language the app is written for, English first (the fallback). */
export const languages: readonly Language[] = [
  { code: 'en', nativeName: 'English', dir: 'ltr' },
  { code: 'es', nativeName: 'Español', dir: 'ltr' },
  { code: 'fr', nativeName: 'Français', dir: 'ltr' },
  { code: 'pt', nativeName: 'Português', dir: 'ltr' },
  { code: 'ar', nativeName: 'العربية', dir: 'rtl' },
  { code: 'fa', nativeName: 'فارسی', dir: 'rtl' },
  { code: 'ru', nativeName: 'Русский', dir: 'ltr' },
  { code: 'uk', nativeName: 'Українська', dir: 'ltr' },
  { code: 'ro', nativeName: 'Română', dir: 'ltr' },
  { code: 'zh', nativeName: '中文', dir: 'ltr' },
  { code: 'hi', nativeName: 'हिन्दी', dir: 'ltr' },
  { code: 'tl', nativeName: 'Tagalog', dir: 'ltr' },
  { code: 'vi', nativeName: 'Tiếng Việt', dir: 'ltr' },
  { code: 'sw', nativeName: 'Kiswahili', dir: 'ltr' },
  { code: 'bn', nativeName: 'বাংলা', dir: 'ltr' },
  { code: 'ne', nativeName: 'नेपाली', dir: 'ltr' },
  { code: 'ur', nativeName: 'اردو', dir: 'rtl' },
  { code: 'id', nativeName: 'Bahasa Indonesia', dir: 'ltr' },
  { code: 'am', nativeName: 'አማርኛ', dir: 'ltr' },
  { code: 'si', nativeName: 'සිංහල', dir: 'ltr' },
  { code: 'th', nativeName: 'ไทย', dir: 'ltr' },
  { code: 'km', nativeName: 'ខ្មែរ', dir: 'ltr' },
  { code: 'tr', nativeName: 'Türkçe', dir: 'ltr' },
  { code: 'de', nativeName: 'Deutsch', dir: 'ltr' },
  { code: 'it', nativeName: 'Italiano', dir: 'ltr' },
  { code: 'pl', nativeName: 'Polski', dir: 'ltr' },
];

/** The language used when nothing better is known. */
export const DEFAULT_LANGUAGE = 'en';

/** The supported language for a code, or undefined. */
export function findLanguage(code: string | null | undefined): Language | undefined {
  return languages.find((language) => language.code === code);
}

/** The primary subtag of a BCP-47 tag, as the code we ship ("pt-BR" → "pt"). */
export function primaryLanguage(tag: string): string {
  const primary = tag.trim().toLowerCase().split(/[-_]/)[0] ?? '';
  // Filipino (fil) is written as Tagalog for our purposes.
  return primary === 'fil' ? 'tl' : primary;
}

/**
 * Picks the first language from the person's list that is also in
 * `available` (default: all), else English. Serves `?lang=` and
 * `navigator.languages` alike, forgiving case and region subtags.
 */
export function pickLanguage(
  preferred: readonly string[],
  available: readonly string[] = languages.map((language) => language.code),
): string {
  for (const tag of preferred) {
    const code = primaryLanguage(tag);
    if (available.includes(code)) return code;
  }
  return DEFAULT_LANGUAGE;
}

/**
 * The language to open in: a `?lang=` from the poster, else the saved
 * choice, else the browser's languages, else English. Unknown values are
 * ignored, never shown.
 */
export function resolveLanguage(input: {
  requested: string | null;
  saved: string | null;
  browser: readonly string[];
  available: readonly string[];
}): string {
  const { requested, saved, browser, available } = input;
  const asked = requestedLanguage(requested, available);
  if (asked) return asked;
  if (saved && available.includes(saved)) return saved;
  return pickLanguage(browser, available);
}

/**
 * The shipped language a `?lang=` value names, or null for anything else:
 * only a language the person asked for by name is ever worth saving.
 */
export function requestedLanguage(
  requested: string | null,
  available: readonly string[],
): string | null {
  // A ?lang= value is untrusted text: only a short tag is even looked at.
  if (!requested || !/^[a-z]{2,3}(?:[-_][a-z0-9]{2,8})?$/i.test(requested)) return null;
  const code = primaryLanguage(requested);
  return available.includes(code) ? code : null;
}
