import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  DOUBLE_TAP_WINDOW_MS,
  SHIFT_WINDOW_MS,
  initialExitState,
  stepExit,
  type ExitInput,
} from '../../src/core/quick-exit-machine';

/** Feeds inputs in order; returns the index of every input that said "exit". */
function exitsOf(inputs: readonly ExitInput[]): number[] {
  let state = { ...initialExitState };
  const exits: number[] = [];
  inputs.forEach((input, index) => {
    const step = stepExit(state, input);
    state = step.state;
    if (step.exit) exits.push(index);
  });
  return exits;
}

function key(
  type: 'keydown' | 'keyup',
  keyName: string,
  time: number,
  options: { shiftKey?: boolean; onScreenKeyboard?: boolean } = {},
): ExitInput {
  return {
    type,
    key: keyName,
    time,
    shiftKey: options.shiftKey ?? false,
    onScreenKeyboard: options.onScreenKeyboard ?? false,
  };
}

/** One press and release of a Shift key at `time`. */
function shift(time: number, onScreenKeyboard = false): ExitInput[] {
  return [
    key('keydown', 'Shift', time, { shiftKey: true, onScreenKeyboard }),
    key('keyup', 'Shift', time + 50, { onScreenKeyboard }),
  ];
}

/** A plain key typed at `time`, optionally with Shift held. */
function typed(keyName: string, time: number, shiftKey = false): ExitInput[] {
  return [
    key('keydown', keyName, time, { shiftKey }),
    key('keyup', keyName, time + 40, { shiftKey }),
  ];
}

function touch(touches: number, time: number): ExitInput {
  return { type: 'touchstart', touches, time };
}

describe('Shift three times', () => {
  it('exits on the third release, not before', () => {
    const inputs = [...shift(0), ...shift(300), ...shift(600)];
    expect(exitsOf(inputs)).toEqual([5]);
  });

  it('counts releases, so holding Shift down (key repeat) is one press', () => {
    const inputs = [
      key('keydown', 'Shift', 0, { shiftKey: true }),
      key('keydown', 'Shift', 500, { shiftKey: true }),
      key('keydown', 'Shift', 530, { shiftKey: true }),
      key('keyup', 'Shift', 600),
      ...shift(700),
    ];
    expect(exitsOf(inputs)).toEqual([]);
  });

  it('does not count Shift used to type a capital letter', () => {
    // Shift down, A, Shift up — then two clean presses: only two count.
    const inputs = [
      key('keydown', 'Shift', 0, { shiftKey: true }),
      ...typed('A', 100, true),
      key('keyup', 'Shift', 200),
      ...shift(400),
      ...shift(700),
    ];
    expect(exitsOf(inputs)).toEqual([]);
  });

  it('Shift, a, Shift, Shift does not exit: any other key resets the run', () => {
    const inputs = [...shift(0), ...typed('a', 200), ...shift(400), ...shift(600)];
    expect(exitsOf(inputs)).toEqual([]);
  });

  it('a key typed before the run does not spoil it', () => {
    const inputs = [...typed('a', 0), ...shift(200), ...shift(400), ...shift(600)];
    expect(exitsOf(inputs)).toEqual([7]);
  });

  it('left and right Shift mixed, even overlapping, still exit', () => {
    const inputs = [
      key('keydown', 'Shift', 0, { shiftKey: true }),
      // Right Shift goes down before the left one is released.
      key('keydown', 'Shift', 80, { shiftKey: true }),
      key('keyup', 'Shift', 120, { shiftKey: true }),
      key('keyup', 'Shift', 160),
      ...shift(300),
    ];
    expect(exitsOf(inputs)).toEqual([5]);
  });

  it('allows up to the window between presses, and restarts after it', () => {
    const justInTime = [...shift(0), ...shift(SHIFT_WINDOW_MS), ...shift(2 * SHIFT_WINDOW_MS)];
    // Each press is released 50 ms after it starts, so the gaps are exactly the window.
    expect(exitsOf(justInTime)).toEqual([5]);
    const tooSlow = [...shift(0), ...shift(SHIFT_WINDOW_MS + 51), ...shift(SHIFT_WINDOW_MS + 400)];
    expect(exitsOf(tooSlow)).toEqual([]);
  });

  it('ignores Shift from an on-screen keyboard (text field focused on a touch device)', () => {
    const inputs = [...shift(0, true), ...shift(200, true), ...shift(400, true)];
    expect(exitsOf(inputs)).toEqual([]);
  });

  it('starts over after an exit and after losing focus', () => {
    const twice = [...shift(0), ...shift(100), ...shift(200), ...shift(300), ...shift(400)];
    expect(exitsOf(twice)).toEqual([5]);
    const blurred = [...shift(0), ...shift(100), { type: 'reset' } as const, ...shift(200)];
    expect(exitsOf(blurred)).toEqual([]);
  });
});

describe('two-finger double tap', () => {
  it('exits on the second two-finger touch within the window', () => {
    expect(exitsOf([touch(2, 0), touch(2, 250)])).toEqual([1]);
    expect(exitsOf([touch(2, 0), touch(2, DOUBLE_TAP_WINDOW_MS)])).toEqual([1]);
  });

  it('counts fingers landing one after the other as one two-finger touch', () => {
    expect(exitsOf([touch(1, 0), touch(2, 20), touch(1, 200), touch(2, 220)])).toEqual([3]);
  });

  it('does not exit for slow taps, one-finger taps or three fingers', () => {
    expect(exitsOf([touch(2, 0), touch(2, DOUBLE_TAP_WINDOW_MS + 1)])).toEqual([]);
    expect(exitsOf([touch(1, 0), touch(1, 100), touch(1, 200)])).toEqual([]);
    expect(exitsOf([touch(2, 0), touch(3, 100), touch(2, 200)])).toEqual([]);
  });
});

const anyKey = fc.oneof(
  fc.constantFrom('Shift', 'a', 'A', 'Enter', 'Escape', 'Tab', 'Unidentified', 'Process'),
  fc.string(),
);
const anyInput: fc.Arbitrary<ExitInput> = fc.oneof(
  fc.record({
    type: fc.constantFrom('keydown' as const, 'keyup' as const),
    key: anyKey,
    time: fc.double(),
    shiftKey: fc.boolean(),
    onScreenKeyboard: fc.boolean(),
  }),
  fc.record({
    type: fc.constant('touchstart' as const),
    touches: fc.integer({ min: -1, max: 11 }),
    time: fc.double(),
  }),
  fc.constant({ type: 'reset' as const }),
);

describe('properties', () => {
  it('never throws and never exits without a Shift release or a two-finger touch', () => {
    fc.assert(
      fc.property(fc.array(anyInput, { maxLength: 60 }), (inputs) => {
        const harmless = inputs.filter(
          (input) =>
            !(input.type === 'keyup' && input.key === 'Shift') &&
            !(input.type === 'touchstart' && input.touches === 2),
        );
        expect(exitsOf(harmless)).toEqual([]);
        expect(() => exitsOf(inputs)).not.toThrow();
      }),
    );
  });

  it('three quick clean Shift presses always exit, whatever came before', () => {
    fc.assert(
      fc.property(
        fc.array(anyInput, { maxLength: 40 }),
        fc.integer({ min: 0, max: 1e9 }),
        fc.array(fc.integer({ min: 0, max: SHIFT_WINDOW_MS - 50 }), {
          minLength: 2,
          maxLength: 2,
        }),
        (noise, start, gaps) => {
          // A reset stands for the clock or focus moving on between the noise and the run.
          const prefix = [...noise, { type: 'reset' } as const];
          const second = start + 50 + (gaps[0] ?? 0);
          const third = second + 50 + (gaps[1] ?? 0);
          const run = [...shift(start), ...shift(second), ...shift(third)];
          expect(exitsOf([...prefix, ...run])).toContain(prefix.length + run.length - 1);
        },
      ),
    );
  });

  it('Shift presses with any other key between each never exit', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 2 }), { maxLength: 20 }),
        fc.constantFrom('a', 'Enter', 'Tab', '1', 'Unidentified'),
        (runs, other) => {
          let time = 0;
          const inputs: ExitInput[] = [];
          for (const presses of runs) {
            for (let i = 0; i < presses; i += 1) inputs.push(...shift((time += 100)));
            inputs.push(...typed(other, (time += 100)));
          }
          expect(exitsOf(inputs)).toEqual([]);
        },
      ),
    );
  });

  it('Shift presses further apart than the window never exit', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: SHIFT_WINDOW_MS + 1, max: 1e6 }), { maxLength: 20 }),
        (gaps) => {
          let time = 0;
          const inputs = gaps.flatMap((gap) => {
            // The gap runs from one release to the next.
            const press = shift(time + gap - 50);
            time += gap;
            return press;
          });
          expect(exitsOf(inputs)).toEqual([]);
        },
      ),
    );
  });
});
