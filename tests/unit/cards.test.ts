/// <reference types="node" />
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadCards } from '../../scripts/content/cards';
import { IssueList } from '../../scripts/content/issues';
import { loadRegionPacks } from '../../scripts/content/regions';
import {
  intlLanguageName,
  cardHotline,
  cardLanguages,
  fillTemplate,
  hasStrayBraces,
  neededCardLanguages,
  NO_NUMBER_CARDS,
  isMissingChildrenLine,
  placeholdersIn,
  regionCardLanguages,
  renderCards,
  textLanguage,
  type CardLine,
  type RenderedCard,
} from '../../src/core/cards';
import type { CardBundle, Hotline, RegionPack } from '../../src/core/content-types';
import { isAlwaysOpen } from '../../src/core/hotline-facts';
import { formatPhoneNumber } from '../../src/core/dial-links';
import { languages, languageCodeOf, spokenLanguageOf } from '../../src/core/languages';

const contentDir = fileURLToPath(new URL('../../content', import.meta.url));
const issues = new IssueList();
const packs = loadRegionPacks(contentDir, '2026-01-01', issues);
const bundles = new Map(loadCards(contentDir, issues).map((bundle) => [bundle.lang, bundle]));
const available = [...bundles.keys()];
const english = bundles.get('en') as CardBundle;

const lineText = (line: CardLine) => line.segments.map((segment) => segment.text).join('');
const ownText = (card: RenderedCard | undefined) =>
  lineText(
    card?.lines.find((line) => line.own) ?? {
      lang: '',
      dir: 'ltr',
      own: true,
      region: false,
      segments: [],
    },
  );

function render(pack: RegionPack, own: string): RenderedCard[] {
  return renderCards({ pack, own, available, bundles });
}

function hotline(purpose: Hotline['purpose'], phone: string): Hotline {
  return {
    id: `xx-${purpose}-${phone}`,
    name: `${purpose} line`,
    purpose,
    run_by: 'independent',
    phone,
    source: 'https://example.org/',
    verified: '2026-01-01',
  };
}

const packOf = (code: string) => packs.find((pack) => pack.code === code) as RegionPack;

describe('the real content', () => {
  it('loads without errors, with cards for every interface language', () => {
    expect(issues.errors).toEqual([]);
    expect(packs.length).toBeGreaterThan(20);
    for (const { code } of languages) expect(available, code).toContain(code);
  });

  // Every region × every language that has cards, as the person's own language.
  for (const pack of packs) {
    it(`${pack.code}: every card renders in every language, with the pack's number filled in`, () => {
      const line = cardHotline(pack);
      // A pack with no line open day and night (or the fallback) drops the card that names one.
      const number = line ? (line.dial ?? formatPhoneNumber(line.phone)) : '';
      for (const own of available) {
        const cards = render(pack, own);
        const langs = cardLanguages(pack.languages, own, available);
        // The "which language" card is left out only for someone who reads the region's own
        // first language; a region language without card texts (sq, ka) still gets it.
        // Speech, not script: a zh reader in Taiwan (zh-Hant) is not shown "I don't speak Chinese".
        const skipsLanguageCard =
          spokenLanguageOf(languageCodeOf(pack.languages[0] ?? 'en')) === spokenLanguageOf(own);
        // The fallback pack's call card has a sentence of its own (`callLocal`), never a card
        // of its own; a pack with no line open day and night drops the card that names one.
        const ids = english.cards
          .map((card) => card.id)
          .filter((id) => !Object.values(NO_NUMBER_CARDS).includes(id))
          .filter((id) => !(skipsLanguageCard && id === 'language'))
          .filter(
            (id) =>
              line !== undefined ||
              (pack.code === 'zz' && id in NO_NUMBER_CARDS) ||
              !placeholdersIn(englishText(id)).includes('number'),
          );
        expect(
          cards.map((card) => card.id),
          `${pack.code}/${own}`,
        ).toEqual(ids);
        for (const card of cards) {
          const where = `${pack.code}/${own}/${card.id}`;
          expect(
            card.lines.map((line) => line.lang),
            where,
          ).toEqual([...new Set([...langs.region, langs.own])]);
          expect(card.lines.filter((line) => line.region).map((line) => line.lang)).toEqual(
            langs.region,
          );
          expect(card.lines.filter((line) => line.own).map((line) => line.lang)).toEqual([own]);
          for (const line of card.lines) {
            const text = lineText(line);
            expect(text, where).not.toMatch(/\{\{|\}\}/);
            expect(text.trim(), where).not.toBe('');
            const numbers = line.segments.filter((segment) => segment.kind === 'number');
            if (card.namesHotline)
              expect(numbers, where).toEqual([{ kind: 'number', text: number }]);
            else expect(numbers, where).toEqual([]);
          }
        }
        expect(cards.some((card) => card.namesHotline)).toBe(line !== undefined);
        // The call card names the pack's number; on the fallback it names none at all.
        const call = cards
          .find((card) => card.id === 'call')
          ?.lines.map(lineText)
          .join(' ');
        if (line) expect(call, `${pack.code}/${own}`).toContain(number);
        if (pack.code === 'zz') expect(call, `${pack.code}/${own}`).not.toMatch(/\d/);
      }
    });
  }
});

const englishText = (id: string) => english.cards.find((card) => card.id === id)?.text ?? '';

describe('renderCards', () => {
  it('asks for the UK trafficking line, in English with Spanish underneath', () => {
    const cards = render(packOf('gb'), 'es');
    const call = cards.find((card) => card.id === 'call');
    expect(call?.lines.map((line) => [line.lang, line.own])).toEqual([
      ['en', false],
      ['es', true],
    ]);
    expect(call?.lines[0]?.segments).toEqual([
      { kind: 'text', text: 'Please call ' },
      { kind: 'number', text: '+44 800 012 1700' },
      { kind: 'text', text: ' for me — quietly.' },
    ]);
    expect(ownText(cards.find((card) => card.id === 'language'))).toBe(
      'No hablo inglés. Hablo español.',
    );
    expect(lineText(cards.find((card) => card.id === 'language')?.lines[0] as CardLine)).toBe(
      "I don't speak English. I speak Spanish.",
    );
  });

  it('leaves out "I don\'t speak X" when X is the person\'s own language', () => {
    expect(render(packOf('gb'), 'en').map((card) => card.id)).not.toContain('language');
    expect(render(packOf('ph'), 'tl').map((card) => card.id)).not.toContain('language');
    expect(render(packOf('us'), 'es').map((card) => card.id)).toContain('language');
  });

  it('reads Simplified and Traditional Chinese as one spoken language: no "I don\'t speak Chinese" card', () => {
    // Taiwan's pack names zh-Hant; a Simplified reader there speaks the same language.
    expect(render(packOf('tw'), 'zh').map((card) => card.id)).not.toContain('language');
    expect(render(packOf('cn'), 'zh-Hant').map((card) => card.id)).not.toContain('language');
    expect(render(packOf('tw'), 'zh-Hant').map((card) => card.id)).not.toContain('language');
  });

  it('names the spoken language, not the script, when a Chinese reader needs the card', () => {
    const named: string[] = [];
    renderCards({
      pack: packOf('gb'),
      own: 'zh-Hant',
      available,
      bundles,
      name: (code, inLanguage) => {
        named.push(code);
        return `<${code}@${inLanguage}>`;
      },
    });
    expect(new Set(named)).toEqual(new Set(['en', 'zh']));
  });

  it("shows a card once when the person reads the region's only language", () => {
    for (const card of render(packOf('gb'), 'en')) {
      expect(card.lines.map((line) => line.lang)).toEqual(['en']);
    }
  });

  it('writes right-to-left languages right to left, the number still left to right', () => {
    const call = render(packOf('gb'), 'ar').find((card) => card.id === 'call');
    expect(call?.lines.map((line) => [line.lang, line.dir])).toEqual([
      ['en', 'ltr'],
      ['ar', 'rtl'],
    ]);
    expect(call?.lines[1]?.segments.find((segment) => segment.kind === 'number')?.text).toBe(
      '+44 800 012 1700',
    );
  });

  it('names languages in each card language', () => {
    const card = render(packOf('de'), 'fr').find((entry) => entry.id === 'language');
    expect(card?.lines.map(lineText)).toEqual([
      'Ich spreche kein Deutsch. Ich spreche Französisch.',
      'Je ne parle pas allemand. Je parle français.',
    ]);
  });

  it('uses an injected namer, so the language names are testable without Intl', () => {
    const card = renderCards({
      pack: packOf('th'),
      own: 'en',
      available,
      bundles,
      name: (code, inLanguage) => `<${code}@${inLanguage}>`,
    }).find((entry) => entry.id === 'language');
    expect(card?.lines.map(lineText)).toEqual([
      'ฉันพูดภาษา<th@th>ไม่ได้ ฉันพูดภาษา<en@th>',
      "I don't speak <th@en>. I speak <en@en>.",
    ]);
  });

  it('drops cards that need a number when the pack has none to name', () => {
    const pack = { languages: ['en'], hotlines: [hotline('other', '+18004224453')] };
    const cards = renderCards({ pack, own: 'es', available, bundles });
    expect(cards.map((card) => card.id)).toEqual(['help', 'child', 'language', 'papers']);
  });

  it("keeps the person's line when a region language's bundle is not loaded", () => {
    const onlyOwn = new Map([['es', bundles.get('es') as CardBundle]]);
    const cards = renderCards({ pack: packOf('de'), own: 'es', available, bundles: onlyOwn });
    expect(cards.length).toBe(english.cards.length - Object.keys(NO_NUMBER_CARDS).length);
    for (const card of cards) expect(card.lines.map((line) => line.lang)).toEqual(['es']);
  });

  it("shows nothing rather than the wrong language when the person's bundle is missing", () => {
    expect(renderCards({ pack: packOf('gb'), own: 'es', available, bundles: new Map() })).toEqual(
      [],
    );
  });
});

describe('which hotline and which languages', () => {
  it('names the first trafficking line open day and night, else child, else emergency', () => {
    const lines = [
      hotline('other', '+18004224453'),
      hotline('emergency', '999'),
      { ...hotline('child', '116111'), hours: '24/7' },
      { ...hotline('trafficking', '+448000121700'), hours: '24/7' },
      { ...hotline('trafficking', '+448001111'), hours: '24/7' },
    ];
    expect(cardHotline({ hotlines: lines })?.phone).toBe('+448000121700');
    expect(cardHotline({ hotlines: lines.slice(0, 3) })?.phone).toBe('116111');
    expect(cardHotline({ hotlines: lines.slice(0, 2) })?.phone).toBe('999');
    expect(cardHotline({ hotlines: lines.slice(0, 1) })).toBeUndefined();
  });

  it('maps region languages to card languages: fil is Tagalog, missing ones are English, once', () => {
    // A fixed list, not the shipped one: languages without cards gain them over time.
    const written = ['en', 'af', 'tl', 'hi'];
    expect(regionCardLanguages(['en', 'zu', 'xh', 'af'], written)).toEqual(['en', 'af']);
    expect(regionCardLanguages(['fil', 'en'], written)).toEqual(['tl', 'en']);
    expect(regionCardLanguages(['en', 'ga'], written)).toEqual(['en']);
    expect(regionCardLanguages(['ga'], written)).toEqual(['en']);
    expect(textLanguage(['hi', 'en'], written)).toBe('hi');
    expect(textLanguage(['zu'], written)).toBe('en');
  });

  it("keeps the region's languages in order and adds the person's underneath, never twice", () => {
    expect(cardLanguages(['en', 'es'], 'es', available)).toEqual({
      region: ['en', 'es'],
      own: 'es',
    });
    expect(cardLanguages(['en', 'fr'], 'zh', available)).toEqual({
      region: ['en', 'fr'],
      own: 'zh',
    });
    expect(cardLanguages(['en'], 'en', available)).toEqual({ region: ['en'], own: 'en' });
    expect(cardLanguages(['de'], 'xx', available)).toEqual({ region: ['de'], own: 'en' });
    expect(neededCardLanguages(['en', 'zu', 'af'], 'sw', available)).toEqual(['en', 'af', 'sw']);
    expect(neededCardLanguages(['en', 'es'], 'en', available)).toEqual(['en', 'es']);
    const us = render(packOf('us'), 'en')[0];
    expect(us?.lines.map((line) => [line.lang, line.region, line.own])).toEqual([
      ['en', true, true],
      ['es', true, false],
    ]);
  });
});

describe('fillTemplate', () => {
  it('fills placeholders and marks the number', () => {
    expect(fillTemplate('Call {{number}} now', { number: '999' })).toEqual([
      { kind: 'text', text: 'Call ' },
      { kind: 'number', text: '999' },
      { kind: 'text', text: ' now' },
    ]);
    expect(
      fillTemplate('{{myLanguage}}{{theirLanguage}}', { myLanguage: 'a', theirLanguage: 'b' }),
    ).toEqual([{ kind: 'text', text: 'ab' }]);
  });

  it('refuses a template it cannot fill completely', () => {
    expect(fillTemplate('Call {{number}}', {})).toBeUndefined();
    expect(fillTemplate('Hello {{name}}', { number: '1' })).toBeUndefined();
  });

  it('spots placeholders and stray braces', () => {
    expect(placeholdersIn('{{number}} and {{myLanguage}}')).toEqual(['number', 'myLanguage']);
    expect(hasStrayBraces('Call {{number}}')).toBe(false);
    expect(hasStrayBraces('Call {{ number }}')).toBe(true);
    expect(hasStrayBraces('Call {number}')).toBe(true);
  });

  it('keeps every character of the text and the values, in order', () => {
    const plain = fc.string().map((text) => text.replace(/[{}]/g, ''));
    const name = fc.constantFrom('number', 'theirLanguage', 'myLanguage');
    fc.assert(
      fc.property(
        fc.array(fc.tuple(plain, name)),
        plain,
        fc.record({ number: plain, theirLanguage: plain, myLanguage: plain }),
        (parts, tail, values) => {
          const template = parts.map(([text, slot]) => `${text}{{${slot}}}`).join('') + tail;
          const expected = parts.map(([text, slot]) => text + values[slot]).join('') + tail;
          const segments = fillTemplate(template, values) ?? [];
          return segments.map((segment) => segment.text).join('') === expected;
        },
      ),
    );
  });
});

describe('the card number rule', () => {
  const purposes = ['trafficking', 'child', 'violence', 'migrant', 'emergency', 'other'] as const;
  const arbitraryLines = fc
    .array(
      fc.record({
        purpose: fc.constantFrom(...purposes),
        run_by: fc.constantFrom('authority' as const, 'independent' as const),
        hours: fc.option(fc.constantFrom('24/7', 'Mon–Fri 09:00–17:00', '24h'), {
          nil: undefined,
        }),
        missing: fc.boolean(),
        noCalls: fc.boolean(),
      }),
      { maxLength: 8 },
    )
    .map((lines) =>
      lines.map((line, index): Hotline => ({
        ...hotline(line.purpose, line.missing ? '116000' : `+44800${100000 + index}`),
        id: `xx-${index}`,
        run_by: line.run_by,
        ...(line.hours === undefined ? {} : { hours: line.hours }),
        ...(line.noCalls ? { call: false as const } : {}),
      })),
    );
  const audiences = fc.constantFrom(null, 'child' as const, 'adult' as const);

  it('never names a line that closes, a missing-children line or a line that takes no calls', () => {
    fc.assert(
      fc.property(arbitraryLines, audiences, (lines, audience) => {
        const chosen = cardHotline({ hotlines: lines }, audience);
        if (chosen === undefined) return true;
        if (chosen.call === false) return false;
        if (chosen.purpose === 'emergency') return true;
        return isAlwaysOpen(chosen.hours) && !isMissingChildrenLine(chosen);
      }),
    );
  });

  it('prefers an open line for the audience over the emergency number', () => {
    fc.assert(
      fc.property(arbitraryLines, audiences, (lines, audience) => {
        const chosen = cardHotline({ hotlines: lines }, audience);
        const wanted =
          audience === 'child'
            ? ['child']
            : audience === 'adult'
              ? ['trafficking', 'violence', 'migrant']
              : ['trafficking', 'child', 'violence', 'migrant'];
        const fits = lines.some(
          (line) =>
            wanted.includes(line.purpose) &&
            line.call !== false &&
            isAlwaysOpen(line.hours) &&
            !isMissingChildrenLine(line),
        );
        return !fits || (chosen !== undefined && wanted.includes(chosen.purpose));
      }),
    );
  });

  it('on the fallback pack asks for the local emergency number, never 116 111', () => {
    const zz = packOf('zz');
    expect(cardHotline(zz)).toBeUndefined();
    const cards = renderCards({ pack: zz, own: 'en', available, bundles });
    const call = cards.find((card) => card.id === 'call');
    expect(call?.namesHotline).toBe(false);
    expect(call?.lines.map(lineText)).toEqual([
      'Please call the local emergency number for me — quietly.',
    ]);
    expect(cards.map((card) => card.id)).not.toContain('callLocal');
  });

  // Words in a sentence written around digits broke it: "chiami il il numero", "llame al el
  // número", "appelez le le numéro", "по номеру" + a nominative. The fallback's call card is a
  // whole sentence of its own in every language.
  for (const lang of available) {
    it(`${lang}: the fallback call card is its own sentence, no word doubled`, () => {
      const zz = packOf('zz');
      const call = renderCards({ pack: zz, own: lang, available, bundles }).find(
        (card) => card.id === 'call',
      );
      const own = call?.lines.find((line) => line.lang === lang);
      expect(own, `${lang} has a call card on zz`).toBeDefined();
      const text = lineText(own as CardLine);
      expect(text).toBe(bundles.get(lang)?.cards.find((card) => card.id === 'callLocal')?.text);
      expect(own?.segments.every((segment) => segment.kind === 'text')).toBe(true);
      expect(text).not.toMatch(/\d/);
      // Two identical words in a row ("il il", "le le", "o o"): \p{L} so every script counts.
      expect(text.toLowerCase()).not.toMatch(
        /(?<![\p{L}\p{M}])([\p{L}\p{M}]+)\s+\1(?![\p{L}\p{M}])/u,
      );
      expect(text).not.toMatch(/\bal el\b/i);
      // The digits sentence stays for digits: it is not what the fallback shows.
      const digitsSentence = bundles.get(lang)?.cards.find((card) => card.id === 'call')?.text;
      expect(text).not.toBe(digitsSentence);
    });
  }

  it('fills {{number}} only with a number, set left to right', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\+?\d[\d ]{2,14}$/), (number) => {
        const segments = fillTemplate('Please call {{number}} for me.', { number });
        expect(segments?.find((segment) => segment.kind === 'number')?.text).toBe(number);
      }),
    );
  });

  it('skips the missing-children line for a child', () => {
    const lines = [
      { ...hotline('child', '116000'), name: 'Missing children', hours: '24/7' },
      { ...hotline('child', '+448001111'), hours: '24/7' },
    ];
    expect(cardHotline({ hotlines: lines }, 'child')?.phone).toBe('+448001111');
  });
});

describe('intlLanguageName', () => {
  it('names Bokmål as Norwegians say it, and other languages as Intl does', () => {
    expect(intlLanguageName('nb', 'nb')).toBe('norsk');
    expect(intlLanguageName('nb', 'en')).toBe('Norwegian');
    expect(intlLanguageName('fr', 'en')).toBe('French');
  });
});
