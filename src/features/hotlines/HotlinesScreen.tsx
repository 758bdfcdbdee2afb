/** Entry path. The region's hotlines: the first thing a person sees; set-up comes after them. */
import { useEffect, useState } from 'preact/hooks';
import type { RegionPack } from '../../core/content-types';
import type { FirstText } from '../cards';
import { fallbackLine } from '../../core/hotline-facts';
import { emergencyLine, hasOnlyEmergency, orderHotlines } from '../../core/hotline-order';
import { packText } from '../../core/pack-text';
import { GLOBAL_REGION } from '../../core/region-code';
import { regionDisplayName } from '../../core/region-names';
import { loadRegionPack, loadedRegionPack } from '../../content';
import { getSettings } from '../../app/settings';
import { lazyComponent } from '../../app/lazy-component';
import { t } from '../../app/i18n';
import { update, useAppState } from '../../app/store';
import { LazyAsk } from '../shell/lazy-ask';
import { VenueSection } from '../venue';
import { CallNote } from './CallNote';
import { PackText } from './PackText';
import { EmergencyBar, HotlineCard } from './HotlineCard';
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
// The place list under an unknown place's fallback numbers loads after them.
const RegionPicker = lazyComponent(() =>
  import('../regions/RegionsScreen').then((module) => module.RegionPicker),
);

type PackState =
  { status: 'loading' } | { status: 'ready'; pack: RegionPack } | { status: 'failed' };

/** Lists the active region's hotlines as one-tap links. */
export function HotlinesScreen({ region }: { region: string }) {
  const { language, venue, audience, place } = useAppState();
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
  // Once the numbers are on screen: the next offline reopen starts from them.
  useEffect(() => {
    if (!pack || audience !== null || venue !== null) return;
    // Its own chunk, after the first paint: the entry's bytes are what a slow first visit waits for.
    const timer = setTimeout(() => {
      void import('./view-snapshot')
        .then((module) => module.keepViewSnapshot(pack.code))
        .catch(() => undefined);
    }, 0);
    return () => clearTimeout(timer);
  }, [pack, language, audience, venue]);
  const lines = pack ? orderHotlines(pack.hotlines, audience) : [];
  const emergency = emergencyLine(lines);
  const unknownPlace = pack?.code === GLOBAL_REGION ? placeName(place, language) : null;
  const placeLabel = pack ? regionDisplayName(pack, language) : '';
  const onlyEmergency = pack !== null && pack.code !== GLOBAL_REGION && hasOnlyEmergency(lines);
  const regionNote = pack ? packText(pack.note, pack.translations, 'note', language) : null;
  // The first line is on screen at once; notes (and the one-time call-log note) come after it.
  const [firstLine, ...otherLines] = lines;
  const cardFor = (hotline: (typeof lines)[number], index: number) => (
    <HotlineCard
      key={hotline.id}
      hotline={hotline}
      language={language}
      next={fallbackLine(lines, index)}
      firstText={firstText}
    />
  );
  const changePlaceButton = (
    <button
      type="button"
      class="secondary"
      data-action="change-region"
      onClick={() => update({ screen: { name: 'regions' } })}
    >
      {t('hotlines:changePlace')}
    </button>
  );
  return (
    <section class="hotlines" aria-labelledby="hotlines-title" data-screen="hotlines">
      {emergency && <EmergencyBar hotline={emergency} />}
      <div class="hotlines-head">
        <h1
          id="hotlines-title"
          data-place={unknownPlace === null ? undefined : (place ?? undefined)}
        >
          {pack
            ? unknownPlace !== null
              ? t('hotlines:noPackTitle', { place: unknownPlace })
              : titleOf(pack, language)
            : t(packState.status === 'failed' ? 'hotlines:loadFailed' : 'loading')}
        </h1>
        {!pack && changePlaceButton}
      </div>
      {pack && (
        <>
          {unknownPlace !== null && <p class="region-note">{t('hotlines:noPackLead')}</p>}
          {/* A checked venue poster's own contacts come above the region's lines. */}
          <VenueSection
            region={pack.code}
            posterToken={venue?.region === pack.code ? venue.token : null}
          />
          <ul class="cards">{firstLine && cardFor(firstLine, 0)}</ul>
          {/* After the first line: on a small phone its buttons come before these. */}
          <div class="hotlines-tools">
            {changePlaceButton}
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
            {/* Ask without speaking: its button comes with its own chunk, after the hotlines. */}
            <LazyAsk />
          </div>
          {cardsOpen && <CardList pack={pack} language={language} id="card-list" />}
          <ul class="cards">
            {showNote && (
              <li class="call-note-item">
                <CallNote onDismiss={() => setShowNote(false)} />
              </li>
            )}
            {onlyEmergency && (
              <li class="region-note" data-only-emergency="">
                <p>{t('hotlines:onlyEmergency', { place: placeLabel })}</p>
                <p>{t('hotlines:findMore')}</p>
              </li>
            )}
            {regionNote && (
              <li class="region-note">
                <p data-region-note="">
                  <PackText shown={regionNote} language={language} />
                </p>
              </li>
            )}
            {otherLines.map((hotline, index) => cardFor(hotline, index + 1))}
          </ul>
          {unknownPlace !== null && <RegionPicker />}
          <WhatToSay pack={pack} language={language} />
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

// An unknown place is named in the person's language ("Antarctica"); the code if Intl can't.
function placeName(place: string | null, language: string): string | null {
  if (place === null) return null;
  return regionDisplayName(
    { code: place, name: place.toUpperCase(), country: place.toUpperCase() },
    language,
  );
}

function titleOf(pack: RegionPack, language: string): string {
  return pack.code === GLOBAL_REGION
    ? t('hotlines:titleElsewhere')
    : t('hotlines:title', { region: regionDisplayName(pack, language) });
}
