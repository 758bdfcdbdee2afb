/**
 * Entry path. The language to open in: `?lang=`, saved choice, browser, English.
 */
import { requestedLanguage, resolveLanguage } from '../../core/languages';
import { getSetting, setSetting } from '../../storage/settings';
import { availableLanguages, setLanguage } from './i18n';

/** A slow or broken IndexedDB must not hold up help: after this, go without it. */
const STORAGE_WAIT_MS = 300;

function withTimeout<T>(promise: Promise<T>, fallback: T): Promise<T> {
  return Promise.race([
    promise,
    new Promise<T>((resolve) => setTimeout(() => resolve(fallback), STORAGE_WAIT_MS)),
  ]);
}

/** Resolves, loads and applies the start language; saves a `?lang=` choice. */
export async function startLanguage(search: string): Promise<string> {
  const requested = new URLSearchParams(search).get('lang');
  if (import.meta.env.DEV && requested === 'en-XA') return setLanguage(requested);
  const saved = await withTimeout(getSetting('language'), null);
  const available = availableLanguages.map((entry) => entry.code);
  const language = resolveLanguage({
    requested,
    saved,
    browser: navigator.languages ?? [navigator.language],
    available,
  });
  const applied = await setLanguage(language);
  // Only a shipped language named in the address is a choice; garbage falls back unsaved.
  const asked = requestedLanguage(requested, available);
  if (asked && asked === applied && applied !== saved) void setSetting('language', applied);
  return applied;
}
