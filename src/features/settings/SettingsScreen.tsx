/**
 * Settings: one section per feature, each owned by its feature folder.
 * Add a section by importing it here; keep the order calm (place, words, look, forget).
 */
import { ForgetSection } from '../privacy/ForgetSection';
import { LookSection } from '../privacy/LookSection';

/** The settings screen: every feature's section, in order. */
export function SettingsScreen() {
  return (
    <section data-screen="settings" aria-labelledby="settings-title">
      <LookSection />
      <ForgetSection />
    </section>
  );
}
