/** The truth about the disguise: what it hides and what it can't. Shown at set-up and in settings. */
import { t } from '../../app/i18n';

const limits = ['address', 'fixed', 'calls', 'history'] as const;

/** What the disguise hides, then what it cannot hide. */
export function HonestyNote() {
  return (
    <div class="honesty" data-honesty="">
      <h3>{t('privacy:honesty.title')}</h3>
      <p>{t('privacy:honesty.hides')}</p>
      <ul>
        {limits.map((key) => (
          <li key={key}>{t(`privacy:honesty.${key}`)}</li>
        ))}
      </ul>
    </div>
  );
}
