/** The one-time, calm word that calls and texts leave a trace on the phone. */
import { saveSetting } from '../../app/settings';
import { t } from '../../app/i18n';

/** Renders the note; `onDismiss` hides it, and it is remembered as seen. */
export function CallNote({ onDismiss }: { onDismiss: () => void }) {
  return (
    <aside class="call-note" data-call-note="">
      <p>{t('hotlines:callNote.text')}</p>
      <button
        type="button"
        class="secondary"
        onClick={() => {
          onDismiss();
          void saveSetting('callNoteSeen', true);
        }}
      >
        {t('hotlines:callNote.dismiss')}
      </button>
    </aside>
  );
}
