import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  displayOf,
  evaluate,
  formatNumber,
  initialCalcState,
  isUnlockPress,
  pressKey,
  type CalcKey,
  type CalcState,
} from '../../src/core/calculator';

const allKeys: readonly CalcKey[] = [
  '0',
  '1',
  '2',
  '3',
  '4',
  '5',
  '6',
  '7',
  '8',
  '9',
  '.',
  '+',
  '−',
  '×',
  '÷',
  '=',
  'clear',
  'back',
  'negate',
  'percent',
];

function press(keys: readonly CalcKey[], from: CalcState = initialCalcState): CalcState {
  return keys.reduce(pressKey, from);
}

/** Presses keys written as a string: "2+3×4=" ('c' clear, '<' back, '~' negate). */
function type(text: string, from: CalcState = initialCalcState): CalcState {
  const named: Record<string, CalcKey> = { c: 'clear', '<': 'back', '~': 'negate', '%': 'percent' };
  return press(
    [...text].map((char) => named[char] ?? (char as CalcKey)),
    from,
  );
}

const shown = (state: CalcState) => displayOf(state).value;

describe('calculator', () => {
  it('does × and ÷ before + and −', () => {
    expect(shown(type('2+3×4='))).toBe('14');
    expect(shown(type('10−6÷2='))).toBe('7');
    expect(shown(type('2×3+4×5='))).toBe('26');
    expect(shown(type('8−2−1='))).toBe('5');
    expect(shown(type('8÷2÷2='))).toBe('2');
  });

  it('shows what was entered so far', () => {
    expect(displayOf(type('2+3×'))).toEqual({ expression: '2 + 3 ×', value: '' });
    expect(displayOf(initialCalcState)).toEqual({ expression: '', value: '0' });
  });

  it('hides floating-point noise', () => {
    expect(shown(type('0.1+0.2='))).toBe('0.3');
    expect(shown(type('1÷3='))).toBe('0.333333333333');
    expect(formatNumber(-0)).toBe('0');
  });

  it('handles decimals, leading zeros and the digit limit', () => {
    expect(shown(type('..5'))).toBe('0.5');
    expect(shown(type('007'))).toBe('7');
    expect(shown(type('1234567890123456789'))).toBe('123456789012345');
  });

  it('replaces an operator pressed twice and ignores a trailing one', () => {
    expect(shown(type('5+×2='))).toBe('10');
    expect(shown(type('5+='))).toBe('5');
    expect(shown(type('×3='))).toBe('0');
  });

  it('starts again after a result, or carries it on with an operator', () => {
    expect(shown(type('2+2=5'))).toBe('5');
    expect(shown(type('2+2=×3='))).toBe('12');
  });

  it('says "no answer" for division by zero and recovers on the next key', () => {
    const error = type('5÷0=');
    expect(error.error).toBe(true);
    expect(shown(type('7', error))).toBe('7');
  });

  it('deletes, negates, takes percent and clears', () => {
    expect(shown(type('123<'))).toBe('12');
    expect(displayOf(type('12+<'))).toEqual({ expression: '', value: '12' });
    expect(shown(type('5~'))).toBe('-5');
    expect(displayOf(type('6~<'))).toEqual({ expression: '', value: '0' });
    expect(shown(type('50%'))).toBe('0.5');
    expect(shown(type('5+5c'))).toBe('0');
  });

  it('evaluates terms directly', () => {
    expect(evaluate([2, '+', 3, '×', 4])).toBe(14);
    expect(evaluate([1, '÷', 0])).toBe(Infinity);
  });

  it('never throws and always shows a number or nothing, whatever is pressed', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...allKeys), { maxLength: 80 }), (keys) => {
        const state = press(keys);
        const { value } = displayOf(state);
        expect(value === '' || Number.isFinite(Number(value)) || value.endsWith('.')).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('unlock on the calculator', () => {
  it('is the code typed as a fresh number, then =', () => {
    expect(isUnlockPress(type('1234'), '1234')).toBe(true);
  });

  it('is not a wrong code, a sum, a result that matches, or an empty code', () => {
    expect(isUnlockPress(type('1235'), '1234')).toBe(false);
    expect(isUnlockPress(type('1+1234'), '1234')).toBe(false);
    expect(isUnlockPress(type('1233+1='), '1234')).toBe(false);
    expect(isUnlockPress(type(''), '')).toBe(false);
  });
});
