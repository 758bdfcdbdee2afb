/** Settings → Forget this device: settings only, or settings and the offline copy. */
import { useState } from 'preact/hooks';
import { overwriteClipboard } from '../cards';
import { coverNow } from '../exit/quick-exit';
import { t } from '../../app/i18n';
import { resetView } from '../../app/store';
import { forgetDevice, forgetEverything } from './forget';
import './privacy.css';

/** Two clearly explained buttons; the second ends offline use and shows the cover. */
export function ForgetSection() {
  const [status, setStatus] = useState<'idle' | 'working' | 'done'>('idle');

  const forgetSettingsOnly = async () => {
    setStatus('working');
    await forgetDevice();
    setStatus('done');
  };
  const removeEverything = async () => {
    // In the click itself: the clipboard can be written only while the tap counts, and
    // the cover comes up at once, like an exit, however long the browser takes to delete.
    overwriteClipboard();
    coverNow();
    resetView();
    await forgetEverything();
  };

  return (
    <section class="card privacy-section" aria-labelledby="forget-title" data-section="forget">
      <h2 id="forget-title">{t('privacy:forget.title')}</h2>
      <p>{t('privacy:forget.settingsText')}</p>
      <button
        type="button"
        class="secondary"
        data-action="forget-settings"
        disabled={status === 'working'}
        onClick={() => void forgetSettingsOnly()}
      >
        {t('privacy:forget.settingsButton')}
      </button>
      <p>{t('privacy:forget.allText')}</p>
      <button
        type="button"
        class="secondary"
        data-action="forget-everything"
        disabled={status === 'working'}
        onClick={() => void removeEverything()}
      >
        {t('privacy:forget.allButton')}
      </button>
      <p role="status" class="meta">
        {status === 'working' && t('privacy:forget.working')}
        {status === 'done' && t('privacy:forget.settingsDone')}
      </p>
    </section>
  );
}
