/**
 * Entry path (tiny). The in-app scanner's frame: the screen opens at once and
 * its parts (and, later, qr-scanner) load on demand from the precache.
 */
import { t } from '../../app/i18n';
import { lazyComponent } from '../../app/lazy-component';

const ScanPanel = lazyComponent(() => import('./ScanPanel').then((module) => module.ScanPanel), {
  loading: () => <p>{t('loading')}</p>,
  failed: () => <p>{t('scan:unavailable')}</p>,
});

/** The scan screen: camera, photo and typed code, loaded lazily. */
export function ScanScreen() {
  return (
    <section data-screen="scan" aria-labelledby="scan-title">
      <h1 id="scan-title">{t('scan:title')}</h1>
      <ScanPanel />
    </section>
  );
}
