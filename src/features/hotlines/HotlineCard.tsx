/**
 * Entry path. One hotline: who runs it, the silent ways first (text, WhatsApp,
 * chat), then the one-tap call, or the digits to dial where a link can't.
 */
import { useState } from 'preact/hooks';
import type { Hotline } from '../../core/content-types';
import { formatPhoneNumber, smsBody, smsHref, telHref } from '../../core/dial-links';
import { formatIsoDay, formatLanguageList } from '../../core/display-format';
import { isAlwaysOpen, provenanceOf, voiceRoute, whatsappHref } from '../../core/hotline-facts';
import { packText } from '../../core/pack-text';
import type { FirstText } from '../cards';
import { t } from '../../app/i18n';
import { ReadAloudButton } from '../read-aloud/ReadAloudButton';
import { lazyComponent } from '../../app/lazy-component';
import { DialDigits } from './DialDigits';
import { LeaveLink } from './LeaveLink';
import { PackText, Sentence } from './PackText';

// Only packs with a text line need it, and only once the first message has loaded.
const ReadyText = lazyComponent(() => import('../cards').then((module) => module.ReadyText));
// Few lines have hours other than 24/7; reading them needs a parser the first paint can skip.
const OpeningHours = lazyComponent(() =>
  import('./OpeningHours').then((module) => module.OpeningHours),
);

/**
 * Renders a hotline card; `language` formats its dates and languages, `next`
 * is the line to suggest if this one doesn't connect, and a text line's link
 * carries `firstText` (when loaded) after the keyword.
 */
export function HotlineCard(props: {
  hotline: Hotline;
  language: string;
  next?: Hotline | undefined;
  firstText?: FirstText | null;
}) {
  const { hotline, language, firstText, next } = props;
  const { sms, whatsapp } = hotline;
  const web = hotline.chat ?? hotline.website;
  const voice = voiceRoute(hotline);
  const provenance = provenanceOf(hotline, next);
  const note = packText(hotline.note, hotline.translations, 'note', language);
  const coverage = packText(hotline.coverage, hotline.translations, 'coverage', language);
  const alwaysOpen = isAlwaysOpen(hotline.hours);
  return (
    <li
      class="card hotline"
      data-hotline={hotline.id}
      data-purpose={hotline.purpose}
      data-run-by={hotline.run_by}
    >
      <p class="hotline-purpose">{t(`hotlines:purpose.${hotline.purpose}`)}</p>
      <h2>{hotline.name}</h2>
      <p class={`run-by run-by-${hotline.run_by}`} data-run-by-note="">
        {runByText(hotline)}
      </p>
      {coverage && (
        <p class="meta coverage">
          <Sentence
            tKey="hotlines:coverage"
            name="area"
            part={<PackText shown={coverage} language={language} />}
          />
        </p>
      )}
      <div class="hotline-actions">
        {sms && (
          <a class="button" href={smsHref(sms, firstText?.text)} data-link="text">
            <span>{t('hotlines:text')}</span>
            <bdi dir="ltr">{formatPhoneNumber(sms.number)}</bdi>
          </a>
        )}
        {whatsapp && (
          <a class="button" href={whatsappHref(whatsapp)} data-link="whatsapp">
            <span>{t('hotlines:whatsapp')}</span>
            <bdi dir="ltr">{formatPhoneNumber(whatsapp)}</bdi>
          </a>
        )}
        {web && (
          <LeaveLink
            href={web}
            label={t(hotline.chat ? 'hotlines:chat' : 'hotlines:website')}
            kind={hotline.chat ? 'chat' : 'website'}
          />
        )}
        {voice === 'tel' && (
          <a class="button" href={telHref(hotline)} data-link="call">
            <span>{t('hotlines:call')}</span>
            <bdi dir="ltr">{formatPhoneNumber(hotline.phone)}</bdi>
          </a>
        )}
      </div>
      {whatsapp && <p class="meta">{t('hotlines:whatsappNote')}</p>}
      {voice === 'dial' && hotline.dial && <DialDigits digits={hotline.dial} />}
      {voice === 'none' && <p class="meta">{t('hotlines:noCalls')}</p>}
      {sms && firstText ? (
        <ReadyText body={smsBody(sms, firstText.text)} firstText={firstText} />
      ) : (
        sms?.keyword && <p class="meta">{t('hotlines:textKeyword', { keyword: sms.keyword })}</p>
      )}
      {note && (
        <p class="hotline-note" data-note="">
          <PackText shown={note} language={language} />
        </p>
      )}
      {(hotline.hours !== undefined || hotline.free === true) && (
        <p class="meta" data-hours="">
          {alwaysOpen
            ? t('hotlines:open247')
            : hotline.hours !== undefined && (
                <OpeningHours hours={hotline.hours} language={language} />
              )}
          {hotline.hours !== undefined && hotline.free === true && ' · '}
          {hotline.free === true && t('hotlines:free')}
        </p>
      )}
      {hotline.languages && (
        <p class="meta">
          {t('hotlines:languages', { languages: formatLanguageList(hotline.languages, language) })}
        </p>
      )}
      {hotline.source_date && (
        <p class="meta" data-source-date={hotline.source_date}>
          {t('hotlines:sourceDate', { date: formatIsoDay(hotline.source_date, language) })}
        </p>
      )}
      {provenance && (
        <p class="provenance" data-provenance={provenance.kind}>
          {provenance.kind === 'old'
            ? t('hotlines:provenance.old', { year: String(provenance.year) })
            : t('hotlines:provenance.secondary')}{' '}
          {provenance.next !== null && t('hotlines:provenance.tryNext', { name: provenance.next })}
        </p>
      )}
      <ReadAloudButton
        text={() =>
          [
            t(`hotlines:purpose.${hotline.purpose}`),
            hotline.name,
            runByText(hotline),
            voice === 'tel' ? `${t('hotlines:call')} ${formatPhoneNumber(hotline.phone)}` : '',
            voice === 'dial' && hotline.dial ? t('hotlines:dial', { digits: hotline.dial }) : '',
            alwaysOpen
              ? t('hotlines:open247')
              : hotline.hours
                ? t('hotlines:hours', { hours: hotline.hours })
                : '',
          ]
            .filter(Boolean)
            .join('.\n')
        }
      />
    </li>
  );
}

// Said before the buttons: someone without papers may fear a line run by police or immigration.
function runByText(hotline: Hotline): string {
  const operator = hotline.operator;
  if (hotline.run_by === 'authority') {
    return operator
      ? t('hotlines:runBy.authorityNamed', { operator })
      : t('hotlines:runBy.authority');
  }
  return operator
    ? t('hotlines:runBy.independentNamed', { operator })
    : t('hotlines:runBy.independent');
}

/** The emergency number as one compact tap, or its digits where a link can't dial it. */
export function EmergencyBar({ hotline }: { hotline: Hotline }) {
  const voice = voiceRoute(hotline);
  const [showDigits, setShowDigits] = useState(false);
  if (voice === 'none') return null;
  return (
    <div class="emergency-bar" data-emergency="">
      {voice === 'tel' ? (
        <a class="button emergency-call" href={telHref(hotline)} data-link="emergency">
          <span>{t('hotlines:emergencyCall')}</span>
          <bdi dir="ltr">{formatPhoneNumber(hotline.phone)}</bdi>
        </a>
      ) : (
        <button
          type="button"
          class="emergency-call"
          data-link="emergency"
          aria-expanded={showDigits}
          onClick={() => setShowDigits(!showDigits)}
        >
          <span>{t('hotlines:emergencyCall')}</span>
          <bdi dir="ltr">{hotline.dial}</bdi>
        </button>
      )}
      {showDigits && hotline.dial && <DialDigits digits={hotline.dial} />}
    </div>
  );
}
