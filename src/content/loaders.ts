/**
 * The lazy half of the content API: one chunk that holds the loader for every
 * region pack, article bundle and card bundle, and the region index with names.
 * It is precached like every chunk, so it works offline, but the first paint
 * never waits for it: its size grows with each region and card language, and
 * the entry must not (issue #12, item 9). Only src/content/index.ts imports it.
 */
import type { ArticleBundle, CardBundle, RegionIndexEntry, RegionPack } from '../core/content-types';
import regionIndexJson from '../generated/region-index.json';

/** One loader per pack, keyed by region code. */
export const packLoaders: Readonly<Record<string, () => Promise<RegionPack>>> = byCode(
  import.meta.glob<RegionPack>('../generated/regions/*.json', { import: 'default' }),
);

/** One loader per article language, keyed by language code. */
export const articleLoaders: Readonly<Record<string, () => Promise<ArticleBundle>>> = byCode(
  import.meta.glob<ArticleBundle>('../generated/articles/*.json', { import: 'default' }),
);

/** One loader per card language, keyed by language code. */
export const cardLoaders: Readonly<Record<string, () => Promise<CardBundle>>> = byCode(
  import.meta.glob<CardBundle>('../generated/cards/*.json', { import: 'default' }),
);

/** Every region that has a pack, with its name and hotline count, sorted by name. */
export const regionIndex: readonly RegionIndexEntry[] = regionIndexJson as RegionIndexEntry[];

// "../generated/regions/gb.json" → "gb", "cards/zh-Hant.json" → "zh-Hant": the file name is
// the code (the build checks it).
function byCode<T>(loaders: Record<string, T>): Record<string, T> {
  return Object.fromEntries(
    Object.entries(loaders).map(([path, load]) => [/([^/]+)\.json$/.exec(path)?.[1] ?? path, load]),
  );
}
