/**
 * Entry path. Quick exit: hide everything synchronously, in the same input
 * event, before any await; then leave (browser tab) or stay on the cover
 * (installed window, where leaving would only open a browser sheet on top).
 */
import { neutralPage } from '../disguise/look';
import { isStandalone } from '../../app/display-mode';
import { resetView } from '../../app/store';
import { stopSpeaking } from '../read-aloud/speech';

type ExitListener = () => void;
const exitListeners = new Set<ExitListener>();

/** What the shell does for the exit. */
export interface CoverRenderer {
  /** Puts the cover up in place of everything, synchronously. */
  show(): void;
  /** Loads the cover the exit would show now and readies it, so `show` is quick. */
  prepare(): Promise<void>;
}
let renderer: CoverRenderer = { show: () => {}, prepare: async () => {} };

/** The shell tells the exit how to put the cover up. */
export function setCoverRenderer(next: CoverRenderer): void {
  renderer = next;
}

/** Readies the next exit's cover (after boot, or a new disguise). Never rejects. */
export function prepareExit(): Promise<void> {
  return renderer.prepare().catch(() => undefined);
}

/** Puts the cover up now, without leaving: for a hidden or restored page. */
export function coverNow(): void {
  renderer.show();
}

/** Registers something to stop on exit (a camera, speech). Returns the unregister. */
export function onExit(listener: ExitListener): () => void {
  exitListeners.add(listener);
  return () => exitListeners.delete(listener);
}

/** Hides everything now and leaves. Safe to call twice (pointerdown, then click). */
export function quickExit(): void {
  // The cover first: if anything below throws, the content is already gone.
  renderer.show();
  resetView();
  for (const listener of exitListeners) {
    try {
      listener();
    } catch {
      // One failing listener must not keep the rest (the camera) running.
    }
  }
  try {
    stopSpeaking();
  } catch {
    // No speech engine: nothing to silence.
  }
  // replace, never assign: the app's entry leaves the history, so Back can't return to it.
  if (!isStandalone()) location.replace(neutralPage());
}
