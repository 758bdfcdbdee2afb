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
  { code: 'zh-Hant', nativeName: '繁體中文', dir: 'ltr' },
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
  { code: 'my', nativeName: 'မြန်မာဘာသာ', dir: 'ltr' },
];

/** The language used when nothing better is known. */
export const DEFAULT_LANGUAGE = 'en';

/** The supported language for a code, or undefined. */
export function findLanguage(code: string | null | undefined): Language | undefined {
  return languages.find((language) => language.code === code);
}

/**
 * The shape of a code we ship: a primary language subtag, and where one
 * language is written in two scripts, the script ("zh-Hant"). Folder and file
 * names under src/locales and content/ use exactly this.
 */
export const LANGUAGE_CODE_PATTERN = /^[a-z]{2,3}(?:-[A-Z][a-z]{3})?$/;

/**
 * A language tag worth reading at all from untrusted text (`?lang=`, a
 * poster's `lang=`, `navigator.languages`): a language, then at most a script
 * and a region, in any case, "-" or "_" between.
 */
export const LANGUAGE_TAG_PATTERN = /^[a-z]{2,3}(?:[-_][a-z0-9]{2,8}){0,2}$/i;

// Taiwan, Hong Kong and Macau write Chinese in Traditional characters.
const TRADITIONAL_CHINESE_REGIONS = new Set(['tw', 'hk', 'mo']);

/**
 * The code we ship for a BCP-47 tag, forgiving case and "_": "pt-BR" → "pt",
 * "fil" → "tl", "zh-TW" / "zh-Hant-HK" → "zh-Hant", "zh-CN" / "zh-Hans" → "zh".
 */
export function languageCodeOf(tag: string): string {
  const [primary = '', ...subtags] = tag.trim().toLowerCase().split(/[-_]/);
  // Filipino (fil) is written as Tagalog for our purposes.
  if (primary === 'fil') return 'tl';
  if (primary === 'zh') return writesTraditionalChinese(subtags) ? 'zh-Hant' : 'zh';
  return primary;
}

/**
 * The spoken language of a shipped code, without its script ("zh-Hant" → "zh"):
 * Simplified and Traditional readers speak the same Chinese.
 */
export function spokenLanguageOf(code: string): string {
  return code.split('-')[0] ?? code;
}

/**
 * How well a device voice (its BCP-47 `lang`) reads a shipped language: 2 the
 * same code ("zh-TW" for zh-Hant), 1 the same spoken language in the other
 * script ("zh-CN" for zh-Hant: Mandarin reads either), 0 not at all.
 */
export function voiceFit(voiceLang: string, lang: string): 0 | 1 | 2 {
  const code = languageCodeOf(voiceLang);
  if (code === lang) return 2;
  return spokenLanguageOf(code) === spokenLanguageOf(lang) ? 1 : 0;
}

// A script subtag decides; without one, the region does ("zh-HK"); else Simplified.
function writesTraditionalChinese(subtags: readonly string[]): boolean {
  const script = subtags.find((subtag) => /^[a-z]{4}$/.test(subtag));
  if (script !== undefined) return script === 'hant';
  return subtags.some((subtag) => TRADITIONAL_CHINESE_REGIONS.has(subtag));
}

/**
 * Picks the first language from the person's list that is also in
 * `available`, else English. Serves `?lang=` and `navigator.languages`
 * alike, forgiving case, script and region subtags. (`available` has no
 * default: a default naming the list would put every language's name into
 * the first help's inline script, which only needs this function.)
 */
export function pickLanguage(preferred: readonly string[], available: readonly string[]): string {
  for (const tag of preferred) {
    const code = languageCodeOf(tag);
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
  if (!requested || !LANGUAGE_TAG_PATTERN.test(requested)) return null;
  const code = languageCodeOf(requested);
  return available.includes(code) ? code : null;
}
