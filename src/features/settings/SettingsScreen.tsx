/**
 * Settings: one section per feature, each owned by its feature folder.
 * Add a section by importing it here; keep the order calm (place, words, look, forget).
 */
import { LanguageSection } from '../language/LanguageSection';
import { t } from '../../app/i18n';
import { ForgetSection } from '../privacy/ForgetSection';
import { LookSection } from '../privacy/LookSection';

/** The settings screen: every feature's section, in order. */
export function SettingsScreen() {
  return (
    <section data-screen="settings" aria-labelledby="settings-title">
      <h1 id="settings-title">{t('nav.settings')}</h1>
      <LanguageSection />
      <LookSection />
      <ForgetSection />
    </section>
  );
}
