import { describe, expect, expectTypeOf, it } from 'vitest';
import { defaultSettings, parseSetting, parseSettings } from '../../src/core/settings';
import type { RegionCode } from '../../src/core/region-code';

describe('parseSetting', () => {
  it('keeps well-formed stored values', () => {
    expect(parseSetting('region', 'gb')).toBe('gb');
    expect(parseSetting('language', 'ar')).toBe('ar');
    expect(parseSetting('callNoteSeen', true)).toBe(true);
  });

  it('turns corrupt or foreign records into defaults instead of failing', () => {
    expect(parseSetting('region', '<script>')).toBe(defaultSettings.region);
    expect(parseSetting('region', { code: 'gb' })).toBe(defaultSettings.region);
    expect(parseSetting('language', 'x'.repeat(200))).toBe(defaultSettings.language);
    expect(parseSetting('callNoteSeen', 'yes')).toBe(false);
    expect(parseSetting('disguise', undefined)).toBe(null);
  });

  it("answers each setting's own type, not the union of them all", () => {
    expectTypeOf(parseSetting('region', 'gb')).toEqualTypeOf<RegionCode | null>();
    expectTypeOf(parseSetting('language', 'fr')).toEqualTypeOf<string | null>();
    expectTypeOf(parseSetting('callNoteSeen', true)).toEqualTypeOf<boolean>();
  });
});

describe('parseSettings', () => {
  it('reads every setting, each through its own parser', () => {
    const stored: Record<string, unknown> = { region: 'gb', callNoteSeen: 'yes', language: 'fr' };
    expect(parseSettings((key) => stored[key])).toEqual({
      ...defaultSettings,
      region: 'gb',
      language: 'fr',
    });
  });
});
