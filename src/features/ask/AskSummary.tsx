/**
 * The summary for the helper, in the helper's language: each answer beside
 * its question, what the "yes" answers point to, that this is not a
 * diagnosis, the region's numbers for a referral (one tap each), and a card
 * to show the person in their own language.
 */
import type { TFunction } from 'i18next';
import { useEffect, useRef, useState } from 'preact/hooks';
import { indicatorsPointedTo, type AskAnswer } from '../../core/ask-flow';
import type { AskSet } from '../../core/ask-schema';
import type { Hotline, RegionPack } from '../../core/content-types';
import { formatPhoneNumber, telHref } from '../../core/dial-links';
import { loadRegionPack } from '../../content';
import { t as appT } from '../../app/i18n';
import { lazyComponent } from '../../app/lazy-component';

// The lines a helper refers to, in this order: the one the questions are about first.
const REFERRAL_PURPOSES: readonly Hotline['purpose'][] = ['trafficking', 'child', 'emergency'];

// Cards load when the helper asks for one, keeping the entry's loader for this feature small.
const CardList = lazyComponent(() => import('../cards').then((module) => module.CardList));
const CardScreen = lazyComponent(() => import('../cards').then((module) => module.CardScreen));

/** Renders the summary of `answers` to `set` (questions in the helper's language). */
export function AskSummary(props: {
  t: TFunction;
  set: AskSet;
  answers: readonly AskAnswer[];
  region: string;
  personLang: string;
  onFinish: () => void;
}) {
  const { t, set, answers, region, personLang, onFinish } = props;
  const [pack, setPack] = useState<RegionPack | null>(null);
  const [cardsOpen, setCardsOpen] = useState(false);
  const [card, setCard] = useState<string | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    let current = true;
    loadRegionPack(region).then(
      (loaded) => current && setPack(loaded),
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [region]);
  useEffect(() => {
    if (card === null) heading.current?.focus();
  }, [card]);

  if (card !== null) {
    return (
      <CardScreen id={card} region={region} language={personLang} onClose={() => setCard(null)} />
    );
  }

  const hits = indicatorsPointedTo(set, answers);
  const indicatorName = (id: string) => t(`indicator.${id}`);
  const referral = pack
    ? REFERRAL_PURPOSES.flatMap((purpose) =>
        pack.hotlines.filter((hotline) => hotline.purpose === purpose && hotline.call !== false),
      )
    : [];
  return (
    <section
      class="ask-summary"
      data-summary=""
      data-screen="ask-summary"
      aria-labelledby="ask-summary-title"
    >
      <h1 id="ask-summary-title" ref={heading} tabIndex={-1}>
        {t('summary.title')}
      </h1>
      <p class="ask-not-diagnosis" data-not-diagnosis="">
        {t('summary.notDiagnosis')}
      </p>
      <ol class="ask-answer-list">
        {set.questions.map((question, index) => {
          const answer = answers[index] ?? 'skip';
          return (
            <li key={question.id} data-answer-of={question.id} data-given={answer}>
              <p>{question.text}</p>
              <p class="ask-given">
                <strong>{t(`summary.answer.${answer}`)}</strong>
              </p>
              {answer === 'yes' && (
                <p class="meta">
                  {t('summary.pointsTo', {
                    indicators: question.indicators.map(indicatorName).join(', '),
                  })}
                </p>
              )}
            </li>
          );
        })}
      </ol>
      <h2>{t('summary.indicators')}</h2>
      {hits.length > 0 ? (
        <ul class="ask-indicators">
          {hits.map((hit) => (
            <li key={hit.indicator} data-indicator={hit.indicator}>
              {indicatorName(hit.indicator)}
            </li>
          ))}
        </ul>
      ) : (
        <p>{t('summary.noYes')}</p>
      )}
      <h2>{t('summary.numbers')}</h2>
      <ul class="ask-referral">
        {referral.map((hotline) => (
          <li key={hotline.id} data-purpose={hotline.purpose}>
            <a class="button" href={telHref(hotline)} data-link="call">
              <span>
                {appT(`hotlines:purpose.${hotline.purpose}`)}: {hotline.name}
              </span>
              <bdi dir="ltr">{formatPhoneNumber(hotline.phone)}</bdi>
            </a>
          </li>
        ))}
      </ul>
      <p class="meta">
        {t('summary.source', {
          source: `${set.source.title}. ${set.source.publisher}, ${set.source.published.slice(0, 4)}`,
        })}
      </p>
      <div class="ask-summary-actions">
        <button
          type="button"
          class="secondary"
          data-action="ask-show-card"
          aria-expanded={cardsOpen}
          aria-controls={cardsOpen ? 'ask-card-list' : undefined}
          onClick={() => setCardsOpen(!cardsOpen)}
        >
          {t('summary.showCard')}
        </button>
        {cardsOpen && pack && (
          <CardList pack={pack} language={personLang} id="ask-card-list" onChoose={setCard} />
        )}
        <button type="button" data-action="ask-finish" onClick={onFinish}>
          {t('summary.finish')}
        </button>
      </div>
    </section>
  );
}
