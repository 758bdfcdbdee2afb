import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  findLanguage,
  LANGUAGE_CODE_PATTERN,
  languageCodeOf,
  languages,
  pickLanguage,
  requestedLanguage,
  resolveLanguage,
} from '../../src/core/languages';

const available = languages.map((language) => language.code);

describe('languages', () => {
  it('ships every language with words in src/locales, Arabic, Persian and Urdu right-to-left', () => {
    const written = readdirSync(join(import.meta.dirname, '..', '..', 'src', 'locales'), {
      withFileTypes: true,
    })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name);
    expect([...available].sort()).toEqual(written.sort());
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
    const all = languages.map((language) => language.code);
    expect(pickLanguage(['pt-BR', 'en'], all)).toBe('pt');
    expect(pickLanguage(['fil-PH'], all)).toBe('tl');
    expect(pickLanguage(['nl-NL', 'fr-CA'], all)).toBe('fr');
    expect(pickLanguage(['de-AT'], all)).toBe('de');
    expect(pickLanguage(['tr-TR', 'de'], all)).toBe('tr');
    expect(pickLanguage(['nl-NL'], all)).toBe('en');
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

describe('Traditional Chinese (zh-Hant), the first code with a script subtag', () => {
  const withHant = [...available.filter((code) => code !== 'zh-Hant'), 'zh-Hant'];

  it.each(['zh-TW', 'zh-HK', 'zh-MO', 'zh-Hant', 'zh-Hant-TW', 'zh_TW', 'ZH-hant-hk'])(
    'reads the browser tag %s as zh-Hant',
    (tag) => {
      expect(pickLanguage([tag], withHant)).toBe('zh-Hant');
    },
  );

  it.each(['zh', 'zh-CN', 'zh-SG', 'zh-Hans', 'zh-Hans-CN', 'zh-Hans-HK'])(
    'reads the browser tag %s as zh (Simplified)',
    (tag) => {
      expect(pickLanguage([tag], withHant)).toBe('zh');
    },
  );

  it('never hands zh-Hant to a build without it, and never zh to a Traditional reader', () => {
    const withoutHant = withHant.filter((code) => code !== 'zh-Hant');
    expect(pickLanguage(['zh-TW', 'fr'], withoutHant)).toBe('fr');
  });

  it('takes ?lang= in any case and names the canonical code', () => {
    expect(requestedLanguage('zh-hant', withHant)).toBe('zh-Hant');
    expect(requestedLanguage('ZH-HANT', withHant)).toBe('zh-Hant');
    expect(requestedLanguage('zh-Hant-TW', withHant)).toBe('zh-Hant');
    expect(requestedLanguage('zh-tw', withHant)).toBe('zh-Hant');
    expect(requestedLanguage('zh-Hans-CN', withHant)).toBe('zh');
    expect(
      resolveLanguage({ requested: 'zh-hant', saved: 'zh', browser: [], available: withHant }),
    ).toBe('zh-Hant');
  });

  it('keeps a saved zh-Hant as it is', () => {
    expect(
      resolveLanguage({ requested: null, saved: 'zh-Hant', browser: ['en'], available: withHant }),
    ).toBe('zh-Hant');
  });

  it('reads every casing and separator of zh-Hant as zh-Hant', () => {
    fc.assert(
      fc.property(
        fc.array(fc.boolean(), { minLength: 6, maxLength: 6 }),
        fc.constantFrom('-', '_'),
        fc.constantFrom('', '-tw', '-HK', '_mo', '-Cn'),
        (upper, separator, region) => {
          const letters = [...'zhhant'].map((letter, index) =>
            upper[index] ? letter.toUpperCase() : letter,
          );
          const tag = `${letters.slice(0, 2).join('')}${separator}${letters.slice(2).join('')}${region}`;
          expect(requestedLanguage(tag, withHant)).toBe('zh-Hant');
          expect(languageCodeOf(tag)).toBe('zh-Hant');
        },
      ),
    );
  });

  it('is a shipped code or null for hostile text around a Chinese tag', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 20 }), fc.string({ maxLength: 20 }), (before, after) => {
        const asked = requestedLanguage(`${before}zh-Hant${after}`, withHant);
        expect(asked === null || withHant.includes(asked)).toBe(true);
      }),
    );
  });

  it('every shipped code has the shape the content build and the parsers accept', () => {
    for (const code of available) expect(code).toMatch(LANGUAGE_CODE_PATTERN);
    expect('zh-Hant').toMatch(LANGUAGE_CODE_PATTERN);
    expect('zh-hant').not.toMatch(LANGUAGE_CODE_PATTERN);
    expect('../en').not.toMatch(LANGUAGE_CODE_PATTERN);
  });
});
