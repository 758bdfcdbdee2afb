/**
 * Entry path. The converter cover's arithmetic (the exit renders the cover
 * synchronously, so it can't be lazy): length, weight and temperature. Pure.
 */

/** The kinds of quantity the converter knows. */
export type Quantity = 'length' | 'weight' | 'temperature';

/** Units per quantity; linear ones as a factor to the base unit (metre, kilogram). */
const linear: Record<Exclude<Quantity, 'temperature'>, Record<string, number>> = {
  length: {
    mm: 0.001,
    cm: 0.01,
    m: 1,
    km: 1000,
    in: 0.0254,
    ft: 0.3048,
    yd: 0.9144,
    mi: 1609.344,
  },
  weight: {
    g: 0.001,
    kg: 1,
    t: 1000,
    oz: 0.028349523125,
    lb: 0.45359237,
    st: 6.35029318,
  },
};

const temperatureUnits = ['c', 'f', 'k'] as const;

/** The unit codes of a quantity, in the order a menu shows them. */
export function unitsOf(quantity: Quantity): readonly string[] {
  return quantity === 'temperature' ? temperatureUnits : Object.keys(linear[quantity]);
}

/** A sensible first pair of units for a quantity. */
export function defaultUnits(quantity: Quantity): { from: string; to: string } {
  switch (quantity) {
    case 'length':
      return { from: 'm', to: 'ft' };
    case 'weight':
      return { from: 'kg', to: 'lb' };
    case 'temperature':
      return { from: 'c', to: 'f' };
  }
}

/** Converts `value` from one unit to another of the same quantity; NaN when it can't. */
export function convert(quantity: Quantity, value: number, from: string, to: string): number {
  if (!Number.isFinite(value)) return NaN;
  if (quantity === 'temperature') return fromKelvin(toKelvin(value, from), to);
  const factors = linear[quantity];
  const fromFactor = factors[from];
  const toFactor = factors[to];
  if (fromFactor === undefined || toFactor === undefined) return NaN;
  return (value * fromFactor) / toFactor;
}

function toKelvin(value: number, unit: string): number {
  if (unit === 'c') return value + 273.15;
  if (unit === 'f') return ((value - 32) * 5) / 9 + 273.15;
  if (unit === 'k') return value;
  return NaN;
}

function fromKelvin(kelvin: number, unit: string): number {
  if (unit === 'c') return kelvin - 273.15;
  if (unit === 'f') return ((kelvin - 273.15) * 9) / 5 + 32;
  if (unit === 'k') return kelvin;
  return NaN;
}
