/** The two things the service worker ever needs to say, calmly and once. */
import { useEffect, useState } from 'preact/hooks';
import { t } from '../../app/i18n';
import { subscribeUpdates, type UpdateEvent } from './update-events';

/** Shows the worker's one-line notices. */
export function UpdateNotice() {
  const [event, setEvent] = useState<UpdateEvent | null>(null);
  useEffect(() => subscribeUpdates(setEvent), []);
  if (!event) return null;
  if (event.type === 'offline-ready') {
    // Closable: with large text on a small screen it would otherwise cover the numbers for good.
    return (
      <div class="toast" role="status" data-sw="offline-ready">
        <span>{t('update:offlineReady')}</span>
        <button type="button" class="secondary" onClick={() => setEvent(null)}>
          {t('close')}
        </button>
      </div>
    );
  }
  return (
    <div class="toast" role="status" data-sw="update-ready">
      <span>{t('update:updateReady')}</span>
      <button type="button" data-action="apply-update" onClick={event.apply}>
        {t('update:updateNow')}
      </button>
      <button type="button" class="secondary" onClick={() => setEvent(null)}>
        {t('update:later')}
      </button>
    </div>
  );
}
