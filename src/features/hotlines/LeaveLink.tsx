/**
 * Entry path. A link to a line's website or chat. It opens in this tab, never a
 * new one the quick exit can't hide, and only after saying that it leaves Lantern.
 */
import { useState } from 'preact/hooks';
import { t } from '../../app/i18n';

/** A button that first says the site leaves Lantern, then offers the real link. */
export function LeaveLink({
  href,
  label,
  kind,
}: {
  href: string;
  label: string;
  kind: 'chat' | 'website';
}) {
  const [asked, setAsked] = useState(false);
  if (!asked) {
    return (
      <button
        type="button"
        class="button secondary"
        data-link={kind}
        aria-expanded={false}
        onClick={() => setAsked(true)}
      >
        {label}
      </button>
    );
  }
  return (
    <div class="leave-note" role="group" data-leave={kind}>
      <p>{t('hotlines:leave.text')}</p>
      <a class="button" href={href} rel="noreferrer" data-link={`${kind}-open`}>
        {t('hotlines:leave.open')}
      </a>
      <button type="button" class="secondary" onClick={() => setAsked(false)}>
        {t('hotlines:leave.stay')}
      </button>
    </div>
  );
}
