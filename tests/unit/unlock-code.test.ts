import fc from 'fast-check';
import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  CODE_MAX_DIGITS,
  CODE_MIN_DIGITS,
  checkNewCode,
  couldBeCode,
  isSimpleCode,
  lockFor,
  opensLock,
  type CodeLock,
} from '../../src/core/unlock-code';

const salt = (seed: number) => new Uint8Array(16).map((_, index) => (seed + index * 7) % 256);
// Few rounds keep the test fast; the rule is the same at any count.
const fast = 1_000;

describe('a new unlock code', () => {
  it('is 4 to 8 digits that the calculator can show as typed', () => {
    expect(couldBeCode('2468')).toBe(true);
    expect(couldBeCode('24681357')).toBe(true);
    expect(couldBeCode('246')).toBe(false);
    expect(couldBeCode('246813579')).toBe(false);
    // The calculator drops a leading zero, so such a code could never be typed there.
    expect(couldBeCode('0246')).toBe(false);
    expect(couldBeCode('24a8')).toBe(false);
    expect(couldBeCode('٢٤٦٨')).toBe(false);
    expect(couldBeCode(' 2468')).toBe(false);
  });

  it('refuses the codes anyone tries first', () => {
    for (const code of ['1234', '1111', '9876', '3456789', '99999999']) {
      expect(checkNewCode(code, code), code).toEqual({ problem: 'simple' });
    }
    expect(isSimpleCode('2468')).toBe(false);
    expect(isSimpleCode('1243')).toBe(false);
  });

  it('must be typed the same twice; the shape is checked first', () => {
    expect(checkNewCode('2468', '2469')).toEqual({ problem: 'mismatch' });
    expect(checkNewCode('12', '13')).toEqual({ problem: 'invalid' });
    expect(checkNewCode(' 2468', '2468 ')).toEqual({ code: '2468' });
  });

  it('never accepts anything that is not a code of the right length', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (first, second) => {
        const result = checkNewCode(first, second);
        if ('code' in result) {
          expect(result.code).toMatch(/^[1-9][0-9]*$/);
          expect(result.code.length).toBeGreaterThanOrEqual(CODE_MIN_DIGITS);
          expect(result.code.length).toBeLessThanOrEqual(CODE_MAX_DIGITS);
          expect(result.code).toBe(second.trim());
        }
      }),
    );
  });
});

describe('the kept code', () => {
  it('holds a hash, not the digits, and only that code opens it', async () => {
    const lock = await lockFor('2468', salt(1), fast);
    expectTypeOf(lock).toEqualTypeOf<CodeLock>();
    expect(lock.hash).toHaveLength(32);
    expect(new TextDecoder().decode(lock.hash)).not.toContain('2468');
    expect(await opensLock('2468', lock)).toBe(true);
    expect(await opensLock('2469', lock)).toBe(false);
    expect(await opensLock('', lock)).toBe(false);
    expect(await opensLock('24680', lock)).toBe(false);
  });

  it('is salted: the same code gives another hash with another salt', async () => {
    const one = await lockFor('2468', salt(1), fast);
    const two = await lockFor('2468', salt(2), fast);
    expect(Array.from(one.hash)).not.toEqual(Array.from(two.hash));
    expect(await opensLock('2468', two)).toBe(true);
  });

  it('a damaged lock opens with nothing', async () => {
    const lock = await lockFor('2468', salt(3), fast);
    expect(await opensLock('2468', { ...lock, hash: lock.hash.slice(0, 16) })).toBe(false);
    expect(await opensLock('2468', { ...lock, iterations: 0 })).toBe(false);
  });
});
