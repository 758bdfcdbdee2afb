/**
 * Entry path. The language to open in: `?lang=`, saved choice, browser, English.
 */
import { requestedLanguage, resolveLanguage } from '../../core/languages';
import { chooseSetting, showLanguage } from '../../app/settings';
import { availableLanguages, setLanguage } from '../../app/i18n';

/**
 * Resolves and shows the start language; a shipped language named by
 * `?lang=` is the person's choice and is saved. Resolves to the language shown.
 */
export async function startLanguage(search: string, saved: string | null): Promise<string> {
  const requested = new URLSearchParams(search).get('lang');
  if (import.meta.env.DEV && requested === 'en-XA') return setLanguage(requested);
  const available = availableLanguages.map((entry) => entry.code);
  // Only a shipped language named in the address is a choice; garbage falls back unsaved.
  const asked = requestedLanguage(requested, available);
  if (asked && asked !== saved) {
    // Shown now, written in the background: the first screen never waits for storage.
    await chooseSetting('language', asked);
    return asked;
  }
  return showLanguage(
    resolveLanguage({
      requested,
      saved,
      browser: navigator.languages ?? [navigator.language],
      available,
    }),
  );
}
