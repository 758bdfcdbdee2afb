import { describe, expect, it } from 'vitest';
import {
  fallbackLine,
  isAlwaysOpen,
  provenanceOf,
  voiceRoute,
  whatsappHref,
} from '../../src/core/hotline-facts';

describe('voiceRoute', () => {
  it('links a plain number, shows digits to dial, and offers no call for a no-call line', () => {
    expect(voiceRoute({})).toBe('tel');
    expect(voiceRoute({ dial: '#163' })).toBe('dial');
    expect(voiceRoute({ call: false })).toBe('none');
    expect(voiceRoute({ call: false, dial: '15' })).toBe('none');
  });
});

describe('whatsappHref', () => {
  it("is WhatsApp's own https link with digits only", () => {
    expect(whatsappHref('+5561996100100')).toBe('https://wa.me/5561996100100');
    expect(whatsappHref('+1 (888) 373-7888')).toBe('https://wa.me/18883737888');
  });
});

describe('provenanceOf', () => {
  const next = { name: 'Childline' };
  it('warns about a source older than 2020 with its year and the line to try next', () => {
    expect(provenanceOf({ source_date: '2016-05-01' }, next)).toEqual({
      kind: 'old',
      year: 2016,
      next: 'Childline',
    });
  });
  it('warns about a secondary source, and names no next line when there is none', () => {
    expect(provenanceOf({ secondary_source: true, source_date: '2023-12-28' }, undefined)).toEqual({
      kind: 'secondary',
      year: 2023,
      next: null,
    });
  });
  it('says nothing for a recent first-hand source, or one with no date', () => {
    expect(provenanceOf({ source_date: '2020-01-01' }, next)).toBeNull();
    expect(provenanceOf({}, next)).toBeNull();
  });
});

describe('fallbackLine and isAlwaysOpen', () => {
  it('suggests the next line, else the one before', () => {
    expect(fallbackLine(['a', 'b', 'c'], 0)).toBe('b');
    expect(fallbackLine(['a', 'b', 'c'], 2)).toBe('b');
    expect(fallbackLine(['a'], 0)).toBeUndefined();
  });
  it('knows the ways packs write "never closes"', () => {
    for (const hours of ['24/7', '24 / 7', '24/7/365', '24h', '24 hours', '24-hour call centre']) {
      expect(isAlwaysOpen(hours), hours).toBe(true);
    }
    for (const hours of [undefined, '', 'Mon–Fri 08:00–22:00', '9am-11pm every day', 'Daily 24']) {
      expect(isAlwaysOpen(hours), String(hours)).toBe(false);
    }
  });
});
