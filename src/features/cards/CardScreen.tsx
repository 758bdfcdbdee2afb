/**
 * One card, full screen, to show to someone the person chooses: the region's
 * language(s) in big type, the person's own language underneath. It renders
 * inside the app tree, so the quick exit's synchronous cover render removes
 * it with everything else; the exit button stays above it in the header.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../../app/i18n';
import { update } from '../../app/store';
import { loadCardSet, type CardSet } from './card-data';
import { CardText } from './CardText';
import './cards.css';

type ScreenState = { status: 'loading' } | { status: 'ready'; set: CardSet } | { status: 'failed' };

/**
 * Shows card `id` of `region` for a person reading `language`; one tap closes
 * it, back to the hotlines or to `onClose` where the caller opened it itself.
 */
export function CardScreen(props: {
  id: string;
  region: string;
  language: string;
  onClose?: () => void;
}) {
  const { id, region, language, onClose } = props;
  const [state, setState] = useState<ScreenState>({ status: 'loading' });
  const face = useRef<HTMLDivElement>(null);

  useEffect(() => {
    let current = true;
    loadCardSet(region, language).then(
      (set) => current && setState({ status: 'ready', set }),
      () => current && setState({ status: 'failed' }),
    );
    return () => {
      current = false;
    };
  }, [region, language]);

  const card =
    state.status === 'ready' ? state.set.cards.find((entry) => entry.id === id) : undefined;
  // A screen reader starts on the card, not on whatever had focus on the list.
  useEffect(() => {
    if (card) face.current?.focus();
  }, [card]);

  const close = onClose ?? (() => update({ screen: { name: 'hotlines' } }));
  const hotline = state.status === 'ready' ? state.set.hotline : undefined;
  return (
    <section class="card-screen" data-screen="card" data-card={card ? id : undefined}>
      <div class="card-face" ref={face} tabIndex={-1}>
        {card ? (
          <>
            {card.lines.map((line) => (
              <p
                key={line.lang}
                class={line.region ? 'card-text' : 'card-text card-text-own'}
                lang={line.lang}
                dir={line.dir}
                data-lang={line.lang}
              >
                <CardText line={line} />
              </p>
            ))}
            {card.namesHotline && hotline && (
              <p class="card-hotline" dir="auto">
                {hotline.name}
              </p>
            )}
          </>
        ) : (
          <p>
            {state.status === 'loading'
              ? t('loading')
              : t(state.status === 'failed' ? 'cards:loadFailed' : 'cards:notFound')}
          </p>
        )}
      </div>
      <button type="button" class="card-close" data-action="close-card" onClick={close}>
        {t('close')}
      </button>
    </section>
  );
}
