/**
 * Entry path. Quick exit: hide everything synchronously, in the same input
 * event, before any await; then leave (browser tab) or stay on the cover
 * (installed window).
 */
import { resetState } from '../shell/store';

type ExitListener = () => void;
const exitListeners = new Set<ExitListener>();
let showCover: () => void = () => {};

/** The shell tells the exit how to put the cover up (a synchronous render). */
export function setCoverRenderer(render: () => void): void {
  showCover = render;
}

/** Registers something to stop on exit (a camera, speech). Returns the unregister. */
export function onExit(listener: ExitListener): () => void {
  exitListeners.add(listener);
  return () => exitListeners.delete(listener);
}

/** True in an installed window, where leaving would open a browser sheet instead. */
export function isStandalone(): boolean {
  return (
    window.matchMedia('(display-mode: standalone)').matches ||
    (navigator as Navigator & { standalone?: boolean }).standalone === true
  );
}

/** Hides everything now and leaves. Safe to call twice. */
export function quickExit(neutralUrl = '/'): void {
  showCover();
  resetState();
  for (const listener of exitListeners) {
    try {
      listener();
    } catch {
      // One failing listener must not keep the rest (the camera) running.
    }
  }
  if (!isStandalone()) location.replace(neutralUrl);
}
