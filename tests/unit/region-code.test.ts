import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  parseRegionCode,
  parseTypedRegionCode,
  REGION_CODE_PATTERN,
} from '../../src/core/region-code';

describe('parseRegionCode', () => {
  it('accepts ISO alpha-2 with an optional subdivision, forgiving case only', () => {
    expect(parseRegionCode('gb')).toBe('gb');
    expect(parseRegionCode('US-TX')).toBe('us-tx');
    expect(parseRegionCode('zz')).toBe('zz');
  });

  it('checks ASCII before lower-casing: the Kelvin sign, a BOM, U+3000, a newline, spaces', () => {
    for (const value of ['\u212Ae', '\uFEFFke', 'ke\u3000', 'ke\n', ' ke', 'ke ', '\u0130t']) {
      expect(parseRegionCode(value), JSON.stringify(value)).toBeNull();
    }
  });

  it('rejects hostile and malformed values', () => {
    for (const value of [
      'javascript:alert(1)',
      '<img src=x onerror=alert(1)>',
      '../gb',
      'g',
      'gbr',
      'ＧＢ',
      'gb-',
      'gb/../us',
      'x'.repeat(5000),
      'gb\u0000',
      null,
      42,
    ]) {
      expect(parseRegionCode(value)).toBeNull();
    }
  });

  it('never throws and only ever returns a clean code', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.anything()), (value) => {
        const code = parseRegionCode(value);
        return code === null || REGION_CODE_PATTERN.test(code);
      }),
    );
    // fc.anything() builds large objects; on a shared two-core machine that takes a while.
  }, 30_000);
});

describe('parseTypedRegionCode', () => {
  it.each([
    ['UK', 'gb'],
    ['uk', 'gb'],
    ['GBR', 'gb'],
    ['g b', 'gb'],
    [' G B ', 'gb'],
    ['ken', 'ke'],
    ['PHL', 'ph'],
    ['us-tx', 'us-tx'],
    ['USA-TX', 'us-tx'],
  ])('%s → %s', (typed, expected) => {
    expect(parseTypedRegionCode(typed)).toBe(expected);
  });

  it.each(['\u212Ae', 'ｇｂ', 'gb\u3000', '\uFEFFgb', 'gb\n', 'gb\t', 'xyz', 'g', ''])(
    'refuses %j',
    (typed) => {
      expect(parseTypedRegionCode(typed)).toBeNull();
    },
  );

  it('only ever returns a clean code, and never one from a non-ASCII input', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 20 }), (typed) => {
        const code = parseTypedRegionCode(typed);
        if (code === null) return true;
        return REGION_CODE_PATTERN.test(code) && /^[\x20-\x7e]*$/.test(typed);
      }),
    );
  });
});
