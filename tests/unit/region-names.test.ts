import { describe, expect, it } from 'vitest';
import { foldForSearch, regionDisplayName, searchRegions } from '../../src/core/region-names';
import { formatIsoDay, formatLanguageList } from '../../src/core/display-format';

const regions = [
  { code: 'gb', name: 'United Kingdom', country: 'GB' },
  { code: 'ci', name: "Côte d'Ivoire", country: 'CI' },
  { code: 'de', name: 'Germany', country: 'DE' },
  { code: 'us-tx', name: 'Texas', country: 'US' },
  { code: 'eu', name: 'European Union', country: null },
  { code: 'zz', name: 'Other countries', country: null },
];

describe('regionDisplayName', () => {
  it('names countries in the current language, packs without a country by their own name', () => {
    expect(regionDisplayName(regions[2]!, 'de')).toBe('Deutschland');
    expect(regionDisplayName(regions[0]!, 'en')).toBe('United Kingdom');
    expect(regionDisplayName(regions[3]!, 'fr')).toBe('Texas');
    expect(regionDisplayName(regions[5]!, 'fr')).toBe('Other countries');
  });

  it('falls back to the pack name for a language Intl rejects', () => {
    expect(regionDisplayName(regions[2]!, '!!')).toBe('Germany');
  });
});

describe('searchRegions', () => {
  const codes = (query: string, language = 'en') =>
    searchRegions(regions, query, language).map((match) => match.region.code);

  it('ignores case, accents and width', () => {
    expect(foldForSearch('  Ｃôte ')).toBe('cote');
    expect(codes('COTE')).toEqual(['ci']);
    expect(codes('kingdom')).toEqual(['gb']);
  });

  it('matches the local name, the English name and the code', () => {
    expect(codes('deutsch', 'de')).toEqual(['de']);
    expect(codes('germany', 'de')).toEqual(['de']);
    expect(codes('us')).toEqual(['us-tx']);
  });

  it('puts the region whose code was typed first, then names that start with it', () => {
    const many = [
      { code: 'tz', name: 'Tanzania', country: 'TZ' },
      { code: 'kz', name: 'Kazakhstan', country: 'KZ' },
      { code: 'za', name: 'South Africa', country: 'ZA' },
      { code: 'zm', name: 'Zambia', country: 'ZM' },
    ];
    const found = (query: string) =>
      searchRegions(many, query, 'en').map((match) => match.region.code);
    // Before: sorted by name only, so South Africa came after Kazakhstan and Tanzania.
    expect(found('za')).toEqual(['za', 'zm', 'kz', 'tz']);
    expect(found('z')).toEqual(['zm', 'za', 'kz', 'tz']);
    expect(found('ZAMB')).toEqual(['zm']);
  });

  it('lists everything but the global pack, sorted, for an empty query', () => {
    expect(codes('')).toEqual(['ci', 'eu', 'de', 'us-tx', 'gb']);
  });
});

describe('searching among many places', () => {
  const codes = (query: string, language = 'en') =>
    searchRegions(
      [...regions, { code: 'ge', name: 'Georgia', country: 'GE' }],
      query,
      language,
    ).map((match) => match.region.code);

  it('finds a place by its name in the interface language', () => {
    expect(codes('Royaume', 'fr')).toEqual(['gb']);
    expect(codes('Alemania', 'es')).toEqual(['de']);
  });

  it('finds a place by its own name in its first language', () => {
    expect(codes('Deutschland')).toEqual(['de']);
    expect(codes('საქართველო')).toEqual(['ge']);
  });

  it('finds a place by the codes people type: UK, GBR, g b', () => {
    expect(codes('UK')).toContain('gb');
    expect(codes('GBR')).toEqual(['gb']);
    expect(codes('g b')).toEqual(['gb']);
    expect(codes('DEU')).toEqual(['de']);
  });
});

describe('display formats', () => {
  it('formats a checked date as a calendar day in the language', () => {
    expect(formatIsoDay('2026-11-25', 'en')).toBe('November 25, 2026');
    expect(formatIsoDay('2026-11-25', 'de')).toBe('25. November 2026');
    expect(formatIsoDay('not a date', 'en')).toBe('not a date');
  });

  it('names languages', () => {
    expect(formatLanguageList(['en', 'es'], 'en')).toBe('English and Spanish');
    expect(formatLanguageList(['en'], 'fr')).toBe('anglais');
  });
});
