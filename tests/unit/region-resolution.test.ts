import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { GLOBAL_REGION, type RegionCode } from '../../src/core/region-code';
import {
  guessRegion,
  requestedRegion,
  resolveRegion,
  type RegionInputs,
} from '../../src/core/region-resolution';

const packs = new Set(['gb', 'us', 'mx', 'br', 'de', 'eu', 'zz', 'us-tx']);
const known = (code: string) => packs.has(code);
const code = (text: string) => text as RegionCode;

function inputs(change: Partial<RegionInputs>): RegionInputs {
  return { requested: null, saved: null, browserLanguages: [], known, ...change };
}

const hostile = [
  'javascript:alert(1)',
  '<img src=x onerror=alert(1)>',
  'a'.repeat(5000),
  'ＧＢ',
  '../us',
  'gb/../us',
  'gb\u0000',
  'gb\u202e',
  'xx',
  'GB;us',
  '%67%62',
];

describe('resolveRegion', () => {
  it.each([
    ['a known ?r= wins and is saved', { requested: 'gb' }, 'gb', null, true],
    ['?r= forgives case', { requested: 'US' }, 'us', null, true],
    [
      '?r= equal to the saved region needs no write',
      { requested: 'gb', saved: code('gb') },
      'gb',
      null,
      false,
    ],
    ['a subdivision we have is used', { requested: 'us-tx' }, 'us-tx', null, true],
    ['a subdivision we lack falls to its country', { requested: 'mx-cmx' }, 'mx', null, true],
    ['no ?r=: the saved region', { saved: code('us') }, 'us', null, false],
    ['an empty ?r= is no request', { requested: '', saved: code('us') }, 'us', null, false],
    [
      'no ?r=, nothing saved: a guess from en-GB',
      { browserLanguages: ['en-GB'] },
      'gb',
      null,
      false,
    ],
    [
      'the first tag with a known region wins',
      { browserLanguages: ['fr', 'es-MX', 'en-US'] },
      'mx',
      null,
      false,
    ],
    ['a script subtag is skipped', { browserLanguages: ['pt-Latn-BR'] }, 'br', null, false],
    ['underscores are read like hyphens', { browserLanguages: ['pt_BR'] }, 'br', null, false],
    ['a bare language is no guess', { browserLanguages: ['es', 'pt'] }, 'zz', null, false],
    ['UN M.49 areas are no guess', { browserLanguages: ['es-419'] }, 'zz', null, false],
    [
      'an EU member without a pack gets the EU pack',
      { browserLanguages: ['nl-NL'] },
      'eu',
      null,
      false,
    ],
    [
      'a saved region whose pack is gone is replaced',
      { saved: code('fr'), browserLanguages: ['en-GB'] },
      'gb',
      null,
      false,
    ],
    ['nothing known: the global pack', {}, 'zz', null, false],
    [
      'an unknown ?r= keeps the saved region, with a notice',
      { requested: 'xx', saved: code('us') },
      'us',
      'unknown-region',
      false,
    ],
    [
      'an unknown ?r= on a first open never silently uses the guess',
      { requested: 'xx', browserLanguages: ['en-GB'] },
      'zz',
      'unknown-region',
      false,
    ],
    [
      'a real place with no pack shows the fallback, not the guessed country',
      { requested: 'aq', browserLanguages: ['fil-PH', 'en-GB'] },
      'zz',
      null,
      false,
    ],
  ] as const)('%s', (_, change, region, notice, save) => {
    expect(resolveRegion(inputs(change))).toMatchObject({ region, notice, save });
  });

  it.each(hostile.map((value) => [JSON.stringify(value).slice(0, 40), value] as const))(
    'refuses %s calmly, keeping the current region',
    (_, requested) => {
      expect(resolveRegion(inputs({ requested, saved: code('gb') }))).toMatchObject({
        region: 'gb',
        notice: 'unknown-region',
        save: false,
      });
    },
  );

  it('survives a `known` that throws', () => {
    const broken = () => {
      throw new Error('index missing');
    };
    expect(resolveRegion({ ...inputs({ requested: 'gb' }), known: broken })).toMatchObject({
      region: GLOBAL_REGION,
      save: false,
    });
  });

  const anyText = fc.oneof(
    fc.string(),
    fc.string({ unit: 'binary', maxLength: 300 }),
    fc.constantFrom(...hostile),
    fc.constantFrom('gb', 'US', 'us-tx', 'mx-cmx', 'zz', 'eu'),
  );
  const arbitraryInputs = fc.record({
    requested: fc.option(anyText, { nil: null }),
    saved: fc.option(fc.constantFrom('gb', 'us', 'fr', 'zz').map(code), { nil: null }),
    browserLanguages: fc.array(
      fc.oneof(anyText, fc.constantFrom('en-GB', 'es-MX', 'de-DE', 'nl-NL')),
    ),
  });

  it('never throws and always lands on a known region or zz', () => {
    fc.assert(
      fc.property(arbitraryInputs, (given) => {
        const result = resolveRegion({ ...given, known });
        return known(result.region) || result.region === GLOBAL_REGION;
      }),
    );
  });

  it('a refused request changes nothing and is never saved', () => {
    fc.assert(
      fc.property(arbitraryInputs, (given) => {
        const result = resolveRegion({ ...given, known });
        if (result.notice === null) return true;
        // The saved region stays; without one, the fallback, and a guess is only a suggestion.
        const saved = given.saved !== null && known(given.saved) ? given.saved : GLOBAL_REGION;
        return !result.save && result.region === saved;
      }),
    );
  });

  it('anything but a plain code gets a notice', () => {
    fc.assert(
      fc.property(
        fc
          .string({ minLength: 1 })
          .filter((text) => !/^[a-zA-Z]{2}(-[a-zA-Z0-9]{1,3})?$/.test(text)),
        (requested) => resolveRegion(inputs({ requested })).notice === 'unknown-region',
      ),
    );
  });

  it('saves only what was requested and known', () => {
    fc.assert(
      fc.property(arbitraryInputs, (given) => {
        const result = resolveRegion({ ...given, known });
        return (
          !result.save ||
          (given.requested !== null && result.notice === null && known(result.region))
        );
      }),
    );
  });
});

describe('guessRegion', () => {
  it('ignores oversized and odd tags', () => {
    expect(guessRegion(['en-' + 'G'.repeat(100), 'x'.repeat(5000) + '-gb', 'en-GB'], known)).toBe(
      'gb',
    );
    expect(guessRegion(['en-ＧＢ', 'en-G1', 'en-u-gb'], known)).toBeNull();
  });
});

describe('requestedRegion', () => {
  it.each([
    ['gb', 'gb'],
    ['US', 'us'],
    [' US ', null],
    ['\u212Ae', null],
    ['\uFEFFgb', null],
    ['gb\u3000', null],
    ['gb\n', null],
    ['aq', null],
    ['mx-cmx', 'mx'],
    ['xx', null],
    ['', null],
    [null, null],
  ])('%s → %s', (requested, expected) => {
    expect(requestedRegion(requested, known)).toBe(expected);
  });

  it.each(hostile)('names no region for hostile %j unless resolveRegion shows it', (text) => {
    const early = requestedRegion(text, known);
    if (early !== null) expect(resolveRegion(inputs({ requested: text })).region).toBe(early);
  });

  it('is always the region boot ends up showing, whatever was saved', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.constantFrom(...packs, 'us-ca', 'xx', ...hostile), fc.string()),
        fc.option(fc.constantFrom(...packs, 'xx'), { nil: null }),
        fc.array(fc.constantFrom('en-GB', 'es-MX', 'de', 'fr-FR', 'x')),
        (requested, saved, browserLanguages) => {
          const early = requestedRegion(requested, known);
          if (early === null) return;
          const start = resolveRegion(
            inputs({ requested, saved: saved === null ? null : code(saved), browserLanguages }),
          );
          expect(start.region).toBe(early);
        },
      ),
    );
  });
});

describe('unknown places and suggestions', () => {
  it('names a real place that has no pack and offers the guess only as a question', () => {
    expect(
      resolveRegion(
        inputs({
          requested: 'aq',
          browserLanguages: ['fil-PH'],
          known: (c) => c === 'zz' || c === 'ph',
        }),
      ),
    ).toEqual({ region: 'zz', notice: null, save: false, place: 'aq', suggestion: 'ph' });
  });

  it('never shows another country as the place a poster named', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('aq', 'ae', 'sa', 'fj', 'qa'),
        fc.array(fc.constantFrom('en-GB', 'fil-PH', 'es-MX', 'en-US')),
        (requested, browserLanguages) => {
          const result = resolveRegion(inputs({ requested, browserLanguages }));
          return result.region === GLOBAL_REGION && result.place === requested;
        },
      ),
    );
  });
});
