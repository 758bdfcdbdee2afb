import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Hotline, RegionPack } from '../../src/core/content-types';
import {
  firstHelpFor,
  firstHelpWords,
  parseFirstHelpData,
  type FirstHelpData,
  type FirstHelpRow,
} from '../../src/core/first-help';
import { firstHelpRow, firstHelpRows } from '../../src/core/first-help-rows';

const gb: FirstHelpRow = ['+44 800 012 1700', '', '999'];
const us: FirstHelpRow = ['+1 888 373 7888', '', '911'];
const rows = { gb, us };

function line(partial: Partial<Hotline> & Pick<Hotline, 'id' | 'purpose' | 'phone'>): Hotline {
  return {
    name: partial.id,
    run_by: 'independent',
    hours: '24/7',
    source: 'https://example.org',
    verified: '2026-11-25',
    ...partial,
  } as Hotline;
}

function pack(code: string, hotlines: Hotline[]): RegionPack {
  return {
    code,
    name: code,
    country: code.toUpperCase(),
    languages: ['en'],
    hotlines,
  } as RegionPack;
}

describe('firstHelpFor', () => {
  it('finds a poster’s region, and a subdivision’s country', () => {
    expect(firstHelpFor('?r=gb', rows)).toEqual({ region: 'gb', row: gb });
    expect(firstHelpFor('?r=GB', rows)).toEqual({ region: 'gb', row: gb });
    expect(firstHelpFor('?r=us-tx&for=adult', rows)).toEqual({ region: 'us', row: us });
  });

  it('gives no numbers for an unknown place, a malformed code or none', () => {
    for (const search of [
      '',
      '?r=',
      '?r=aq',
      '?r=xx',
      '?r=%E2%84%AAe',
      '?r=gb%0A',
      '?r=%EF%BB%BFgb',
      '?r=g',
      '?lang=gb',
      '?r=__proto__',
      '?r=constructor',
    ]) {
      expect(firstHelpFor(search, rows), search).toBeNull();
    }
  });

  it('never throws and never answers with a region it has no row for', () => {
    fc.assert(
      fc.property(fc.string(), fc.string({ unit: 'grapheme' }), (a, b) => {
        for (const search of [a, `?r=${b}`, `?r=${encodeURIComponent(b)}`]) {
          const found = firstHelpFor(search, rows);
          if (found) expect(Object.keys(rows)).toContain(found.region);
        }
      }),
    );
  });
});

describe('parseFirstHelpData', () => {
  const en = { call: 'Call', text: 'Text', exit: 'Exit', dir: 'ltr' };
  const words = { en, ar: { call: 'اتصل', text: 'رسالة', exit: 'خروج', dir: 'rtl' } };

  it('keeps every language with whole words and leaves out a malformed one', () => {
    const json = JSON.stringify({
      words: { ...words, fr: { call: 'Appeler', text: 'SMS', exit: 'Sortir', dir: 'sideways' } },
      rows: { gb },
    });
    expect(parseFirstHelpData(json)?.words).toEqual(words);
  });

  it('needs English, the fallback every choice ends in', () => {
    const json = JSON.stringify({ words: { ar: words.ar }, rows: { gb } });
    expect(parseFirstHelpData(json)).toBeNull();
  });

  it('keeps good rows and leaves out malformed ones', () => {
    const json = JSON.stringify({ words, rows: { gb, bad: ['x', 1, ''], short: ['x'] } });
    expect(parseFirstHelpData(json)).toEqual({ words, rows: { gb } });
  });

  it('answers null for anything unusable, never throwing', () => {
    for (const json of [
      '',
      '{',
      'null',
      '[]',
      JSON.stringify({ rows: {} }),
      JSON.stringify({ words: {}, rows: {} }),
      JSON.stringify({ words: en, rows: {} }),
    ]) {
      expect(parseFirstHelpData(json), json).toBeNull();
    }
  });
});

describe('firstHelpRow', () => {
  it('takes the card’s line and the emergency number, as people read them', () => {
    const row = firstHelpRow(
      pack('gb', [
        line({ id: 'slavery', purpose: 'trafficking', phone: '+448000121700' }),
        line({ id: 'nine', purpose: 'emergency', run_by: 'authority', phone: '999' }),
      ]),
    );
    expect(row).toEqual(['+44 800 012 1700', '', '999']);
  });

  it('shows the emergency line once when the card would ask for it too', () => {
    const row = firstHelpRow(
      pack('xk', [line({ id: 'sos', purpose: 'emergency', run_by: 'authority', phone: '112' })]),
    );
    expect(row).toEqual(['', '', '112']);
  });

  it('leaves out digits to dial, lines without calls and texts that need a keyword', () => {
    const row = firstHelpRow(
      pack('br', [
        line({
          id: 'text',
          purpose: 'child',
          phone: '+5511999999999',
          call: false,
          sms: { number: '+5511999999999', keyword: 'HELP' },
        }),
        line({ id: 'dial', purpose: 'emergency', run_by: 'authority', phone: '190', dial: '#190' }),
      ]),
    );
    expect(row).toBeNull();
  });

  it('has no row for the global pack', () => {
    expect(
      firstHelpRows([
        pack('zz', [line({ id: 'x', purpose: 'trafficking', phone: '+448000121700' })]),
      ]),
    ).toEqual({});
  });
});

describe('firstHelpWords', () => {
  const words: FirstHelpData['words'] = {
    en: { call: 'Call', text: 'Text', exit: 'Exit', dir: 'ltr' },
    fr: { call: 'Appeler', text: 'Écrire', exit: 'Sortir', dir: 'ltr' },
    ar: { call: 'اتصل', text: 'رسالة', exit: 'خروج', dir: 'rtl' },
    'zh-Hant': { call: '打電話', text: '傳短訊', exit: '離開', dir: 'ltr' },
  };

  it('opens in the language the app will: ?lang= first, then the browser, then English', () => {
    expect(firstHelpWords('?r=gb&lang=fr', ['ar'], words).lang).toBe('fr');
    expect(firstHelpWords('?r=eg', ['ar-EG', 'en'], words)).toEqual({
      lang: 'ar',
      words: words.ar,
    });
    expect(firstHelpWords('?r=hk', ['zh-HK'], words).lang).toBe('zh-Hant');
    expect(firstHelpWords('?r=de', ['de-DE', 'fr'], words).lang).toBe('fr');
    expect(firstHelpWords('?r=gb', ['sw'], words)).toEqual({ lang: 'en', words: words.en });
  });

  it('ignores a ?lang= it has no words for, or that is not a language tag at all', () => {
    for (const lang of ['xx', '../../etc', '<b>', 'fr%00']) {
      expect(firstHelpWords(`?r=gb&lang=${lang}`, ['en'], words).lang, lang).toBe('en');
    }
  });
});
