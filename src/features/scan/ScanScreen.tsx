/**
 * Entry path (tiny). The in-app scanner's frame: the screen opens at once and
 * its parts (and, later, qr-scanner) load on demand from the precache.
 */
import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { t } from '../language/i18n';

/** The scan screen: camera, photo and typed code, loaded lazily. */
export function ScanScreen() {
  const [Panel, setPanel] = useState<ComponentType | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let current = true;
    import('./ScanPanel').then(
      (module) => current && setPanel(() => module.ScanPanel),
      () => current && setFailed(true),
    );
    return () => {
      current = false;
    };
  }, []);

  return (
    <section data-screen="scan" aria-labelledby="scan-title">
      <h1 id="scan-title">{t('scan:title')}</h1>
      {Panel ? <Panel /> : <p>{t(failed ? 'scan:unavailable' : 'loading')}</p>}
    </section>
  );
}
