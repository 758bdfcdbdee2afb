/**
 * The camera part of the scanner: starts the rear camera on arrival and says
 * plainly what is happening. The camera stops when the screen goes away, on
 * quick exit, and whenever the page is hidden; it never restarts by itself.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { onExit } from '../exit/quick-exit';
import { t } from '../../app/i18n';
import { DECODED_MARK, startCamera, type CameraSession } from './camera';
import { toScanError, type ScanErrorReason } from './scan-error';
import { ScanMessageLine, type ScanMessage } from './ScanMessageLine';

type CameraState =
  | { name: 'idle' }
  | { name: 'starting' }
  | { name: 'scanning'; session: CameraSession; torchOn: boolean }
  | { name: 'found' }
  | { name: 'failed'; reason: ScanErrorReason };

/** Camera viewfinder with its states; `onPayload` returns true when the code was used. */
export function CameraView({
  onPayload,
  message,
}: {
  onPayload: (payload: string) => boolean;
  message: ScanMessage | null;
}) {
  const video = useRef<HTMLVideoElement>(null);
  const [run, setRun] = useState(1);
  const [state, setState] = useState<CameraState>({ name: 'starting' });
  const latestOnPayload = useRef(onPayload);
  latestOnPayload.current = onPayload;
  const stopRef = useRef<() => void>(() => {});

  useEffect(() => {
    const element = video.current;
    if (!element) return;
    const controller = new AbortController();
    const stop = () => controller.abort();
    stopRef.current = () => {
      stop();
      // A failure message stays: hiding the page doesn't answer it.
      setState((current) =>
        current.name === 'starting' || current.name === 'scanning' ? { name: 'idle' } : current,
      );
    };
    const offExit = onExit(stop);
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') stopRef.current();
    };
    document.addEventListener('visibilitychange', onVisibility);

    setState({ name: 'starting' });
    startCamera(
      element,
      (data) => {
        // One mark, not one per frame, while a refused code stays in view.
        performance.clearMarks(DECODED_MARK);
        performance.mark(DECODED_MARK);
        if (latestOnPayload.current(data)) {
          stop();
          setState({ name: 'found' });
        }
      },
      (failure) => {
        stop();
        setState({ name: 'failed', reason: failure.reason });
      },
      controller.signal,
    ).then(
      (session) => {
        if (!controller.signal.aborted) setState({ name: 'scanning', session, torchOn: false });
      },
      (error: unknown) => {
        const failure = toScanError(error, 'camera-unavailable');
        if (failure.reason !== 'aborted') setState({ name: 'failed', reason: failure.reason });
      },
    );

    return () => {
      stop();
      offExit();
      document.removeEventListener('visibilitychange', onVisibility);
    };
  }, [run]);

  const live = state.name === 'starting' || state.name === 'scanning';
  const restart = () => setRun((count) => count + 1);

  return (
    <div class="scan-camera" data-camera={state.name}>
      <div class="scan-viewfinder" hidden={!live}>
        {/* A new element per run: a stopped qr-scanner still clears its old element's
            stream 300 ms later, which would kill a camera restarted on a shared one. */}
        <video
          key={run}
          ref={video}
          class="scan-video"
          muted
          playsInline
          aria-label={t('scan:camera.video')}
        />
      </div>
      <p class="scan-status">{statusText(state)}</p>
      {state.name === 'failed' && state.reason === 'camera-denied' && (
        <p class="scan-how">{t('scan:camera.howToAllow')}</p>
      )}
      <ScanMessageLine message={message} source="camera" />
      <div class="scan-controls">
        {state.name === 'scanning' && state.session.canSwitch && (
          <button
            type="button"
            class="secondary"
            data-action="switch-camera"
            onClick={() => void state.session.switchCamera().catch(() => {})}
          >
            {t('scan:camera.switch')}
          </button>
        )}
        {state.name === 'scanning' && state.session.hasTorch && (
          <button
            type="button"
            class="secondary"
            data-action="torch"
            aria-pressed={state.torchOn}
            onClick={() =>
              void state.session.toggleTorch().then(
                (torchOn) => setState({ ...state, torchOn }),
                () => {},
              )
            }
          >
            {t('scan:camera.torch')}
          </button>
        )}
        {live && (
          <button
            type="button"
            class="secondary"
            data-action="camera-off"
            onClick={() => stopRef.current()}
          >
            {t('scan:camera.turnOff')}
          </button>
        )}
        {state.name === 'idle' && (
          <button type="button" data-action="camera-on" onClick={restart}>
            {t('scan:camera.turnOn')}
          </button>
        )}
        {state.name === 'failed' && state.reason !== 'no-camera' && (
          <button type="button" data-action="camera-retry" onClick={restart}>
            {t('scan:camera.tryAgain')}
          </button>
        )}
      </div>
    </div>
  );
}

function statusText(state: CameraState): string {
  switch (state.name) {
    case 'idle':
      return t('scan:camera.off');
    case 'starting':
      return t('scan:camera.starting');
    case 'scanning':
      return t('scan:camera.scanning');
    case 'found':
      return t('scan:camera.found');
    case 'failed':
      return t(`scan:camera.${state.reason}`);
  }
}
