/**
 * The camera and photo scanner over qr-scanner. The library (and its decoder
 * worker, a chunk of its own) is imported only here and only when asked for,
 * so neither is in the first paint; both are precached, so scanning works
 * offline. Everything long-running takes an AbortSignal, and aborting turns
 * the camera off in the same tick (quick exit relies on that).
 */
import type QrScanner from 'qr-scanner';
import { ScanError } from './scan-error';

type Scanner = typeof QrScanner;

/** A running camera: what it can do beyond scanning. */
export interface CameraSession {
  hasTorch: boolean;
  canSwitch: boolean;
  /** Turns the light on or off; resolves to whether it is on. */
  toggleTorch(): Promise<boolean>;
  /** Swaps between the rear and the front camera. */
  switchCamera(): Promise<void>;
}

/** Performance mark set when a code is decoded, so tests can time what follows. */
export const DECODED_MARK = 'lantern:code-decoded';

// Photos are shrunk to this longest edge before decoding: a 12-megapixel
// photo decoded at full size takes seconds on a phone.
const PHOTO_EDGE = 1200;

let loading: Promise<Scanner> | undefined;

function loadScanner(): Promise<Scanner> {
  loading ??= import('qr-scanner').then(
    (module) => module.default,
    (error: unknown) => {
      loading = undefined;
      throw new ScanError('scanner-unavailable', { cause: error });
    },
  );
  return loading;
}

function throwIfAborted(signal: AbortSignal): void {
  if (signal.aborted) throw new ScanError('aborted');
}

// Frames in a row the decoder may fail on (not "no code", but broken) before we give up.
const DECODER_FAILURES = 10;

/**
 * Starts the rear camera in `video` and calls `onCode` with every decoded
 * payload until `signal` aborts. Rejects with a ScanError saying why not;
 * `onFailure` hears about a decoder that breaks after the camera started.
 */
export async function startCamera(
  video: HTMLVideoElement,
  onCode: (data: string) => void,
  onFailure: (error: ScanError) => void,
  signal: AbortSignal,
): Promise<CameraSession> {
  throwIfAborted(signal);
  if (!navigator.mediaDevices?.getUserMedia) throw new ScanError('no-camera');
  const QrScannerClass = await loadScanner();
  throwIfAborted(signal);

  let failures = 0;
  const scanner = new QrScannerClass(
    video,
    (result) => {
      if (!signal.aborted) onCode(result.data);
    },
    {
      preferredCamera: 'environment',
      returnDetailedScanResult: true,
      maxScansPerSecond: 15,
      // "No QR code found" on every empty frame is normal. Anything else, again and
      // again, is a decoder that can't run (e.g. a CSP without worker-src blob:).
      onDecodeError: (error) => {
        if (error === QrScannerClass.NO_QR_CODE_FOUND) failures = 0;
        else if (++failures === DECODER_FAILURES && !signal.aborted) {
          onFailure(new ScanError('scanner-unavailable', { cause: error }));
        }
      },
    },
  );
  const stop = () => {
    // pause(true) stops the tracks before its first await, so the light goes out now.
    void scanner.pause(true);
    scanner.destroy();
  };
  signal.addEventListener('abort', stop, { once: true });

  try {
    await scanner.start();
  } catch (error) {
    signal.removeEventListener('abort', stop);
    stop();
    throwIfAborted(signal);
    throw await explainCameraFailure(error);
  }
  throwIfAborted(signal);

  const [hasTorch, cameras] = await Promise.all([
    scanner.hasFlash().catch(() => false),
    QrScannerClass.listCameras(false).catch(() => []),
  ]);
  throwIfAborted(signal);
  let facing: 'environment' | 'user' = 'environment';
  return {
    hasTorch,
    canSwitch: cameras.length > 1,
    toggleTorch: async () => {
      await scanner.toggleFlash();
      return scanner.isFlashOn();
    },
    switchCamera: async () => {
      facing = facing === 'environment' ? 'user' : 'environment';
      await scanner.setCamera(facing);
    },
  };
}

/**
 * qr-scanner reports every getUserMedia failure as "Camera not found.", so ask
 * the browser what it knows: a refused permission, no camera, or neither.
 */
async function explainCameraFailure(error: unknown): Promise<ScanError> {
  if (error instanceof DOMException && error.name === 'NotAllowedError') {
    return new ScanError('camera-denied', { cause: error });
  }
  const permission = await navigator.permissions
    ?.query({ name: 'camera' })
    .then((status) => status.state)
    .catch(() => null);
  if (permission === 'denied') return new ScanError('camera-denied', { cause: error });
  const devices = await navigator.mediaDevices.enumerateDevices().catch(() => []);
  if (!devices.some((device) => device.kind === 'videoinput')) {
    return new ScanError('no-camera', { cause: error });
  }
  return new ScanError('camera-unavailable', { cause: error });
}

/** Reads the code in a photo (a file the person chose). Rejects with a ScanError. */
export async function scanPhoto(file: Blob, signal: AbortSignal): Promise<string> {
  throwIfAborted(signal);
  const QrScannerClass = await loadScanner();
  throwIfAborted(signal);
  const aborted = new Promise<never>((_, reject) => {
    signal.addEventListener('abort', () => reject(new ScanError('aborted')), { once: true });
  });
  // An abort after the photo was read has no one waiting for it.
  aborted.catch(() => {});

  let bitmap: ImageBitmap | null = null;
  try {
    bitmap = await Promise.race([createImageBitmap(file), aborted]);
  } catch (error) {
    throwIfAborted(signal);
    throw new ScanError('image-unreadable', { cause: error });
  }
  const scale = Math.min(1, PHOTO_EDGE / Math.max(bitmap.width, bitmap.height));
  try {
    const result = await Promise.race([
      QrScannerClass.scanImage(bitmap, {
        scanRegion: {
          x: 0,
          y: 0,
          width: bitmap.width,
          height: bitmap.height,
          downScaledWidth: Math.round(bitmap.width * scale),
          downScaledHeight: Math.round(bitmap.height * scale),
        },
        // A small code in a big photo can vanish when shrunk: try once more at full size.
        alsoTryWithoutScanRegion: scale < 1,
        returnDetailedScanResult: true,
      }),
      aborted,
    ]);
    return result.data;
  } catch (error) {
    throwIfAborted(signal);
    if (error === QrScannerClass.NO_QR_CODE_FOUND) {
      throw new ScanError('no-code-found', { cause: error });
    }
    // The photo itself opened above, so anything else is the decoder failing.
    throw new ScanError('scanner-unavailable', { cause: error });
  } finally {
    bitmap.close();
  }
}
