/**
 * A venue's own contacts above the region's lines: "From the poster at
 * <name>", each one tap, and "Keep these contacts". A refused pack shows only
 * a calm sentence: nothing of what it said reaches the page.
 */
import { useEffect, useState } from 'preact/hooks';
import { formatPhoneNumber, telHref } from '../../core/dial-links';
import { keepVenuePack } from '../../storage/venue-packs';
import { t } from '../../app/i18n';
import { loadVenueView, type ShownVenue, type VenueView } from './venue-check';
import './venue.css';

/** Every venue pack to show for `region`, or the notice for a refused one. */
export function VenueSection({
  region,
  posterToken,
}: {
  region: string;
  posterToken: string | null;
}) {
  const [view, setView] = useState<VenueView | null>(null);

  useEffect(() => {
    let current = true;
    setView(null);
    void loadVenueView(region, posterToken).then(
      (loaded) => current && setView(loaded),
      () => current && setView(null),
    );
    return () => {
      current = false;
    };
  }, [region, posterToken]);

  if (!view) return null;
  const shown = [
    ...(typeof view.poster === 'object' && view.poster ? [view.poster] : []),
    ...view.kept,
  ];
  return (
    <>
      {view.poster === 'refused' && (
        <p class="venue-refused" role="status" data-venue-refused="">
          {t('venue:refused')}
        </p>
      )}
      {shown.map((venue) => (
        <VenueCard key={venue.token} venue={venue} />
      ))}
    </>
  );
}

type KeepState = 'idle' | 'kept' | 'memory';

function VenueCard({ venue }: { venue: ShownVenue }) {
  const { claims } = venue;
  const [keep, setKeep] = useState<KeepState>(venue.kept ? 'kept' : 'idle');
  const titleId = `venue-${claims.sub}`;
  const keepNow = async () => {
    const saved = await keepVenuePack({
      sub: claims.sub,
      r: claims.r,
      seq: claims.seq,
      token: venue.token,
    });
    setKeep(saved ? 'kept' : 'memory');
  };
  return (
    <section class="card venue" aria-labelledby={titleId} data-venue="">
      <h2 id={titleId}>{t('venue:from', { name: claims.name })}</h2>
      <ul class="venue-contacts">
        {claims.c.map((contact) => (
          <li key={contact.phone} data-venue-contact="" data-purpose={contact.purpose}>
            <p class="hotline-purpose">
              {t(`hotlines:purpose.${contact.purpose}`, { defaultValue: '' })}
            </p>
            <h3>{contact.name}</h3>
            <a class="button" href={telHref(contact)} data-link="call">
              <span>{t('hotlines:call')}</span>
              <bdi dir="ltr">{formatPhoneNumber(contact.phone)}</bdi>
            </a>
            {contact.hours && <p class="meta">{t('hotlines:hours', { hours: contact.hours })}</p>}
          </li>
        ))}
      </ul>
      {keep === 'idle' ? (
        <button
          type="button"
          class="secondary"
          data-action="keep-venue"
          onClick={() => void keepNow()}
        >
          {t('venue:keep')}
        </button>
      ) : (
        <p class="meta" role="status" data-venue-kept={keep}>
          {t(keep === 'kept' ? 'venue:kept' : 'venue:keptInMemory')}
        </p>
      )}
    </section>
  );
}
