/**
 * Loads what a card needs (the region pack and the bundles of the languages it
 * is shown in) and renders it with the pure rules in src/core/cards.ts. The
 * JSON comes from the precache, so cards work offline; nothing is kept here,
 * so a quick exit leaves no card text in this module.
 */
import { neededCardLanguages, renderCards, type RenderedCard } from '../../core/cards';
import type { CardBundle, Hotline, RegionPack } from '../../core/content-types';
import { cardHotline } from '../../core/cards';
import { cardLanguages, loadCards, loadRegionPack } from '../../content';
import { getState } from '../../app/store';

/** A region's cards for one person, and the hotline they name. */
export interface CardSet {
  readonly cards: readonly RenderedCard[];
  readonly hotline: Hotline | undefined;
  /** The person's own bundle (for lines shown only in their language). */
  readonly own: CardBundle;
}

/** Loads and renders every card of `region` for a person reading `language`. */
export async function loadCardSet(region: string, language: string): Promise<CardSet> {
  return cardSetFor(await loadRegionPack(region), language);
}

/** Renders every card of an already loaded pack for a person reading `language`. */
export async function cardSetFor(pack: RegionPack, language: string): Promise<CardSet> {
  const needed = neededCardLanguages(pack.languages, language, cardLanguages);
  const loaded = await Promise.all(needed.map((lang) => loadCards(lang)));
  const bundles = new Map(loaded.map((bundle) => [bundle.lang, bundle]));
  const own = loaded[loaded.length - 1];
  if (!own) throw new Error('No cards for this language');
  const { audience } = getState();
  return {
    cards: renderCards({
      pack,
      own: language,
      available: cardLanguages,
      bundles,
      audience,
    }),
    hotline: cardHotline(pack, audience),
    own,
  };
}
