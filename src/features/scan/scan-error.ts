/** Typed, named scanner failures; the UI turns each reason into one calm sentence. */

/** Why the camera or a photo gave no code. */
export type ScanErrorReason =
  | 'camera-denied'
  | 'camera-unavailable'
  | 'no-camera'
  | 'no-code-found'
  | 'image-unreadable'
  | 'scanner-unavailable'
  | 'aborted';

/** A scanner failure with a reason the person can be told about. */
export class ScanError extends Error {
  override readonly name = 'ScanError';

  constructor(
    readonly reason: ScanErrorReason,
    options?: ErrorOptions,
  ) {
    super(reason, options);
  }
}

/** Wraps anything thrown into a ScanError, keeping ScanErrors as they are. */
export function toScanError(error: unknown, fallback: ScanErrorReason): ScanError {
  return error instanceof ScanError ? error : new ScanError(fallback, { cause: error });
}
