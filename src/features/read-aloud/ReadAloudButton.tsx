/** "Read aloud" / "Stop": shown only where the device has a voice for the language. */
import { useEffect, useState } from 'preact/hooks';
import { currentLanguage, t } from '../../app/i18n';
import { findVoice, onVoicesChanged, speak, stopSpeaking } from './speech';

/** A toggle that reads `text()` aloud in `lang` (default: the interface language). */
export function ReadAloudButton({ text, lang: textLang }: { text: () => string; lang?: string }) {
  const lang = textLang ?? currentLanguage();
  const [hasVoice, setHasVoice] = useState(() => Boolean(findVoice(lang)));
  const [speaking, setSpeaking] = useState(false);

  useEffect(() => {
    const check = () => setHasVoice(Boolean(findVoice(lang)));
    check();
    return onVoicesChanged(check);
  }, [lang]);
  // Leaving the screen stops the voice too.
  useEffect(() => () => stopSpeaking(), []);

  if (!hasVoice) return null;
  return (
    <button
      type="button"
      class="secondary read-aloud"
      data-action="read-aloud"
      aria-pressed={speaking}
      onClick={() => {
        if (speaking) {
          stopSpeaking();
          setSpeaking(false);
          return;
        }
        setSpeaking(true);
        speak(text(), lang, () => setSpeaking(false));
      }}
    >
      {speaking ? t('readAloud:stop') : t('readAloud:start')}
    </button>
  );
}

/**
 * The device's speech, for features that read in a language of their own (ask
 * without speaking). They import it from here, not from ./speech: the bundler
 * then keeps speech in this module's chunk instead of splitting it into a
 * first-paint file of its own.
 */
export { findVoice, onVoicesChanged, speak, stopSpeaking } from './speech';
