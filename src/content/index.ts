/**
 * The one typed content API the UI reads through. Region packs and article
 * bundles are lazy JSON chunks (precached by the service worker, so every
 * region and language works offline); the small region index is bundled
 * because validating a code needs it at once.
 */
import type { ArticleBundle, CardBundle, RegionIndexEntry, RegionPack } from '../core/content-types';
import { DEFAULT_LANGUAGE } from '../core/languages';
import regionIndexJson from '../generated/region-index.json';

const packLoaders = import.meta.glob<RegionPack>('../generated/regions/*.json', {
  import: 'default',
});

const articleLoaders = import.meta.glob<ArticleBundle>('../generated/articles/*.json', {
  import: 'default',
});

const cardLoaders = import.meta.glob<CardBundle>('../generated/cards/*.json', {
  import: 'default',
});

/** The languages that have show-a-card texts (known without loading any). */
export const cardLanguages: readonly string[] = Object.keys(cardLoaders).map(
  (path) => /([a-z]{2,3})\.json$/.exec(path)?.[1] ?? '',
);

/** Every region that has a pack, sorted by name. */
export const regionIndex: readonly RegionIndexEntry[] = regionIndexJson as RegionIndexEntry[];

/** True when a pack exists for `code`. */
export function hasRegionPack(code: string): boolean {
  return regionIndex.some((entry) => entry.code === code);
}

// Packs already in memory, so a screen that mounts after boot (or after a scan)
// started loading them paints the numbers in its first render, not a frame later.
const loadedPacks = new Map<string, RegionPack>();

/** Loads a region's pack; rejects for an unknown code. */
export async function loadRegionPack(code: string): Promise<RegionPack> {
  const load = packLoaders[`../generated/regions/${code}.json`];
  if (!load) throw new Error(`No pack for region ${code}`);
  const pack = await load();
  loadedPacks.set(code, pack);
  return pack;
}

/** The pack for `code` if it has already loaded, without waiting. */
export function loadedRegionPack(code: string): RegionPack | undefined {
  return loadedPacks.get(code);
}

/**
 * Loads every article in `lang`, or in English when that language has none
 * yet; an empty bundle when there are no articles at all.
 */
export async function loadArticles(lang: string): Promise<ArticleBundle> {
  const load =
    articleLoaders[`../generated/articles/${lang}.json`] ??
    articleLoaders[`../generated/articles/${DEFAULT_LANGUAGE}.json`];
  return load ? load() : { lang: DEFAULT_LANGUAGE, articles: [] };
}

/**
 * Loads the show-a-card texts in `lang`, or in English when that language has
 * none (the bundle's `lang` says which); rejects only if English is missing too.
 */
export async function loadCards(lang: string): Promise<CardBundle> {
  const load =
    cardLoaders[`../generated/cards/${lang}.json`] ??
    cardLoaders[`../generated/cards/${DEFAULT_LANGUAGE}.json`];
  if (!load) throw new Error('No cards were built');
  return load();
}
