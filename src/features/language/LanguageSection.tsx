/** The settings section for the language. */
import { t } from '../../app/i18n';
import { LanguagePicker } from './LanguagePicker';
import { TranslationNote } from './TranslationNote';

/** Settings → Language. */
export function LanguageSection() {
  return (
    <section class="settings-section" data-section="language">
      <h2 id="language-title">{t('language:title')}</h2>
      <LanguagePicker labelledBy="language-title" />
      <TranslationNote />
    </section>
  );
}
