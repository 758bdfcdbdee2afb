import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { convert, defaultUnits, unitsOf, type Quantity } from '../../src/core/units';

describe('converter', () => {
  it('converts length, weight and temperature', () => {
    expect(convert('length', 1, 'mi', 'km')).toBeCloseTo(1.609344, 9);
    expect(convert('length', 12, 'in', 'ft')).toBeCloseTo(1, 12);
    expect(convert('weight', 1, 'kg', 'lb')).toBeCloseTo(2.20462262, 7);
    expect(convert('temperature', 100, 'c', 'f')).toBeCloseTo(212, 9);
    expect(convert('temperature', -40, 'f', 'c')).toBeCloseTo(-40, 9);
    expect(convert('temperature', 0, 'k', 'c')).toBeCloseTo(-273.15, 9);
  });

  it('says NaN for an unknown unit or a value that is not a number', () => {
    expect(convert('length', 1, 'kg', 'm')).toBeNaN();
    expect(convert('temperature', 1, 'x', 'c')).toBeNaN();
    expect(convert('weight', NaN, 'kg', 'g')).toBeNaN();
  });

  it('offers default units that exist', () => {
    for (const quantity of ['length', 'weight', 'temperature'] as const) {
      const { from, to } = defaultUnits(quantity);
      expect(unitsOf(quantity)).toContain(from);
      expect(unitsOf(quantity)).toContain(to);
    }
  });

  it('converting there and back returns the value', () => {
    const quantity = fc.constantFrom<Quantity>('length', 'weight', 'temperature');
    fc.assert(
      fc.property(
        quantity.chain((q) =>
          fc.tuple(
            fc.constant(q),
            fc.constantFrom(...unitsOf(q)),
            fc.constantFrom(...unitsOf(q)),
            fc.double({ min: -1e6, max: 1e6, noNaN: true }),
          ),
        ),
        ([q, from, to, value]) => {
          const back = convert(q, convert(q, value, from, to), to, from);
          expect(back).toBeCloseTo(value, 4);
        },
      ),
    );
  });
});
