/**
 * Scanning from a photo: the way in that works everywhere, including an
 * installed app on iOS, where the camera may not be offered to web apps.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../../app/i18n';
import { DECODED_MARK, scanPhoto } from './camera';
import { toScanError } from './scan-error';
import { ScanMessageLine, type ScanMessage } from './ScanMessageLine';

/** A file picker for a photo of the code; problems are reported through `onProblem`. */
export function PhotoScan({
  onPayload,
  onProblem,
  message,
}: {
  onPayload: (payload: string) => boolean;
  onProblem: (key: string, reason: string) => void;
  message: ScanMessage | null;
}) {
  const [busy, setBusy] = useState(false);
  const pending = useRef<AbortController | null>(null);
  useEffect(() => () => pending.current?.abort(), []);

  const onChange = async (event: Event) => {
    const input = event.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    // Clear it so choosing the same photo again still fires a change.
    input.value = '';
    if (!file) return;
    pending.current?.abort();
    const controller = new AbortController();
    pending.current = controller;
    setBusy(true);
    try {
      const data = await scanPhoto(file, controller.signal);
      performance.clearMarks(DECODED_MARK);
      performance.mark(DECODED_MARK);
      onPayload(data);
    } catch (error) {
      const failure = toScanError(error, 'image-unreadable');
      if (failure.reason !== 'aborted') onProblem(`scan:photo.${failure.reason}`, failure.reason);
    } finally {
      if (pending.current === controller) setBusy(false);
    }
  };

  return (
    <div class="scan-photo">
      <h2>{t('scan:photo.title')}</h2>
      <label class="scan-label" for="scan-photo-input">
        {t('scan:photo.label')}
      </label>
      <input
        id="scan-photo-input"
        class="scan-file"
        type="file"
        accept="image/*"
        onChange={(event) => void onChange(event)}
      />
      {busy && <p class="scan-status">{t('scan:photo.busy')}</p>}
      <ScanMessageLine message={message} source="photo" />
    </div>
  );
}
