import { getCountries } from 'libphonenumber-js';
import { isValidPhoneNumber } from 'libphonenumber-js/max';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  goalMark,
  median,
  medianInterval,
  ratioInterval,
  verdictFor,
} from '../../../scripts/bench/stats';
import { syntheticPacks } from '../../../scripts/bench/synthetic-regions';

const template = {
  code: 'gb',
  name: 'United Kingdom',
  country: 'GB',
  languages: ['en'],
  hotlines: [
    {
      id: 'gb-line',
      name: 'A helpline',
      purpose: 'trafficking',
      phone: '+448000121700',
      sms: { number: '+447786200370' },
      source: 'https://example.org/checked',
      verified: '2026-01-01',
    },
  ],
};

describe('synthetic region packs', () => {
  const packs = syntheticPacks(template, new Set(['gb']), 200);

  it('are 200 distinct real countries, none already taken', () => {
    const codes = packs.map((pack) => pack.code);
    expect(new Set(codes).size).toBe(200);
    expect(codes).not.toContain('gb');
    for (const code of codes) expect(code).toMatch(/^[a-z]{2}$/);
  });

  it('keep the template shape and carry numbers the content build accepts', () => {
    for (const pack of packs) {
      expect(pack.hotlines).toEqual([
        {
          ...template.hotlines[0],
          id: expect.stringMatching(new RegExp(`^${String(pack.code)}-`)),
          phone: expect.any(String),
          sms: { number: expect.any(String) },
        },
      ]);
      const [hotline] = pack.hotlines as Array<{ phone: string; sms: { number: string } }>;
      expect(isValidPhoneNumber(hotline?.phone ?? ''), `${String(pack.code)}`).toBe(true);
      expect(hotline?.sms.number).toBe(hotline?.phone);
    }
  });

  it('give each hotline of a pack its own valid number', () => {
    const twoLines = { ...template, hotlines: [template.hotlines[0], template.hotlines[0]] };
    for (const pack of syntheticPacks(twoLines, new Set(), 50)) {
      const numbers = (pack.hotlines as Array<{ phone: string }>).map((line) => line.phone);
      expect(new Set(numbers).size, String(pack.code)).toBe(2);
      for (const number of numbers) expect(isValidPhoneNumber(number)).toBe(true);
    }
  });

  it('makes up subdivisions of real countries once every country has a pack', () => {
    const taken = new Set(getCountries().map((country) => country.toLowerCase()));
    const more = syntheticPacks(template, taken, 200);
    const codes = more.map((pack) => String(pack.code));
    expect(new Set(codes).size).toBe(200);
    for (const code of codes) {
      expect(code).toMatch(/^[a-z]{2}-z0[12]$/);
      expect(taken.has(code)).toBe(false);
    }
  });

  it('refuses to make more than there are codes', () => {
    expect(() => syntheticPacks(template, new Set(), 1000)).toThrow(/codes left/);
  });
});

describe('median', () => {
  it('takes the middle of odd and even counts, unsorted', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(() => median([])).toThrow();
  });
});

describe('intervals', () => {
  // Samples like the touch exit's: a wide, page-independent wait plus a small handler.
  const wait = [12, 8, 25, 13, 9, 14, 11, 17, 10, 16, 13, 12, 22, 9, 15];

  it('are repeatable: the same samples always give the same interval', () => {
    expect(medianInterval(wait)).toEqual(medianInterval([...wait]));
    expect(ratioInterval(wait, wait.slice().reverse())).toEqual(
      ratioInterval(wait, wait.slice().reverse()),
    );
  });

  it('hold the median, and are a point when every sample is the same', () => {
    const { low, high } = medianInterval(wait);
    expect(low).toBeLessThanOrEqual(median(wait));
    expect(high).toBeGreaterThanOrEqual(median(wait));
    expect(low).toBeLessThan(high);
    expect(medianInterval([7, 7, 7, 7, 7])).toEqual({ low: 7, high: 7 });
  });

  it('leave a ratio undecided when two pages differ by less than their noise', () => {
    const app = wait.map((ms) => ms + 2);
    const interval = ratioInterval(app, wait);
    expect(interval.low).toBeLessThan(1.2);
    expect(interval.high).toBeGreaterThan(1.2);
    expect(verdictFor(interval, 1.2)).toBe('undecided');
  });

  it('decide a ratio when the difference is far larger than the noise', () => {
    const slow = wait.map((ms) => ms * 3);
    expect(verdictFor(ratioInterval(slow, wait), 1.2)).toBe('not met');
    expect(verdictFor(ratioInterval(wait, slow), 1.2)).toBe('met');
  });

  it('always lie within the smallest and largest ratio the samples allow', () => {
    const sample = fc.array(fc.double({ min: 1, max: 1000, noNaN: true }), {
      minLength: 5,
      maxLength: 30,
    });
    fc.assert(
      fc.property(sample, sample, (app, base) => {
        const { low, high } = ratioInterval(app, base);
        expect(low).toBeLessThanOrEqual(high);
        expect(low).toBeGreaterThanOrEqual(Math.min(...app) / Math.max(...base));
        expect(high).toBeLessThanOrEqual(Math.max(...app) / Math.min(...base));
      }),
      { numRuns: 50 },
    );
  });
});

describe('verdicts', () => {
  it('meet a goal only when the whole interval does', () => {
    expect(verdictFor({ low: 1.0, high: 1.2 }, 1.2)).toBe('met');
    expect(verdictFor({ low: 1.1, high: 1.3 }, 1.2)).toBe('undecided');
    expect(verdictFor({ low: 1.21, high: 1.3 }, 1.2)).toBe('not met');
  });
});

describe('a goal’s mark', () => {
  it('is met only when every figure met it', () => {
    expect(goalMark(['met', 'met'], [])).toBe('✓');
    expect(goalMark(['met', 'undecided'], [])).toBe('≈');
    expect(goalMark(['undecided', 'not met'], [])).toBe('✗');
    expect(goalMark([], [])).toBe('– not run');
  });

  it('is not met when a module that judges it failed, whatever the others measured', () => {
    expect(goalMark(['met', 'met'], ['scan-switch'])).toBe('✗ (scan-switch failed)');
    expect(goalMark([], ['first-visit'])).toBe('✗ (first-visit failed)');
  });
});
