/** Every language named in its own script, one big target each. */
import { currentLanguage, availableLanguages } from '../../app/i18n';
import { saveSetting } from '../../app/settings';

/** Lets the person choose the language; the choice is saved. */
export function LanguagePicker({ labelledBy }: { labelledBy: string }) {
  const current = currentLanguage();
  return (
    <ul class="language-list" role="list" aria-labelledby={labelledBy}>
      {availableLanguages.map((language) => (
        <li key={language.code}>
          <button
            type="button"
            class="language-option secondary"
            lang={language.code}
            dir={language.dir}
            data-lang={language.code}
            aria-pressed={language.code === current}
            onClick={() => void saveSetting('language', language.code)}
          >
            {language.nativeName}
          </button>
        </li>
      ))}
    </ul>
  );
}
