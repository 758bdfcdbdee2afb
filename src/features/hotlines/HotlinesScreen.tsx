/** Entry path. The region's hotlines: the first thing a person sees; set-up comes after them. */
import { useEffect, useState } from 'preact/hooks';
import type { RegionPack } from '../../core/content-types';
import type { FirstText } from '../cards';
import { GLOBAL_REGION } from '../../core/region-code';
import { regionDisplayName } from '../../core/region-names';
import { loadRegionPack, loadedRegionPack } from '../../content';
import { getSettings } from '../../app/settings';
import { lazyComponent } from '../../app/lazy-component';
import { t } from '../../app/i18n';
import { update, useAppState } from '../../app/store';
import { CallNote } from './CallNote';
import { HotlineCard } from './HotlineCard';
import './hotlines.css';

// Set-up comes after help: it loads once the hotlines are on screen.
const SetupPanel = lazyComponent(() =>
  import('../install/SetupPanel').then((module) => module.SetupPanel),
);
// Cards load when asked for; the call lines once the hotlines are on screen.
const CardList = lazyComponent(() => import('../cards').then((module) => module.CardList), {
  loading: () => <p>{t('loading')}</p>,
});
const WhatToSay = lazyComponent(() => import('../cards').then((module) => module.WhatToSay));

type PackState =
  { status: 'loading' } | { status: 'ready'; pack: RegionPack } | { status: 'failed' };

/** Lists the active region's hotlines as one-tap links. */
export function HotlinesScreen({ region }: { region: string }) {
  const { language } = useAppState();
  const [packState, setPackState] = useState<PackState>(() => loadedState(region));
  const [showNote, setShowNote] = useState(() => !getSettings().callNoteSeen);
  const [cardsOpen, setCardsOpen] = useState(false);
  const [firstText, setFirstText] = useState<FirstText | null>(null);

  useEffect(() => {
    const ready = loadedState(region);
    // Keep the same object when the first render already had this pack: no second render.
    setPackState((shown) => (isSamePack(shown, ready) ? shown : ready));
    if (ready.status === 'ready') return;
    let current = true;
    loadRegionPack(region).then(
      (pack) => current && setPackState({ status: 'ready', pack }),
      () => current && setPackState({ status: 'failed' }),
    );
    return () => {
      current = false;
    };
  }, [region]);

  const pack = packState.status === 'ready' ? packState.pack : null;

  // Text lines' links gain a first message once it loads; until then they carry the keyword.
  useEffect(() => {
    setFirstText(null);
    if (!pack?.hotlines.some((hotline) => hotline.sms)) return;
    let current = true;
    import('../cards')
      .then((module) => module.loadFirstText(pack, language))
      .then(
        (loaded) => current && setFirstText(loaded),
        () => undefined,
      );
    return () => {
      current = false;
    };
  }, [pack, language]);
  return (
    <section class="hotlines" aria-labelledby="hotlines-title" data-screen="hotlines">
      <div class="hotlines-head">
        <h1 id="hotlines-title">
          {pack
            ? titleOf(pack, language)
            : t(packState.status === 'failed' ? 'hotlines:loadFailed' : 'loading')}
        </h1>
        <button
          type="button"
          class="secondary"
          data-action="change-region"
          onClick={() => update({ screen: { name: 'regions' } })}
        >
          {t('hotlines:changePlace')}
        </button>
        {pack && (
          <button
            type="button"
            class="secondary"
            data-action="show-cards"
            aria-expanded={cardsOpen}
            aria-controls={cardsOpen ? 'card-list' : undefined}
            onClick={() => setCardsOpen(!cardsOpen)}
          >
            {t('cards:show')}
          </button>
        )}
      </div>
      {pack && (
        <>
          {cardsOpen && <CardList pack={pack} language={language} id="card-list" />}
          {pack.note && <p class="region-note">{pack.note}</p>}
          {showNote && <CallNote onDismiss={() => setShowNote(false)} />}
          <ul class="cards">
            {pack.hotlines.map((hotline) => (
              <HotlineCard
                key={hotline.id}
                hotline={hotline}
                language={language}
                firstText={firstText}
              />
            ))}
          </ul>
          <WhatToSay language={language} />
        </>
      )}
      <SetupPanel />
    </section>
  );
}

// Boot and the scanner warm the pack before this screen shows: then it renders ready.
function loadedState(region: string): PackState {
  const pack = loadedRegionPack(region);
  return pack ? { status: 'ready', pack } : { status: 'loading' };
}

function isSamePack(a: PackState, b: PackState): boolean {
  return a.status === 'ready' && b.status === 'ready' && a.pack === b.pack;
}

function titleOf(pack: RegionPack, language: string): string {
  return pack.code === GLOBAL_REGION
    ? t('hotlines:titleElsewhere')
    : t('hotlines:title', { region: regionDisplayName(pack, language) });
}
