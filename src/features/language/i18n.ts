/**
 * Entry path. i18next set-up: English is bundled (it is the fallback and the
 * first paint's words); every other language is a lazy chunk the service
 * worker precaches, so a language never opened before still works offline.
 */
import i18next, { type TFunction } from 'i18next';
import { DEFAULT_LANGUAGE, findLanguage } from '../../core/languages';

type Bundle = Record<string, unknown>;

const english = import.meta.glob<Bundle>('../../locales/en/*.json', {
  eager: true,
  import: 'default',
});
const lazyBundles = import.meta.glob<Bundle>(
  ['../../locales/*/*.json', '!../../locales/en/*.json'],
  { import: 'default' },
);

function namespaceOf(path: string): string {
  return (
    path
      .split('/')
      .pop()
      ?.replace(/\.json$/, '') ?? 'common'
  );
}

/** Starts i18next with English resources. Call once before the first render. */
export async function initI18n(): Promise<void> {
  const resources: Record<string, Bundle> = {};
  for (const [path, bundle] of Object.entries(english)) resources[namespaceOf(path)] = bundle;
  await i18next.init({
    lng: DEFAULT_LANGUAGE,
    fallbackLng: DEFAULT_LANGUAGE,
    resources: { [DEFAULT_LANGUAGE]: resources },
    ns: Object.keys(resources),
    defaultNS: 'common',
    partialBundledLanguages: true,
    // Preact escapes text it renders; escaping twice would show "&amp;".
    interpolation: { escapeValue: false },
    returnNull: false,
  });
}

/** Loads a language's bundles (lazy chunks) and switches to it. */
export async function setLanguage(code: string): Promise<string> {
  const language = findLanguage(code)?.code ?? DEFAULT_LANGUAGE;
  const prefix = `../../locales/${language}/`;
  const loads = Object.entries(lazyBundles)
    .filter(([path]) => path.startsWith(prefix))
    .map(async ([path, load]) => {
      i18next.addResourceBundle(language, namespaceOf(path), await load(), true, true);
    });
  await Promise.all(loads);
  await i18next.changeLanguage(language);
  return language;
}

/** Translates a key; components call this while rendering. */
export const t: TFunction = ((...args: Parameters<TFunction>) => i18next.t(...args)) as TFunction;

/** Text direction of the current language. */
export function currentDir(): 'ltr' | 'rtl' {
  return findLanguage(i18next.language)?.dir ?? 'ltr';
}
