/** Entry path. The always-visible exit control: same place, same look, on every screen. */
import { t } from '../../app/i18n';
import { quickExit } from './quick-exit';

/** Big, high-contrast exit button; acts on pointerdown so it is one touch, not a tap-and-release. */
export function QuickExitButton() {
  return (
    <button
      type="button"
      class="quick-exit"
      data-quick-exit=""
      aria-label={t('exitHint')}
      onPointerDown={(event) => {
        if (event.button === 0) quickExit();
      }}
      onClick={() => quickExit()}
    >
      {t('exit')}
    </button>
  );
}
