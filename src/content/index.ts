/**
 * Entry path. The one typed content API the UI reads through. Only the region and card
 * language codes are in the entry bundle (one short string each), because
 * validating a `?r=` code at boot can't wait; the loader maps and the region
 * index with names are one lazy chunk (./loaders), so adding a region or a card
 * language adds nothing to the first paint. Packs and bundles are lazy JSON
 * chunks, precached by the service worker, so every region works offline.
 */
import type { ArticleBundle, CardBundle, RegionIndexEntry, RegionPack } from '../core/content-types';
import { DEFAULT_LANGUAGE } from '../core/languages';
import contentCodes from '../generated/content-codes.json';
import { codeList } from './code-list';

const regionCodes: ReadonlySet<string> = new Set(codeList(contentCodes.regions));

/** The languages that have show-a-card texts (known without loading any). */
export const cardLanguages: readonly string[] = codeList(contentCodes.cards);

/** True when a pack exists for `code`. */
export function hasRegionPack(code: string): boolean {
  return regionCodes.has(code);
}

let loaders: Promise<typeof import('./loaders')> | undefined;
// One import, shared: every caller after the first gets the same promise.
function contentLoaders(): Promise<typeof import('./loaders')> {
  loaders ??= import('./loaders');
  return loaders;
}

/** Every region that has a pack, sorted by name (loads the names on first use). */
export async function loadRegionIndex(): Promise<readonly RegionIndexEntry[]> {
  return (await contentLoaders()).regionIndex;
}

// Packs already in memory, so a screen that mounts after boot (or after a scan)
// started loading them paints the numbers in its first render, not a frame later.
const loadedPacks = new Map<string, RegionPack>();

/** Loads a region's pack; rejects for an unknown code. */
export async function loadRegionPack(code: string): Promise<RegionPack> {
  const load = hasRegionPack(code) ? (await contentLoaders()).packLoaders[code] : undefined;
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
  const { articleLoaders } = await contentLoaders();
  const load = articleLoaders[lang] ?? articleLoaders[DEFAULT_LANGUAGE];
  return load ? load() : { lang: DEFAULT_LANGUAGE, articles: [] };
}

/**
 * Loads the show-a-card texts in `lang`, or in English when that language has
 * none (the bundle's `lang` says which); rejects only if English is missing too.
 */
export async function loadCards(lang: string): Promise<CardBundle> {
  const { cardLoaders } = await contentLoaders();
  const load = cardLoaders[lang] ?? cardLoaders[DEFAULT_LANGUAGE];
  if (!load) throw new Error('No cards were built');
  return load();
}
