/**
 * Words that give Lantern's purpose away, in every language it ships or
 * plans to, and the scan that finds them in a surface the phone may show
 * before unlock (title, manifest, cover). Pure; used by tests and checks.
 *
 * `prefixes` match at the start of a word, so a stem catches its forms
 * ("traffic" → "trafficking", "victim" → "victims"). `anywhere` match inside
 * words too: for scripts written without spaces (Chinese) and languages that
 * glue words on in front (Arabic "و" + "ال", Tagalog infixes).
 */

/** One language's revealing words. */
export interface RevealingWordList {
  /** The language's code as shipped ("zh-Hant" has its own list). */
  language: string;
  prefixes: readonly string[];
  anywhere?: readonly string[];
  /** Also match with accents dropped: people often type "policia" for "policía". */
  foldAccents?: boolean;
}

/** The lists. Lantern itself is allowed: it is the neutral default name. */
export const revealingWords: readonly RevealingWordList[] = [
  {
    language: 'en',
    prefixes: [
      'traffic',
      'abus',
      'help',
      'hotline',
      'victim',
      'escap',
      'rescue',
      'safe',
      'police',
      'sos',
      'exploit',
      'slave',
      'emergenc',
    ],
  },
  {
    language: 'es',
    foldAccents: true,
    prefixes: [
      'trata de',
      'tráfico',
      'abus',
      'ayuda',
      'víctima',
      'escap',
      'huir',
      'rescat',
      'socorr',
      'auxilio',
      'seguridad',
      'policía',
      'sos',
      'explotación',
      'esclav',
      'emergencia',
    ],
  },
  {
    language: 'fr',
    foldAccents: true,
    prefixes: [
      'trafic',
      'traite des',
      'abus',
      'aide',
      'secours',
      'victime',
      'échapp',
      'évasion',
      'fuir',
      'sauvetage',
      'sécurité',
      'police',
      'sos',
      'exploitation',
      'esclav',
      'urgence',
    ],
  },
  {
    language: 'pt',
    foldAccents: true,
    prefixes: [
      'tráfico',
      'abus',
      'ajuda',
      'vítima',
      'escap',
      'fuga',
      'fugir',
      'resgat',
      'socorro',
      'segurança',
      'polícia',
      'sos',
      'exploração',
      'escrav',
      'emergência',
    ],
  },
  {
    language: 'ro',
    foldAccents: true,
    prefixes: [
      'trafic',
      'abuz',
      'ajutor',
      'victim',
      'evadare',
      'scăpare',
      'salvare',
      'siguranță',
      'poliția',
      'poliție',
      'polițist',
      'sos',
      'exploatare',
      'sclav',
      'urgență',
    ],
  },
  {
    language: 'ru',
    prefixes: [
      'торговля людьми',
      'торговли людьми',
      'торговлю людьми',
      'насили',
      'помощ',
      'помогите',
      'горячая линия',
      'горячей линии',
      'жертв',
      'побег',
      'бежать',
      'спасение',
      'спасите',
      'спасти',
      'безопасн',
      'полици',
      'sos',
      'эксплуатац',
      'рабств',
      'экстренн',
    ],
  },
  {
    language: 'uk',
    prefixes: [
      'торгівля людьми',
      'торгівлі людьми',
      'торгівлю людьми',
      'насильств',
      'допомог',
      'допоможіть',
      'гаряча лінія',
      'гарячої лінії',
      'жертв',
      'втеч',
      'втекти',
      'порятун',
      'рятуйте',
      'безпек',
      'поліці',
      'sos',
      'експлуатац',
      'рабств',
      'екстрен',
    ],
  },
  {
    language: 'ar',
    prefixes: ['sos'],
    anywhere: [
      'اتجار',
      'تهريب',
      'إساءة',
      'عنف',
      'مساعدة',
      'ساعدني',
      'نجدة',
      'خط ساخن',
      'ضحية',
      'ضحايا',
      'هروب',
      'فرار',
      'إنقاذ',
      'أمان',
      'سلامة',
      'شرطة',
      'استغلال',
      'عبودية',
      'طوارئ',
    ],
  },
  {
    language: 'fa',
    prefixes: ['sos'],
    anywhere: [
      'قاچاق',
      'سوءاستفاده',
      'سوء استفاده',
      'آزار',
      'خشونت',
      'کمک',
      'قربانی',
      'فرار',
      'نجات',
      'امنیت',
      'ایمنی',
      'پلیس',
      'بهره‌کشی',
      'بهره کشی',
      'استثمار',
      'بردگی',
      'اورژانس',
    ],
  },
  {
    language: 'zh',
    prefixes: ['sos'],
    anywhere: [
      '贩卖',
      '販賣',
      '拐卖',
      '拐賣',
      '贩运',
      '販運',
      '虐待',
      '求助',
      '帮助',
      '幫助',
      '救命',
      '热线',
      '熱線',
      '受害',
      '逃跑',
      '逃离',
      '逃離',
      '救援',
      '安全',
      '警察',
      '报警',
      '報警',
      '剥削',
      '剝削',
      '奴役',
      '奴隶',
      '奴隸',
      '紧急',
      '緊急',
    ],
  },
  {
    language: 'hi',
    prefixes: [
      'तस्करी',
      'दुर्व्यवहार',
      'शोषण',
      'मदद',
      'सहायता',
      'हेल्पलाइन',
      'पीड़ित',
      'पलायन',
      'बचाव',
      'बचाओ',
      'सुरक्षा',
      'पुलिस',
      'गुलाम',
      'बंधुआ',
      'आपात',
      'sos',
    ],
  },
  {
    language: 'tl',
    prefixes: ['biktima', 'pulis', 'saklolo', 'emerhensiya', 'sos'],
    anywhere: [
      'abuso',
      'tulong',
      'tumulong',
      'tulung',
      'takas',
      'sagip',
      'ligtas',
      'alipin',
      'pagsasamantala',
      'karahasan',
    ],
  },
  {
    language: 'vi',
    prefixes: [
      'buôn bán người',
      'mua bán người',
      'lạm dụng',
      'bạo hành',
      'giúp đỡ',
      'trợ giúp',
      'giúp tôi',
      'cứu tôi',
      'cứu hộ',
      'cứu trợ',
      'cứu giúp',
      'giải cứu',
      'đường dây nóng',
      'nạn nhân',
      'trốn thoát',
      'bỏ trốn',
      'an toàn',
      'công an',
      'cảnh sát',
      'bóc lột',
      'nô lệ',
      'khẩn cấp',
      'sos',
    ],
  },
  {
    language: 'sw',
    prefixes: [
      'usafirishaji haramu',
      'usafirishaji wa binadamu',
      'biashara ya binadamu',
      'biashara haramu ya binadamu',
      'unyanyasaji',
      'msaada',
      'nisaidie',
      'tusaidie',
      'usaidizi',
      'dharura',
      'mwathirika',
      'waathirika',
      'uokoaji',
      'kuokoa',
      'niokoe',
      'usalama',
      'polisi',
      'sos',
      'unyonyaji',
      'utumwa',
      'mtumwa',
      'watumwa',
    ],
    anywhere: ['toroka'],
  },
  {
    // Traditional Chinese as written in Taiwan and Hong Kong; words shared with zh stay there.
    language: 'zh-Hant',
    prefixes: ['sos'],
    anywhere: [
      '人口販運',
      '販運',
      '販賣',
      '虐待',
      '求助',
      '求救',
      '幫助',
      '幫忙',
      '協助',
      '專線',
      '熱線',
      '受害',
      '逃跑',
      '逃離',
      '逃脫',
      '脫逃',
      '救援',
      '營救',
      '安全',
      '警察',
      '報警',
      '報案',
      '剝削',
      '奴役',
      '緊急',
    ],
  },
  {
    language: 'bn',
    prefixes: [
      'মানব পাচার',
      'পাচার',
      'নির্যাতন',
      'নিপীড়ন',
      'সাহায্য',
      'সহায়তা',
      'বাঁচাও',
      'হেল্পলাইন',
      'হটলাইন',
      'ভুক্তভোগী',
      'পালানো',
      'পালিয়ে',
      'উদ্ধার',
      'নিরাপত্তা',
      'নিরাপদ',
      'পুলিশ',
      'শোষণ',
      'দাসত্ব',
      'জরুরি',
      'sos',
    ],
  },
  {
    language: 'ne',
    prefixes: [
      'मानव बेचबिखन',
      'बेचबिखन',
      'ओसारपसार',
      'दुर्व्यवहार',
      'हिंसा',
      'मद्दत',
      'सहयोग',
      'सहायता',
      'गुहार',
      'बचाउ',
      'हेल्पलाइन',
      'पीडित',
      'भाग्नु',
      'उम्कनु',
      'उद्धार',
      'सुरक्षा',
      'सुरक्षित',
      'प्रहरी',
      'पुलिस',
      'शोषण',
      'दासत्व',
      'आपतकाल',
      'आपत्काल',
      'sos',
    ],
  },
  {
    language: 'ur',
    prefixes: [
      'انسانی اسمگلنگ',
      'اسمگلنگ',
      'بردہ فروشی',
      'زیادتی',
      'بدسلوکی',
      'تشدد',
      'مدد',
      'ہیلپ لائن',
      'متاثرہ',
      'متاثرین',
      'فرار',
      'بچاؤ',
      'بچائیں',
      'حفاظت',
      'تحفظ',
      'پولیس',
      'استحصال',
      'غلامی',
      'ہنگامی',
      'ایمرجنسی',
      'sos',
    ],
  },
  {
    language: 'id',
    prefixes: [
      'perdagangan orang',
      'perdagangan manusia',
      'kekerasan',
      'pelecehan',
      'penganiayaan',
      'bantuan',
      'tolong',
      'saluran siaga',
      'saluran bantuan',
      'hotline',
      'korban',
      'melarikan diri',
      'penyelamatan',
      'selamatkan',
      'keselamatan',
      'keamanan',
      'polisi',
      'eksploitasi',
      'perbudakan',
      'darurat',
      'sos',
    ],
  },
  {
    // Amharic glues prepositions on in front (የ-, በ-, ለ-, ከ-: "የእርዳታ መስመር"), so the
    // stems match anywhere; both common spellings of ህ/ሕ and ነ/ኀ are listed.
    language: 'am',
    prefixes: ['sos'],
    anywhere: [
      'የሰዎች ዝውውር',
      'የሰው ዝውውር',
      'ሕገወጥ ዝውውር',
      'ህገወጥ ዝውውር',
      'ሕገ ወጥ',
      'ህገ ወጥ',
      'ሕገወጥ',
      'ህገወጥ',
      'ጥቃት',
      'በደል',
      'ማጎሳቆል',
      'እርዳታ',
      'እርዳኝ',
      'እርዱኝ',
      'ርዳታ',
      'ድረሱልኝ',
      'የእርዳታ መስመር',
      'ሆትላይን',
      'ተጎጂ',
      'ሰለባ',
      'ማምለጥ',
      'ማምለጫ',
      'አምልጥ',
      'መሸሽ',
      'ሽሽት',
      'ማዳን',
      'አድኑኝ',
      'ደህንነት',
      'ደኅንነት',
      'ፖሊስ',
      'ብዝበዛ',
      'መበዝበዝ',
      'ባርነት',
      'ባሪያ',
      'አስቸኳይ',
      'የአደጋ ጊዜ',
    ],
  },
  {
    // Sinhala adds case endings after the word (ජාවාරමට, පොලිසියට), so stems match at the start.
    language: 'si',
    prefixes: [
      'මිනිස් ජාවාරම',
      'ජාවාරම',
      'අපයෝජන',
      'හිංසන',
      'හිරිහැර',
      'උදව්',
      'උපකාර',
      'සහාය',
      'ක්ෂණික ඇමතුම්',
      'හොට්ලයින්',
      'වින්දිත',
      'ගොදුර',
      'පැන යා',
      'පැනයා',
      'පලා යා',
      'පලායා',
      'ගලවා',
      'ගැලවීම',
      'බේරා ගැනීම',
      'බේරාගැනීම',
      'ආරක්ෂ',
      'පොලිස',
      'පොලීසි',
      'සූරාකෑම',
      'සූරා කෑම',
      'සූරාකන',
      'වහල්',
      'වහලුන්',
      'හදිසි',
      'sos',
    ],
  },
  {
    // Thai is written without spaces between words, so a word-start match would miss
    // "ขอความช่วยเหลือ": every Thai word is matched anywhere. Bare "หนี" (flee) is left
    // out because it sits inside "หนี้" (debt), and bare "ทาส" (slave) inside "ทาสี" (paint).
    language: 'th',
    prefixes: ['sos'],
    anywhere: [
      'ค้ามนุษย์',
      'ล่วงละเมิด',
      'ทารุณ',
      'ช่วยเหลือ',
      'ช่วยด้วย',
      'สายด่วน',
      'เหยื่อ',
      'ผู้เสียหาย',
      'หลบหนี',
      'หนีออก',
      'กู้ภัย',
      'ช่วยชีวิต',
      'ปลอดภัย',
      'ตำรวจ',
      'แสวงหาประโยชน์',
      'แสวงประโยชน์',
      'ขูดรีด',
      'เป็นทาส',
      'ฉุกเฉิน',
    ],
  },
  {
    // Khmer, like Thai, runs words together (spaces only between phrases), so every Khmer
    // word is matched anywhere: a word-start match misses ប៉ូលិស in ទៅប៉ូលិស ("to the police").
    language: 'km',
    prefixes: ['sos'],
    anywhere: [
      'ជួញដូរមនុស្ស',
      'រំលោភបំពាន',
      'បំពាន',
      'ជំនួយ',
      'ជួយ',
      'ខ្សែទូរស័ព្ទបន្ទាន់',
      'ជនរងគ្រោះ',
      'រងគ្រោះ',
      'រត់គេច',
      'គេចខ្លួន',
      'ភៀសខ្លួន',
      'សង្គ្រោះ',
      'សុវត្ថិភាព',
      'ប៉ូលិស',
      'នគរបាល',
      'កេងប្រវ័ញ្ច',
      'ទាសភាព',
      'ទាសករ',
      'អាសន្ន',
    ],
  },
  {
    language: 'tr',
    foldAccents: true,
    prefixes: [
      'insan ticaret',
      'insan kaçakçı',
      'kaçakçılık',
      'istismar',
      'taciz',
      'şiddet',
      'yardım',
      'imdat',
      'destek hattı',
      'mağdur',
      'kurban',
      'kaçış',
      'kaçmak',
      'kurtar',
      'kurtul',
      'güvenlik',
      'güvenli',
      'güvende',
      'polis',
      'emniyet',
      'jandarma',
      'sos',
      'sömürü',
      'köle',
      'zorla çalıştır',
      'acil',
    ],
  },
  {
    language: 'de',
    foldAccents: true,
    prefixes: [
      'missbrauch',
      'misshandl',
      'hilf',
      'helf',
      'hotline',
      'opfer',
      'flucht',
      'flieh',
      'entkommen',
      'rettung',
      'rette',
      'sicherheit',
      'sicher',
      'polizei',
      'sos',
      'zwangsarbeit',
      'zwangsprostitution',
      'sklav',
      'notfall',
    ],
    // German glues nouns together: "Kinderhilfe", "Frauennotruf", "Arbeitsausbeutung".
    anywhere: ['menschenhandel', 'hilfetelefon', 'hilfe', 'notruf', 'ausbeut', 'gewalt'],
  },
  {
    language: 'it',
    foldAccents: true,
    prefixes: [
      'tratta di',
      'tratta degli',
      'tratta delle',
      'antitratta',
      'trafficant',
      'traffico di persone',
      'traffico di esseri umani',
      'abus',
      'maltratt',
      'violenz',
      'aiut',
      'soccors',
      'linea di ascolto',
      "linea d'ascolto",
      'numero verde',
      'vittim',
      'fuga',
      'fuggi',
      'scapp',
      'evasione',
      'salvataggio',
      'salvami',
      'sicurezza',
      'al sicuro',
      'in salvo',
      'polizia',
      'poliziott',
      'carabinier',
      'questura',
      'sos',
      'sfrutt',
      'schiav',
      'emergenz',
    ],
  },
  {
    language: 'pl',
    foldAccents: true,
    prefixes: [
      'handel ludźmi',
      'handlu ludźmi',
      'handlem ludźmi',
      'handlarz',
      'przemoc',
      'nadużyci',
      'molestow',
      'pomoc',
      'pomóż',
      'pomoż',
      'ratunk',
      'ratunek',
      'telefon zaufania',
      'telefonu zaufania',
      'infolini',
      'ofiar',
      'ucieczk',
      'uciec',
      'uciek',
      'ratow',
      'uratuj',
      'ocal',
      'bezpieczeństw',
      'bezpieczn',
      'policj',
      'sos',
      'wyzysk',
      'wykorzystyw',
      'niewol',
      'alarmow',
    ],
  },
  {
    // Burmese (Unicode, never Zawgyi) runs words together, so the words match anywhere.
    // Bare ရဲ ("police") is left out: it is inside ရဲ့ ("of"), in nearly every sentence.
    language: 'my',
    prefixes: ['sos'],
    anywhere: [
      'လူကုန်ကူး',
      'နှိပ်စက်',
      'ညှဉ်းပန်း',
      'အကူအညီ',
      'ကူညီ',
      'ကယ်ပါ',
      'ဟော့လိုင်း',
      'ဒုက္ခသည်',
      'သားကောင်',
      'ခံရသူ',
      'ထွက်ပြေး',
      'လွတ်မြောက်',
      'ကယ်ဆယ်',
      'ကယ်တင်',
      'လုံခြုံ',
      'ဘေးကင်း',
      'ရဲစခန်း',
      'ရဲတပ်',
      'ရဲအရာရှိ',
      'အမြတ်ထုတ်',
      'ခေါင်းပုံဖြတ်',
      'ကျွန်ပြု',
      'အရေးပေါ်',
    ],
  },
];

/** A revealing word found in a text, and the language whose list it is on. */
export interface RevealingMatch {
  language: string;
  word: string;
}

/**
 * Puts text in one comparable form: compatibility-normalised, lower case,
 * ß as ss, Turkish dotted and dotless i as i, invisible joiners and Arabic vowel marks dropped, Arabic/Persian letter
 * variants (أ إ آ → ا, ي ى → ی, ك → ک) unified.
 */
export function normalizeForScan(text: string): string {
  return (
    text
      .normalize('NFKC')
      .toLowerCase()
      // German ß is "SS" in capitals, and comes back as "ss".
      .replace(/\u00df/g, 'ss')
      // Turkish: "YARDIM" lowers to "yardim" and "İ" to "i" + a dot above, so the
      // dotless ı and the dotted İ both become a plain i.
      .replace(/\u0131|i\u0307/g, 'i')
      .replace(/[\u00ad\u200b-\u200d\u2060\ufeff\u0640]/g, '')
      .replace(/[\u064b-\u065f\u0670]/g, '')
      .replace(/[\u0622\u0623\u0625\u0671]/g, '\u0627')
      .replace(/[\u064a\u0649]/g, '\u06cc')
      .replace(/\u0643/g, '\u06a9')
  );
}

/** Drops Latin accents: "policía" → "policia", "siguranță" → "siguranta". */
export function foldAccents(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .normalize('NFC');
}

interface Matcher {
  language: string;
  word: string;
  pattern: RegExp;
  folded: boolean;
  /** Text the pattern cannot match without: a cheap test that skips most regexes. */
  literal: string;
  /** The word in scan form: one report per word, whichever list and form found it. */
  key: string;
}

let matchers: Matcher[] | undefined;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function patternFor(word: string, atWordStart: boolean): RegExp {
  // Any run of spaces between the words of a phrase.
  const body = word.split(/\s+/).map(escapeRegExp).join('\\s+');
  return new RegExp(atWordStart ? `(?<![\\p{L}\\p{N}\\p{M}])${body}` : body, 'u');
}

function firstWord(phrase: string): string {
  return phrase.split(/\s+/)[0] ?? phrase;
}

function buildMatchers(): Matcher[] {
  return revealingWords.flatMap((list) => {
    const entries = [
      ...list.prefixes.map((word) => [word, true] as const),
      ...(list.anywhere ?? []).map((word) => [word, false] as const),
    ];
    return entries.flatMap(([word, atWordStart]) => {
      const normal = normalizeForScan(word);
      const own = {
        language: list.language,
        word,
        pattern: patternFor(normal, atWordStart),
        folded: false,
        literal: firstWord(normal),
        key: normal,
      };
      if (!list.foldAccents) return [own];
      const folded = foldAccents(normal);
      return [
        own,
        {
          ...own,
          pattern: patternFor(folded, atWordStart),
          folded: true,
          literal: firstWord(folded),
        },
      ];
    });
  });
}

/** Every revealing word in `text`, each reported once (under the first language listing it). */
export function findRevealingWords(text: string): RevealingMatch[] {
  matchers ??= buildMatchers();
  const normal = normalizeForScan(text);
  const folded = foldAccents(normal);
  const found = new Map<string, RevealingMatch>();
  for (const matcher of matchers) {
    const { key } = matcher;
    if (found.has(key)) continue;
    // Hundreds of words in 28 languages: a substring test first keeps a scan to microseconds.
    const haystack = matcher.folded ? folded : normal;
    if (!haystack.includes(matcher.literal)) continue;
    if (matcher.pattern.test(haystack)) {
      found.set(key, { language: matcher.language, word: matcher.word });
    }
  }
  return [...found.values()];
}

/** A revealing word found in one named surface (a file, a manifest, a cover). */
export interface SurfaceFinding extends RevealingMatch {
  surface: string;
}

/** Scans named texts (surface name → its whole text): every finding, in order. */
export function scanSurfaceTexts(surfaces: Readonly<Record<string, string>>): SurfaceFinding[] {
  return Object.entries(surfaces).flatMap(([surface, text]) =>
    findRevealingWords(text).map((match) => ({ surface, ...match })),
  );
}
