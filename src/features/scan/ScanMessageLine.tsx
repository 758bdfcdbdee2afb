/** The one calm sentence shown beside the camera, the photo or the typed code. */
import { t } from '../../app/i18n';
import { update } from '../../app/store';

/** Where a payload came from, so its message shows beside it. */
export type ScanSource = 'camera' | 'photo' | 'typed';

/** One sentence for one source; `reason` names it for tests and styles. */
export interface ScanMessage {
  source: ScanSource;
  key: string;
  reason: string;
}

/** The live, calm sentence for one source (empty until there is something to say). */
export function ScanMessageLine({
  message,
  source,
}: {
  message: ScanMessage | null;
  source: ScanSource;
}) {
  const shown = message?.source === source ? message : null;
  // A refused code is never a dead end: the place list is one tap away.
  const refused = shown?.key.startsWith('scan:refused.') === true;
  return (
    <>
      <p class="scan-message" role="status" data-scan-message={source} data-reason={shown?.reason}>
        {shown ? t(shown.key) : ''}
      </p>
      {refused && (
        <button
          type="button"
          class="secondary"
          data-action="choose-from-list"
          onClick={() => update({ screen: { name: 'regions' } })}
        >
          {t('scan:chooseFromList')}
        </button>
      )}
    </>
  );
}
