/** Entry path. Dates and language lists as people read them. Pure (uses `Intl`). */

/**
 * Formats an ISO day ("2026-11-25") in `language` ("25 November 2026"), as a
 * calendar day with no time zone shift; returns the input when it isn't a date.
 */
export function formatIsoDay(iso: string, language: string): string {
  const date = new Date(`${iso}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso) || Number.isNaN(date.getTime())) return iso;
  try {
    return dayFormat(language).format(date);
  } catch {
    return iso;
  }
}

/**
 * Names language codes in `language` and joins them ("English and Spanish");
 * codes `Intl` can't name are shown as they are.
 */
export function formatLanguageList(codes: readonly string[], language: string): string {
  const names = codes.map((code) => languageName(code, language));
  try {
    return listFormat(language).format(names);
  } catch {
    return names.join(', ');
  }
}

function languageName(code: string, language: string): string {
  try {
    return languageNames(language).of(code) ?? code;
  } catch {
    return code;
  }
}

// One formatter per language and kind: a card list would otherwise build three per card.
const formats = new Map<string, Intl.DateTimeFormat | Intl.ListFormat | Intl.DisplayNames>();

function cached<T extends Intl.DateTimeFormat | Intl.ListFormat | Intl.DisplayNames>(
  key: string,
  make: () => T,
): T {
  const hit = formats.get(key) as T | undefined;
  if (hit) return hit;
  const made = make();
  formats.set(key, made);
  return made;
}

function dayFormat(language: string): Intl.DateTimeFormat {
  return cached(
    `day:${language}`,
    () => new Intl.DateTimeFormat([language, 'en'], { dateStyle: 'long', timeZone: 'UTC' }),
  );
}

function listFormat(language: string): Intl.ListFormat {
  return cached(
    `list:${language}`,
    () => new Intl.ListFormat([language, 'en'], { type: 'conjunction' }),
  );
}

function languageNames(language: string): Intl.DisplayNames {
  return cached(
    `names:${language}`,
    () => new Intl.DisplayNames([language, 'en'], { type: 'language' }),
  );
}
