/**
 * A line's hours, said in the person's language: a chunk of its own, loaded
 * from the precache after the first paint, since only a few lines (one in
 * fifteen) have hours other than "24/7" and reading them needs a parser.
 */
import { formatOpeningHours, parseOpeningHours } from '../../core/opening-hours';
import { packText } from '../../core/pack-text';
import { t } from '../../app/i18n';
import { PackText, Sentence } from './PackText';

/** Renders `hours` ("Mon–Fri 08:00–16:00") in `language`, or as English where it can't be read. */
export function OpeningHours({ hours, language }: { hours: string; language: string }) {
  const parts = parseOpeningHours(hours);
  if (parts === null) {
    const shown = packText(hours, undefined, 'hours', language);
    return shown ? (
      <Sentence
        tKey="hotlines:hours"
        name="hours"
        part={<PackText shown={shown} language={language} />}
      />
    ) : null;
  }
  const words = { daily: t('hotlines:daily'), officeHours: t('hotlines:officeHours') };
  return <>{t('hotlines:hours', { hours: formatOpeningHours(parts, language, words) })}</>;
}
