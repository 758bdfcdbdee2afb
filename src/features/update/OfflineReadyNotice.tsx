/**
 * "Ready. This app now works without internet.": said once, in the flow at the
 * end of the screen, and gone by itself a few seconds later.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../../app/i18n';
import '../shell/notice.css';
import { subscribeUpdates } from './update-events';

// Long enough to read twice; the timer waits while a pointer or focus is on the notice.
const SHOWN_FOR_MS = 8000;

// Said once per page: the app frame re-mounts after a cover, and must not repeat it.
let alreadySaid = false;

/**
 * At the end of the screen rather than floating or on top: a floating notice lay
 * over the numbers and the bar on a small phone, and one on top would push the
 * Call buttons down as it came and pull them up as it went, under a finger.
 */
export function OfflineReadyNotice() {
  const [shown, setShown] = useState(false);
  const [held, setHeld] = useState(false);
  const box = useRef<HTMLDivElement>(null);

  useEffect(
    () =>
      subscribeUpdates((event) => {
        if (event.type !== 'offline-ready' || alreadySaid) return;
        alreadySaid = true;
        setShown(true);
      }),
    [],
  );
  useEffect(() => {
    if (!shown || held) return;
    const timer = setTimeout(() => setShown(false), SHOWN_FOR_MS);
    return () => clearTimeout(timer);
  }, [shown, held]);

  if (!shown) return null;
  const hold = () => setHeld(true);
  const release = () => setHeld(box.current?.contains(document.activeElement) ?? false);
  return (
    <div
      class="notice"
      role="status"
      data-sw="offline-ready"
      ref={box}
      onPointerEnter={hold}
      onPointerLeave={release}
      onFocusIn={hold}
      onFocusOut={(event) => {
        const next = event.relatedTarget;
        setHeld(next instanceof Node && (box.current?.contains(next) ?? false));
      }}
    >
      <p class="notice-text">{t('update:offlineReady')}</p>
      <div class="notice-actions">
        <button type="button" class="secondary" onClick={() => setShown(false)}>
          {t('close')}
        </button>
      </div>
    </div>
  );
}
