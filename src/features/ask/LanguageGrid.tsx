/**
 * The helper's first screen: who will answer (adult or child), then the
 * person's language from a grid of every language the questions are in,
 * each named in itself. A speaker beside a name reads it out where the phone
 * has a voice for it, for someone who can't read.
 */
import type { TFunction } from 'i18next';
import { useEffect, useState } from 'preact/hooks';
import { ASK_SET_IDS, type AskSetId } from '../../core/ask-schema';
import type { Language } from '../../core/languages';
import { findVoice, onVoicesChanged, speak } from '../read-aloud/ReadAloudButton';

/** Renders the set choice and the language grid; `onChoose` starts the questions. */
export function LanguageGrid(props: {
  t: TFunction;
  languages: readonly Language[];
  set: AskSetId;
  onSet: (set: AskSetId) => void;
  onChoose: (lang: string) => void;
}) {
  const { t, languages, set, onSet, onChoose } = props;
  const voiced = useVoicedLanguages(languages);
  return (
    <>
      <fieldset class="ask-who">
        <legend>{t('who')}</legend>
        {ASK_SET_IDS.map((id) => (
          <label key={id} class="ask-who-option">
            <input
              type="radio"
              name="ask-set"
              value={id}
              data-ask-set={id}
              checked={set === id}
              onChange={() => onSet(id)}
            />
            {t(`set.${id}`)}
          </label>
        ))}
      </fieldset>
      <h2 id="ask-languages-title">{t('chooseLanguage')}</h2>
      {voiced.size > 0 && <p class="meta">{t('listenHint')}</p>}
      <ul class="ask-languages" aria-labelledby="ask-languages-title">
        {languages.map((language) => (
          <li key={language.code} class="ask-language">
            <button
              type="button"
              class="ask-language-choice"
              lang={language.code}
              dir={language.dir}
              data-ask-language={language.code}
              onClick={() => onChoose(language.code)}
            >
              {language.nativeName}
            </button>
            {voiced.has(language.code) && (
              <button
                type="button"
                class="secondary ask-listen"
                data-action="ask-listen"
                aria-label={t('listen', { language: language.nativeName })}
                onClick={() => speak(language.nativeName, language.code, () => undefined)}
              >
                <SpeakerIcon />
              </button>
            )}
          </li>
        ))}
      </ul>
    </>
  );
}

/** The languages the device can speak, updated when its voices arrive. */
function useVoicedLanguages(languages: readonly Language[]): ReadonlySet<string> {
  const find = () => new Set(languages.filter((l) => findVoice(l.code)).map((l) => l.code));
  const [voiced, setVoiced] = useState(find);
  useEffect(() => {
    const check = () => setVoiced(find());
    check();
    return onVoicesChanged(check);
  }, [languages]);
  return voiced;
}

/** A loudspeaker in plain shapes. */
export function SpeakerIcon() {
  return (
    <svg viewBox="0 0 24 24" width="24" height="24" aria-hidden="true" focusable="false">
      <g
        fill="none"
        stroke="currentColor"
        stroke-width="2"
        stroke-linecap="round"
        stroke-linejoin="round"
      >
        <path d="M4 9 h4 l5 -4 v14 l-5 -4 h-4 Z" />
        <path d="M16 9 q3 3 0 6 M18.5 6.5 q6 5.5 0 11" />
      </g>
    </svg>
  );
}
