import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  findLanguage,
  languages,
  pickLanguage,
  requestedLanguage,
  resolveLanguage,
} from '../../src/core/languages';

const available = languages.map((language) => language.code);

describe('languages', () => {
  it('ships the twenty languages, Arabic, Persian and Urdu right-to-left', () => {
    expect(available).toHaveLength(20);
    expect(findLanguage('ar')?.dir).toBe('rtl');
    expect(findLanguage('fa')?.dir).toBe('rtl');
    expect(findLanguage('ur')?.dir).toBe('rtl');
    expect(languages.filter((language) => language.dir === 'rtl').map((l) => l.code)).toEqual([
      'ar',
      'fa',
      'ur',
    ]);
  });

  it('picks from the browser list by primary subtag', () => {
    expect(pickLanguage(['pt-BR', 'en'])).toBe('pt');
    expect(pickLanguage(['fil-PH'])).toBe('tl');
    expect(pickLanguage(['de-DE', 'fr-CA'])).toBe('fr');
    expect(pickLanguage(['de-DE'])).toBe('en');
    expect(pickLanguage(['es'], ['en'])).toBe('en');
  });

  it('resolves ?lang= before the saved choice before the browser', () => {
    expect(resolveLanguage({ requested: 'AR', saved: 'fr', browser: ['es'], available })).toBe(
      'ar',
    );
    expect(resolveLanguage({ requested: null, saved: 'fr', browser: ['es'], available })).toBe(
      'fr',
    );
    expect(resolveLanguage({ requested: 'xx', saved: null, browser: ['es-MX'], available })).toBe(
      'es',
    );
    expect(resolveLanguage({ requested: '<b>ar</b>', saved: null, browser: [], available })).toBe(
      'en',
    );
  });

  it('always lands on an available language, whatever the input', () => {
    fc.assert(
      fc.property(
        fc.option(fc.string()),
        fc.option(fc.string()),
        fc.array(fc.string()),
        (requested, saved, browser) =>
          available.includes(resolveLanguage({ requested, saved, browser, available })),
      ),
    );
  });
});

describe('requestedLanguage', () => {
  const available = languages.map((language) => language.code);

  it('names a shipped language asked for, forgiving case and a region subtag', () => {
    expect(requestedLanguage('fr', available)).toBe('fr');
    expect(requestedLanguage('PT-br', available)).toBe('pt');
  });

  it('names nothing for garbage, an unshipped language or no request: nothing to save', () => {
    expect(requestedLanguage('..%2F..%2Fetc', available)).toBeNull();
    expect(requestedLanguage('../../etc', available)).toBeNull();
    expect(requestedLanguage('xx', available)).toBeNull();
    expect(requestedLanguage('', available)).toBeNull();
    expect(requestedLanguage(null, available)).toBeNull();
  });

  it('is a shipped code or null, whatever the text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), (text) => {
        const asked = requestedLanguage(text, available);
        expect(asked === null || available.includes(asked)).toBe(true);
      }),
    );
  });
});
