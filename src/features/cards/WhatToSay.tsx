/**
 * A few lines to read out if the person does call, folded away. Like a card,
 * each line comes in the region's own language first (what the person who
 * answers understands) with the person's language under it; once when they match.
 */
import { useEffect, useState } from 'preact/hooks';
import { textLanguage } from '../../core/cards';
import type { CardBundle, RegionPack } from '../../core/content-types';
import { findLanguage } from '../../core/languages';
import { cardLanguages, loadCards } from '../../content';
import { t } from '../../app/i18n';
import './cards.css';

type Bundles = { readonly region: CardBundle; readonly own: CardBundle };

/** Renders the lines for `pack`'s region and the person reading `language` inside a closed `<details>`. */
export function WhatToSay({ pack, language }: { pack: RegionPack; language: string }) {
  const [bundles, setBundles] = useState<Bundles | null>(null);
  const regionLanguage = textLanguage(pack.languages, cardLanguages);
  useEffect(() => {
    let current = true;
    Promise.all([loadCards(regionLanguage), loadCards(language)]).then(
      ([region, own]) => current && setBundles({ region, own }),
      () => current && setBundles(null),
    );
    return () => {
      current = false;
    };
  }, [regionLanguage, language]);
  if (!bundles) return null;
  const { region, own } = bundles;
  const ownLines = new Map(own.whatToSay.map((line) => [line.id, line.text]));
  const twoLanguages = own.lang !== region.lang;
  return (
    <details class="what-to-say card" data-what-to-say="">
      <summary>{t('cards:whatToSay')}</summary>
      <p class="meta">{t('cards:whatToSayHint')}</p>
      <ul>
        {region.whatToSay.map((line) => {
          const mine = ownLines.get(line.id);
          return (
            <li key={line.id}>
              <p class="say-line" lang={region.lang} dir={dirOf(region.lang)} data-say-line="">
                {line.text}
              </p>
              {twoLanguages && mine !== undefined && (
                <p class="say-line say-own" lang={own.lang} dir={dirOf(own.lang)} data-say-line="">
                  {mine}
                </p>
              )}
            </li>
          );
        })}
      </ul>
    </details>
  );
}

function dirOf(lang: string): 'ltr' | 'rtl' {
  return findLanguage(lang)?.dir ?? 'ltr';
}
