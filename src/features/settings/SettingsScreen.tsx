/**
 * Settings: one section per feature, each owned by its feature folder.
 * Add a section by importing it here; keep the order calm (place, words, look, forget).
 */
export function SettingsScreen() {
  return <section data-screen="settings" aria-labelledby="settings-title" />;
}
