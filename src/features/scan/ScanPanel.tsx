/**
 * The scanner's three ways in, always side by side: the camera, a photo, and
 * typing the short code. Whatever they read is parsed as data and either
 * switches the region or is refused with a calm sentence next to where it came from.
 */
import { useState } from 'preact/hooks';
import { parseQrPayload } from '../../core/qr-payload';
import { hasRegionPack } from '../../content';
import { t } from '../../app/i18n';
import { update } from '../../app/store';
import { CameraView } from './CameraView';
import { PhotoScan } from './PhotoScan';
import type { ScanMessage, ScanSource } from './ScanMessageLine';
import { TypedCode } from './TypedCode';
import { switchRegion } from './switch-region';
import './scan.css';

/** The scanner's body under the screen title. */
export function ScanPanel() {
  const [message, setMessage] = useState<ScanMessage | null>(null);

  const read = (payload: string, source: ScanSource): boolean => {
    const result = parseQrPayload(payload, {
      origin: location.origin,
      isKnownRegion: hasRegionPack,
    });
    if (!result.ok) {
      const { reason } = result;
      // The camera reads a refused code many times a second: keep the same message, no re-render.
      setMessage((current) =>
        current?.source === source && current.reason === reason
          ? current
          : { source, key: `scan:refused.${reason}`, reason },
      );
      return false;
    }
    setMessage(null);
    // Before the switch: the hotlines screen checks a venue poster's pack as it opens.
    update({ venue: result.venue ? { token: result.venue, region: result.region } : null });
    // A scanned poster says who it is for; a typed code says nothing, so the order stays.
    if (result.form === 'link') update({ audience: result.audience });
    void switchRegion(result.region);
    return true;
  };
  const say = (source: ScanSource, key: string, reason: string) =>
    setMessage({ source, key, reason });

  return (
    <div class="scan">
      <p class="scan-lead">{t('scan:lead')}</p>
      <CameraView onPayload={(payload) => read(payload, 'camera')} message={message} />
      <PhotoScan
        onPayload={(payload) => read(payload, 'photo')}
        onProblem={(key, reason) => say('photo', key, reason)}
        message={message}
      />
      <TypedCode onPayload={(payload) => read(payload, 'typed')} message={message} />
    </div>
  );
}
