/** An update waiting for the person's consent: a toast until they answer. */
import { useEffect, useState } from 'preact/hooks';
import { t } from '../../app/i18n';
import { subscribeUpdates, type UpdateEvent } from './update-events';

/** Shows the update offer. */
export function UpdateNotice() {
  const [event, setEvent] = useState<UpdateEvent | null>(null);
  useEffect(() => subscribeUpdates(setEvent), []);
  // The offline-ready line is OfflineReadyNotice's, in the flow of the screen.
  if (event?.type !== 'update-ready') return null;
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
