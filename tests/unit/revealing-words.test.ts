import { describe, expect, it } from 'vitest';
import { languages } from '../../src/core/languages';
import {
  findRevealingWords,
  foldAccents,
  normalizeForScan,
  revealingWords,
} from '../../src/core/revealing-words';
import coverWords from '../../src/locales/en/disguise.json';

const words = (text: string) => findRevealingWords(text).map((match) => match.word);

function allStrings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (value && typeof value === 'object') return Object.values(value).flatMap(allStrings);
  return [];
}

describe('revealing words', () => {
  it('has a list for every shipped language and the planned ones', () => {
    const listed = revealingWords.map((list) => list.language);
    for (const language of languages) expect(listed).toContain(language.code);
    const planned = [
      'en',
      'es',
      'fr',
      'pt',
      'ar',
      'fa',
      'ru',
      'uk',
      'ro',
      'zh',
      'zh-Hant',
      'hi',
      'tl',
      'vi',
      'sw',
      'bn',
      'ne',
      'ur',
      'id',
      'am',
      'si',
      'th',
      'km',
      'tr',
      'de',
      'it',
      'pl',
      'my',
    ];
    expect([...listed].sort()).toEqual([...planned].sort());
  });

  it('finds every listed word inside an ordinary sentence, in capitals too', () => {
    for (const list of revealingWords) {
      for (const word of [...list.prefixes, ...(list.anywhere ?? [])]) {
        expect(words(`Open. ${word.toUpperCase()}! Now`), `${list.language}: ${word}`).toContain(
          word,
        );
      }
    }
  });

  it('catches forms of a stem and phrases spread over spaces', () => {
    expect(words('Trafficking')).toContain('traffic');
    expect(words('HELPLINE')).toContain('help');
    expect(words('Victims')).toContain('victim');
    expect(words('trata  de personas')).toContain('trata de');
    expect(words('Торговля людьми')).toContain('торговля людьми');
  });

  it('finds Turkish words whatever the case of i, with and without Turkish letters', () => {
    // JavaScript lowers "YARDIM" to "yardim" (dotted) and "İ" to "i" plus a combining dot.
    expect(words('YARDIM')).toContain('yardım');
    expect(words('yardım hattı')).toContain('yardım');
    expect(words('Yardim edin')).toContain('yardım');
    expect(words('İSTİSMAR')).toContain('istismar');
    expect(words('İNSAN TİCARETİ')).toContain('insan ticaret');
    expect(words('MAĞDUR')).toContain('mağdur');
    expect(words('ŞİDDET')).toContain('şiddet');
    expect(words('guvenlik')).toContain('güvenlik');
    expect(words('KAÇIŞ')).toContain('kaçış');
    expect(normalizeForScan('IŞIK')).toBe(normalizeForScan('ışık'));
    expect(normalizeForScan('İNÇ')).toBe(normalizeForScan('inç'));
  });

  it('finds German words inside compounds, with ß and with umlauts dropped', () => {
    expect(words('Frauennotruf')).toContain('notruf');
    expect(words('Opferhilfe')).toContain('hilfe');
    expect(words('Arbeitsausbeutung')).toContain('ausbeut');
    expect(words('FLÜCHTEN')).toContain('flucht');
    expect(normalizeForScan('STRASSE')).toBe(normalizeForScan('Straße'));
    expect(words('Ruf die POLIZEI')).toContain('polizei');
  });

  it('catches words with accents dropped or written another way', () => {
    expect(words('Policia')).toContain('policía');
    expect(words('siguranta')).toContain('siguranță');
    // Arabic with hamza, without it, and with vowel marks.
    expect(words('انقاذ')).toContain('إنقاذ');
    expect(words('شُرْطَة')).toContain('شرطة');
    // Persian with and without the zero-width non-joiner.
    expect(words('بهره‌کشی')).toContain('بهره‌کشی');
    // Arabic kaf and yeh written in a Persian text, and the reverse.
    expect(words('كمك')).toContain('کمک');
    // Chinese inside a longer run, no spaces.
    expect(words('请拨打热线电话')).toContain('热线');
    // Thai inside a run with no spaces: "ask for help" and "call the hotline now".
    expect(words('ขอความช่วยเหลือ')).toContain('ช่วยเหลือ');
    expect(words('โทรสายด่วนได้ทันที')).toContain('สายด่วน');
    // Khmer the same way: "call the police now".
    expect(words('ហៅទៅប៉ូលិសឥឡូវនេះ')).toContain('ប៉ូលិស');
    // Traditional Chinese as Taiwan and Hong Kong write it, no spaces.
    expect(words('請撥打人口販運專線求助')).toEqual(
      expect.arrayContaining(['人口販運', '專線', '求助']),
    );
    // Burmese runs its words together: found inside a longer run.
    expect(words('လူကုန်ကူးမှုဆိုင်ရာအကူအညီဖုန်းလိုင်း')).toEqual(expect.arrayContaining(['လူကုန်ကူး', 'အကူအညီ']));
    expect(words('ရဲစခန်းကိုဆက်သွယ်ပါ')).toContain('ရဲစခန်း');
    // Full-width Latin letters.
    expect(words('ＳＯＳ')).toContain('sos');
  });

  it('matches at the start of a word, not inside one', () => {
    expect(words('Also: episode, chose, unsafe? helpful')).toEqual(['help']);
    expect(words('ambulance cosos')).toEqual([]);
    // Thai matches inside words, so short stems that sit inside everyday words stay off the
    // list: "debt" (หนี้สิน) holds "flee" (หนี), "paint the house" (ทาสีบ้าน) holds "slave" (ทาส).
    expect(words('หนี้สิน ทาสีบ้าน')).toEqual([]);
  });

  it('allows the neutral names, the disguises and every cover word', () => {
    expect(words('Lantern Calculator Notes Converter')).toEqual([]);
    expect(allStrings(coverWords).flatMap(words)).toEqual([]);
  });

  it('normalises and folds consistently', () => {
    expect(normalizeForScan('ÀÉ')).toBe('àé');
    expect(foldAccents('ăâîșțéñ')).toBe('aaisten');
  });
});
