/** The store's one calm notice, above the current screen, with its one optional action. */
import { t } from '../../app/i18n';
import './notice.css';
import { update, type Notice } from '../../app/store';

/** Shows `notice` (if any) until the person acts on it, closes it, or changes screen. */
export function NoticeBar({ notice }: { notice: Notice | null }) {
  if (!notice) return null;
  const { action } = notice;
  return (
    <div class="notice" role="status" data-notice={notice.key}>
      <p class="notice-text">{t(notice.key, notice.values)}</p>
      <div class="notice-actions">
        {action && (
          <button
            type="button"
            data-action="notice-action"
            onClick={() => {
              update({ notice: null });
              action.run();
            }}
          >
            {t(action.key, action.values)}
          </button>
        )}
        <button type="button" class="secondary" onClick={() => update({ notice: null })}>
          {t('close')}
        </button>
      </div>
    </div>
  );
}
