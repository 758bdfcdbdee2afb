/**
 * The first message a text line's link pre-fills: written in the region's
 * main language (so the service can read it), with its meaning in the
 * person's own language when that differs. Lazy: only packs with a text line
 * load it, after the hotlines are on screen.
 */
import { textLanguage } from '../../core/cards';
import type { RegionPack } from '../../core/content-types';
import { findLanguage } from '../../core/languages';
import { cardLanguages, loadCards } from '../../content';

/** A pre-filled first message and, when the person reads another language, what it says. */
export interface FirstText {
  readonly text: string;
  readonly lang: string;
  readonly dir: 'ltr' | 'rtl';
  readonly meaning?: { readonly text: string; readonly lang: string; readonly dir: 'ltr' | 'rtl' };
}

/** Loads the first message for `pack`'s text lines, for a person reading `language`. */
export async function loadFirstText(pack: RegionPack, language: string): Promise<FirstText> {
  const [region, own] = await Promise.all([
    loadCards(textLanguage(pack.languages, cardLanguages)),
    loadCards(language),
  ]);
  const meaning =
    own.lang === region.lang || own.firstText === region.firstText
      ? undefined
      : { text: own.firstText, lang: own.lang, dir: dirOf(own.lang) };
  return { text: region.firstText, lang: region.lang, dir: dirOf(region.lang), meaning };
}

function dirOf(lang: string): 'ltr' | 'rtl' {
  return findLanguage(lang)?.dir ?? 'ltr';
}
