/**
 * Entry path. The language to open in: `?lang=`, saved choice, browser, English.
 */
import { resolveLanguage } from '../../core/languages';
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
  const language = resolveLanguage({
    requested,
    saved,
    browser: navigator.languages ?? [navigator.language],
    available: availableLanguages.map((entry) => entry.code),
  });
  const applied = await setLanguage(language);
  if (requested && applied !== saved) void setSetting('language', applied);
  return applied;
}
