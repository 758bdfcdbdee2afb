/** One honest line under the language choice: how the current language's words were made and checked. */
import statusJson from '../../generated/translation-status.json';
import { isTranslationStatus } from '../../core/translation-status';
import { currentLanguage, t } from '../../app/i18n';

const statuses: ReadonlyMap<string, unknown> = new Map(Object.entries(statusJson));

/** Says, from the language's review records, how its words were made and checked. */
export function TranslationNote() {
  const status = statuses.get(currentLanguage());
  // A language the locale build did not record has no check to claim.
  const known = isTranslationStatus(status) ? status : 'draft';
  return (
    <p class="meta" data-translation={known}>
      {t(`language:made.${known}`)}
    </p>
  );
}
