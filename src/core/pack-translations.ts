/**
 * A pack's free text (its note, a line's note and coverage) is written in
 * English; the pack's own languages that the app speaks must each have it in
 * their words too (issue 13), or the person reading the app in the region's
 * language gets the region's own details in English. Pure.
 */
import { DEFAULT_LANGUAGE, languageCodeOf, languages } from './languages';

/** The parts of a pack this rule reads. */
export interface TranslatablePack {
  readonly languages: readonly string[];
  readonly note?: string;
  readonly translations?: Readonly<Record<string, Readonly<{ note?: string }>>>;
  readonly hotlines: readonly {
    readonly id: string;
    readonly note?: string;
    readonly coverage?: string;
    readonly translations?: Readonly<
      Record<string, Readonly<{ note?: string; coverage?: string }>>
    >;
  }[];
}

/** One English text with no translation in a language that needs one. */
export interface MissingTranslation {
  readonly path: readonly (string | number)[];
  readonly lang: string;
  readonly field: 'note' | 'coverage';
  readonly id: string | null;
}

const spokenByTheApp = languages.map((language) => language.code);

/** Every text `pack` still owes one of its own languages, in pack order. */
export function missingPackTranslations(
  pack: TranslatablePack,
  spoken: readonly string[] = spokenByTheApp,
): MissingTranslation[] {
  const owed = [...new Set(pack.languages.map(languageCodeOf))].filter(
    (lang) => lang !== DEFAULT_LANGUAGE && spoken.includes(lang),
  );
  const missing: MissingTranslation[] = [];
  for (const lang of owed) {
    if (pack.note !== undefined && pack.translations?.[lang]?.note === undefined) {
      missing.push({ path: ['note'], lang, field: 'note', id: null });
    }
    pack.hotlines.forEach((hotline, index) => {
      for (const field of ['note', 'coverage'] as const) {
        if (hotline[field] !== undefined && hotline.translations?.[lang]?.[field] === undefined) {
          missing.push({ path: ['hotlines', index, field], lang, field, id: hotline.id });
        }
      }
    });
  }
  return missing;
}
