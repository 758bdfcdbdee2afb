import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseRegionCode } from '../../src/core/region-code';

describe('parseRegionCode', () => {
  it('accepts ISO alpha-2 with an optional subdivision, forgiving case and spaces', () => {
    expect(parseRegionCode('gb')).toBe('gb');
    expect(parseRegionCode(' US-TX ')).toBe('us-tx');
    expect(parseRegionCode('zz')).toBe('zz');
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
        return code === null || /^[a-z]{2}(-[a-z0-9]{1,3})?$/.test(code);
      }),
    );
  });
});
