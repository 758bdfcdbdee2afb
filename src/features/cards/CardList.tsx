/**
 * The cards to choose from, under the "Show a card" button on the hotline
 * screen. The top line of each is neutral ("Card 2"); what it says, in the
 * person's own language, is smaller underneath. One tap opens it full screen.
 */
import { useEffect, useState } from 'preact/hooks';
import type { RegionPack } from '../../core/content-types';
import { t } from '../../app/i18n';
import { update } from '../../app/store';
import { cardSetFor, type CardSet } from './card-data';
import { CardText } from './CardText';
import './cards.css';

type ListState = { status: 'loading' } | { status: 'ready'; set: CardSet } | { status: 'failed' };

/**
 * Lists the region's cards for the person; `id` is the list's element id (for
 * aria-controls). A card opens as the app's card screen, or through `onChoose`
 * where the caller shows it itself (ask without speaking keeps its own state).
 */
export function CardList({
  pack,
  language,
  id,
  onChoose,
}: {
  pack: RegionPack;
  language: string;
  id: string;
  onChoose?: (id: string) => void;
}) {
  const [state, setState] = useState<ListState>({ status: 'loading' });
  useEffect(() => {
    let current = true;
    cardSetFor(pack, language).then(
      (set) => current && setState({ status: 'ready', set }),
      () => current && setState({ status: 'failed' }),
    );
    return () => {
      current = false;
    };
  }, [pack, language]);

  if (state.status !== 'ready') {
    return (
      <div id={id} class="card-list" data-card-list="">
        <p>{state.status === 'failed' ? t('cards:loadFailed') : t('loading')}</p>
      </div>
    );
  }
  return (
    <div id={id} class="card-list" data-card-list="">
      <p class="meta">{t('cards:listHint')}</p>
      <ul class="card-choices">
        {state.set.cards.map((card, index) => {
          const own = card.lines.find((line) => line.own);
          return (
            <li key={card.id}>
              <button
                type="button"
                class="secondary card-choice"
                data-card-id={card.id}
                onClick={() =>
                  onChoose
                    ? onChoose(card.id)
                    : update({ screen: { name: 'card', id: card.id }, notice: null })
                }
              >
                <span class="card-choice-title">{t('cards:cardNumber', { n: index + 1 })}</span>
                {own && (
                  <span class="card-choice-preview" lang={own.lang} dir={own.dir}>
                    <CardText line={own} />
                  </span>
                )}
              </button>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
