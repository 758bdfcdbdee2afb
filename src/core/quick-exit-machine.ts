/**
 * Entry path. The quick-exit triggers as a pure state machine: Shift pressed
 * three times in a row (GOV.UK "Exit this page" semantics) and a two-finger
 * double tap. Inputs are plain events with timestamps, so it is tested
 * without a DOM.
 */

/** Longest pause between two Shift presses that still counts as "in a row". */
export const SHIFT_WINDOW_MS = 5000;

/** Longest pause between the two two-finger taps of a double tap. */
export const DOUBLE_TAP_WINDOW_MS = 400;

/** Shift presses it takes to exit. */
export const SHIFT_PRESSES = 3;

/** What the listener tells the machine, one input event at a time. */
export type ExitInput =
  | {
      type: 'keydown' | 'keyup';
      /** `KeyboardEvent.key`: "Shift" for either Shift key. */
      key: string;
      /** Milliseconds on any monotonic clock (`event.timeStamp`). */
      time: number;
      /** A Shift key is held (`KeyboardEvent.shiftKey`). */
      shiftKey: boolean;
      /** A text field has focus on a touch device: the key may be the on-screen keyboard's. */
      onScreenKeyboard: boolean;
    }
  | {
      type: 'touchstart';
      /** Fingers on the screen now (`TouchEvent.touches.length`). */
      touches: number;
      time: number;
    }
  /** The window lost focus: a key released elsewhere never reaches us. */
  | { type: 'reset' };

/** Where the machine is between inputs. */
export interface ExitState {
  /** Clean Shift presses counted so far. */
  shiftCount: number;
  lastShiftAt: number;
  /** Another key went down while a Shift was held: that Shift was a modifier, not a press. */
  chorded: boolean;
  /** When the last two-finger touch began, or null. */
  lastTwoFingerAt: number | null;
}

/** The state of a page that has seen nothing yet. */
export const initialExitState: Readonly<ExitState> = {
  shiftCount: 0,
  lastShiftAt: 0,
  chorded: false,
  lastTwoFingerAt: null,
};

/** The next state, and whether this input means "exit now". */
export interface ExitStep {
  state: ExitState;
  exit: boolean;
}

const SHIFT = 'Shift';

/** Feeds one input to the machine. Never throws, whatever the input says. */
export function stepExit(state: ExitState, input: ExitInput): ExitStep {
  switch (input.type) {
    case 'reset':
      return stay(initialExitState);
    case 'touchstart':
      return stepTouch(state, input.touches, input.time);
    case 'keydown':
      if (input.key === SHIFT) return stay(state);
      // Any other key breaks the run; with Shift held it makes that Shift a modifier (typing).
      return stay({ ...state, shiftCount: 0, chorded: state.chorded || input.shiftKey });
    case 'keyup':
      if (input.key !== SHIFT) return stay({ ...state, shiftCount: 0 });
      if (input.onScreenKeyboard) return stay({ ...state, shiftCount: 0, chorded: false });
      if (state.chorded) return stay({ ...state, chorded: false });
      return countShift(state, input.time);
  }
}

function countShift(state: ExitState, time: number): ExitStep {
  const inWindow = state.shiftCount > 0 && within(state.lastShiftAt, time, SHIFT_WINDOW_MS);
  const shiftCount = (inWindow ? state.shiftCount : 0) + 1;
  if (shiftCount >= SHIFT_PRESSES) return { state: { ...initialExitState }, exit: true };
  return stay({ ...state, shiftCount, lastShiftAt: time });
}

function stepTouch(state: ExitState, touches: number, time: number): ExitStep {
  // One finger is usually the first half of two landing; it neither counts nor resets.
  if (touches === 1) return stay(state);
  if (touches !== 2) return stay({ ...state, lastTwoFingerAt: null });
  if (state.lastTwoFingerAt !== null && within(state.lastTwoFingerAt, time, DOUBLE_TAP_WINDOW_MS)) {
    return { state: { ...initialExitState }, exit: true };
  }
  return stay({ ...state, lastTwoFingerAt: time });
}

/** True when `later` is no more than `window` after `earlier` (clocks never run back here). */
function within(earlier: number, later: number, window: number): boolean {
  const gap = later - earlier;
  return Number.isFinite(gap) && gap >= 0 && gap <= window;
}

function stay(state: ExitState): ExitStep {
  return { state, exit: false };
}
