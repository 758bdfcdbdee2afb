import { describe, expect, it } from 'vitest';
import { defaultSettings, parseSetting } from '../../src/core/settings';

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
});
