/** Entry path. One hotline: the silent ways first (text, chat), then the one-tap call. */
import type { Hotline } from '../../core/content-types';
import { formatPhoneNumber, smsBody, smsHref, telHref } from '../../core/dial-links';
import { formatIsoDay, formatLanguageList } from '../../core/display-format';
import type { FirstText } from '../cards';
import { t } from '../../app/i18n';
import { ReadAloudButton } from '../read-aloud/ReadAloudButton';
import { lazyComponent } from '../../app/lazy-component';

// Only packs with a text line need it, and only once the first message has loaded.
const ReadyText = lazyComponent(() => import('../cards').then((module) => module.ReadyText));

/**
 * Renders a hotline card; `language` formats its date and languages, and a
 * text line's link carries `firstText` (when loaded) after the keyword.
 */
export function HotlineCard(props: {
  hotline: Hotline;
  language: string;
  firstText?: FirstText | null;
}) {
  const { hotline, language, firstText } = props;
  const { sms, chat } = hotline;
  return (
    <li class="card hotline" data-hotline={hotline.id} data-purpose={hotline.purpose}>
      <p class="hotline-purpose">{t(`hotlines:purpose.${hotline.purpose}`)}</p>
      <h2>{hotline.name}</h2>
      <div class="hotline-actions">
        {sms && (
          <a class="button" href={smsHref(sms, firstText?.text)} data-link="text">
            <span>{t('hotlines:text')}</span>
            <bdi dir="ltr">{formatPhoneNumber(sms.number)}</bdi>
          </a>
        )}
        {chat && (
          <a class="button" href={chat} data-link="chat" target="_blank" rel="noreferrer noopener">
            {t('hotlines:chat')}
          </a>
        )}
        <a class="button" href={telHref(hotline)} data-link="call">
          <span>{t('hotlines:call')}</span>
          <bdi dir="ltr">{formatPhoneNumber(hotline.phone)}</bdi>
        </a>
      </div>
      {sms && firstText ? (
        <ReadyText body={smsBody(sms, firstText.text)} firstText={firstText} />
      ) : (
        sms?.keyword && <p class="meta">{t('hotlines:textKeyword', { keyword: sms.keyword })}</p>
      )}
      {hotline.note && <p class="hotline-note">{hotline.note}</p>}
      {hotline.hours && <p class="meta">{t('hotlines:hours', { hours: hotline.hours })}</p>}
      {hotline.languages && (
        <p class="meta">
          {t('hotlines:languages', { languages: formatLanguageList(hotline.languages, language) })}
        </p>
      )}
      <p class="meta">
        {t('hotlines:checked', { date: formatIsoDay(hotline.verified, language) })}
      </p>
      <ReadAloudButton
        text={() =>
          [
            t(`hotlines:purpose.${hotline.purpose}`),
            hotline.name,
            `${t('hotlines:call')} ${formatPhoneNumber(hotline.phone)}`,
            hotline.hours ? t('hotlines:hours', { hours: hotline.hours }) : '',
          ]
            .filter(Boolean)
            .join('.\n')
        }
      />
    </li>
  );
}
