/**
 * Entry path. Wires the page's input events to the quick-exit state machine
 * (Shift ×3, two-finger double tap) and keeps the cover up when the page is
 * hidden (once disguised) or restored by Back (bfcache). Capture phase on
 * window, so no screen can swallow an exit.
 */
import { initialExitState, stepExit, type ExitInput } from '../../core/quick-exit-machine';
import { shouldWearCover } from '../disguise/start-screen';
import { coverNow, quickExit } from './quick-exit';

const notTyped = new Set([
  'button',
  'checkbox',
  'color',
  'file',
  'hidden',
  'image',
  'radio',
  'range',
  'reset',
  'submit',
]);

/** True when `element` brings up an on-screen keyboard. */
function isTextField(element: Element | null): boolean {
  if (!element) return false;
  if (element instanceof HTMLTextAreaElement) return true;
  if (element instanceof HTMLInputElement) return !notTyped.has(element.type);
  return element instanceof HTMLElement && element.isContentEditable;
}

/**
 * Starts listening for the page's whole life (nothing stops it: an exit must always
 * work). Call once, before the first render.
 */
export function listenForQuickExit(): void {
  let state = initialExitState;
  // A touch screen's keyboard has a Shift key of its own: typing capitals must not exit.
  const coarse = window.matchMedia('(pointer: coarse)');

  const feed = (input: ExitInput) => {
    const step = stepExit(state, input);
    state = step.state;
    if (step.exit) quickExit();
  };
  const onKey = (event: KeyboardEvent) => {
    if (event.type !== 'keydown' && event.type !== 'keyup') return;
    feed({
      type: event.type,
      // Autofill sends key events without a key.
      key: String(event.key),
      time: event.timeStamp,
      shiftKey: event.shiftKey,
      onScreenKeyboard: coarse.matches && isTextField(document.activeElement),
    });
  };
  const onTouch = (event: TouchEvent) => {
    feed({ type: 'touchstart', touches: event.touches.length, time: event.timeStamp });
  };
  const onBlur = (event: FocusEvent) => {
    // Only the window losing focus: a Shift released in another app never reaches us.
    if (event.target === window) feed({ type: 'reset' });
  };
  const onPageShow = (event: PageTransitionEvent) => {
    // Back or Forward brought a frozen page back (bfcache): it may still hold content.
    if (event.persisted) coverNow();
  };
  const onVisibility = () => {
    // The task switcher's snapshot is taken after this: let it show the cover.
    if (document.visibilityState === 'hidden' && shouldWearCover()) coverNow();
  };

  const options = { capture: true, passive: true };
  window.addEventListener('keydown', onKey, options);
  window.addEventListener('keyup', onKey, options);
  window.addEventListener('touchstart', onTouch, options);
  window.addEventListener('blur', onBlur, { passive: true });
  window.addEventListener('pageshow', onPageShow, options);
  document.addEventListener('visibilitychange', onVisibility, options);
}
