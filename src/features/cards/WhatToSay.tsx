/** A few lines to read out if the person does call, in their own language, folded away. */
import { useEffect, useState } from 'preact/hooks';
import type { CardBundle } from '../../core/content-types';
import { findLanguage } from '../../core/languages';
import { loadCards } from '../../content';
import { t } from '../../app/i18n';
import './cards.css';

/** Renders the lines in `language` (English if it has none) inside a closed `<details>`. */
export function WhatToSay({ language }: { language: string }) {
  const [bundle, setBundle] = useState<CardBundle | null>(null);
  useEffect(() => {
    let current = true;
    loadCards(language).then(
      (loaded) => current && setBundle(loaded),
      () => current && setBundle(null),
    );
    return () => {
      current = false;
    };
  }, [language]);
  if (!bundle) return null;
  return (
    <details class="what-to-say card" data-what-to-say="">
      <summary>{t('cards:whatToSay')}</summary>
      <p class="meta">{t('cards:whatToSayHint')}</p>
      <ul lang={bundle.lang} dir={findLanguage(bundle.lang)?.dir ?? 'ltr'}>
        {bundle.whatToSay.map((line) => (
          <li key={line.id}>{line.text}</li>
        ))}
      </ul>
    </details>
  );
}
