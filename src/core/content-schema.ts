// Schemas for everything content/ holds and the build emits. Pure and DOM-free so the
// build, the page and the service worker can all parse packs with the same rules.
// Number validity per country (libphonenumber) is checked only at build time: its
// metadata is too big to ship to a phone that may be on a slow or paid connection.
import * as v from 'valibot';
import { LANGUAGE_CODE_PATTERN } from './languages';
import { missingPackTranslations } from './pack-translations';
import { REGION_CODE_PATTERN } from './region-code';

/** What a hotline is for, in the order cards are shown when a poster names no audience. */
export const HOTLINE_PURPOSES = [
  'trafficking',
  'child',
  'violence',
  'migrant',
  'emergency',
  'other',
] as const;

/** What a line is for: one of HOTLINE_PURPOSES. */
export const PurposeSchema = v.picklist(
  HOTLINE_PURPOSES,
  `must be one of ${HOTLINE_PURPOSES.join(', ')}`,
);

/**
 * Who runs a line. An undocumented worker may fear a line run by police,
 * immigration or a ministry, so the app says so before its button.
 */
export const HOTLINE_OPERATORS = ['authority', 'independent'] as const;

/** Who an article is written for; `child` and `all` must read at grade 6 or below. */
export const ARTICLE_AUDIENCES = ['child', 'adult', 'all'] as const;

/** Packs that cover many countries, so they have no `country` and may list short codes. */
export const MULTI_COUNTRY_PACKS: readonly string[] = ['eu', 'zz'];

/** Region code: the one pattern, from region-code.ts, re-exported for the content build. */
export { REGION_CODE_PATTERN };

/** E.164: `+`, a country calling code and the national number, up to 15 digits. */
export const E164_PATTERN = /^\+[1-9]\d{6,14}$/;

/** A short code dialled only inside its country (116111, 1098, 999). */
export const SHORT_CODE_PATTERN = /^\d{3,6}$/;

/**
 * A two-digit code (France's 15, Morocco's 19). A `tel:` link can't be trusted to dial it,
 * so a hotline may use one as `phone` only with `dial` and `call: false`.
 */
export const TWO_DIGIT_CODE_PATTERN = /^\d{2}$/;

/**
 * What a person types when a `tel:` link can't dial it as written: `#163`, a
 * two-digit code (`15`), letters (`1-888-NO-ABUSE`). Shown with a copy button, never linked.
 */
export const DIAL_TEXT_PATTERN = /^[#*+0-9A-Z][#*0-9A-Z ()-]{1,19}$/;

const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
// A pack may name a script where it matters: Taiwan and Hong Kong read "zh-Hant".
const LANGUAGE_PATTERN = LANGUAGE_CODE_PATTERN;
const ISO_DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

/** True for a `YYYY-MM-DD` string that names a real calendar day (no 30 February). */
export function isRealIsoDate(text: string): boolean {
  if (!ISO_DATE_PATTERN.test(text)) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
}

/** True when a dial string is a short code rather than an E.164 number. */
export function isShortCode(phone: string): boolean {
  return SHORT_CODE_PATTERN.test(phone);
}

// Seed text marked UNVERIFIED must never ship; catching the word here stops a copy-paste.
const text = (max: number) =>
  v.pipe(
    v.string('must be text'),
    v.trim(),
    v.nonEmpty('must not be empty'),
    v.maxLength(max, `must be at most ${max} characters`),
    v.check((s) => !/unverified/i.test(s), 'contains UNVERIFIED text, which must not ship'),
  );

/** A line's number: E.164 or a short code (libphonenumber checks it further at build time). */
export const DialStringSchema = v.pipe(
  v.string('must be text'),
  v.check(
    (s) => E164_PATTERN.test(s) || SHORT_CODE_PATTERN.test(s),
    'must be E.164 ("+" and digits) or a short code of 3–6 digits',
  ),
);

// A hotline's own number also admits a two-digit code; checkRegionPack then demands `dial`.
const phoneString = v.pipe(
  v.string('must be text'),
  v.check(
    (s) => E164_PATTERN.test(s) || SHORT_CODE_PATTERN.test(s) || TWO_DIGIT_CODE_PATTERN.test(s),
    'must be E.164 ("+" and digits) or a short code of 2–6 digits',
  ),
);

const httpsUrl = v.pipe(
  v.string('must be text'),
  v.regex(/^https:\/\/\S+$/, 'must be an https:// address'),
  v.url('must be a valid address'),
);

// Some sources are archived http:// pages; they are only shown as a reference.
const sourceUrl = v.pipe(
  v.string('must be text'),
  v.regex(/^https?:\/\/\S+$/, 'must be an http(s):// address'),
  v.url('must be a valid address'),
);

const isoDate = v.pipe(
  v.string('must be text'),
  v.check(isRealIsoDate, 'must be a real date written YYYY-MM-DD'),
);

const languages = v.pipe(
  v.array(
    v.pipe(
      v.string('must be text'),
      v.regex(LANGUAGE_PATTERN, 'must be a language code such as "en" or "zh-Hant"'),
    ),
    'must be a list of language codes',
  ),
  v.nonEmpty('must list at least one language'),
);

/**
 * A pack's own free text (a note, a line's area) in other languages, keyed by
 * language code: `{ "ar": { "note": "…" } }`. The English field stays the
 * source; a language without an entry is shown the English, marked as English.
 */
const translationsOf = <T extends v.ObjectEntries>(fields: T) =>
  v.record(
    v.pipe(
      v.string('must be text'),
      v.regex(LANGUAGE_PATTERN, 'must be a language code such as "ar"'),
    ),
    v.strictObject(fields),
    'must be an object of language code: texts',
  );

/** A text-message route: a number and, where the service needs one, a keyword. */
export const SmsSchema = v.strictObject({
  number: DialStringSchema,
  keyword: v.optional(text(30)),
});

/**
 * One hotline as written in a region pack. `phone` is the line's number and its
 * identity; `call: false` says the number takes no voice calls (a WhatsApp-only
 * line) or must not be linked, and `dial` replaces the Call link when `tel:` can't
 * carry what must be typed (a pack with `dial` always says `call: false`).
 */
export const HotlineSchema = v.strictObject({
  id: v.pipe(v.string('must be text'), v.regex(ID_PATTERN, 'must be kebab-case')),
  name: text(120),
  purpose: PurposeSchema,
  run_by: v.picklist(HOTLINE_OPERATORS, `must be one of ${HOTLINE_OPERATORS.join(', ')}`),
  operator: v.optional(text(120)),
  phone: phoneString,
  call: v.optional(v.boolean('must be true or false')),
  dial: v.optional(
    v.pipe(
      v.string('must be text'),
      v.regex(DIAL_TEXT_PATTERN, 'must be what is typed on the keypad, like "#163" or "15"'),
    ),
  ),
  sms: v.optional(SmsSchema),
  whatsapp: v.optional(
    v.pipe(v.string('must be text'), v.regex(E164_PATTERN, 'must be E.164 ("+" and digits)')),
  ),
  chat: v.optional(httpsUrl),
  website: v.optional(httpsUrl),
  hours: v.optional(text(120)),
  free: v.optional(v.boolean('must be true or false')),
  languages: v.optional(languages),
  coverage: v.optional(text(80)),
  note: v.optional(text(300)),
  translations: v.optional(
    translationsOf({ note: v.optional(text(300)), coverage: v.optional(text(80)) }),
  ),
  source: sourceUrl,
  source_date: v.optional(isoDate),
  secondary_source: v.optional(
    v.literal(true, 'may only be true (the source is not the operator)'),
  ),
  second_source: v.optional(sourceUrl),
  verified: isoDate,
});

/** A region pack: `content/regions/<code>.json` and `src/generated/regions/<code>.json`. */
export const RegionPackSchema = v.strictObject({
  code: v.pipe(v.string('must be text'), v.regex(REGION_CODE_PATTERN, 'must be like "gb"')),
  name: text(80),
  country: v.nullable(
    v.pipe(v.string('must be text'), v.regex(/^[A-Z]{2}$/, 'must be like "GB" or null')),
  ),
  languages,
  note: v.optional(text(400)),
  translations: v.optional(translationsOf({ note: v.optional(text(400)) })),
  hotlines: v.pipe(
    v.array(HotlineSchema, 'must be a list of hotlines'),
    v.nonEmpty('must list at least one hotline'),
  ),
});

/** One row of `src/generated/region-index.json`, enough for the picker and `?r=` checks. */
export const RegionIndexEntrySchema = v.strictObject({
  code: v.pipe(v.string(), v.regex(REGION_CODE_PATTERN)),
  name: v.pipe(v.string(), v.nonEmpty()),
  country: v.nullable(v.pipe(v.string(), v.regex(/^[A-Z]{2}$/))),
  hotlineCount: v.pipe(v.number(), v.integer(), v.minValue(1)),
});

/** `src/generated/region-index.json`. */
export const RegionIndexSchema = v.array(RegionIndexEntrySchema);

/** A run of article text, bold or not; never markup. */
export const InlineSchema = v.strictObject({
  text: v.string(),
  strong: v.optional(v.literal(true)),
});

/** One block of an article: heading, paragraph or list. */
export const BlockSchema = v.variant('type', [
  v.strictObject({ type: v.literal('heading'), text: v.array(InlineSchema) }),
  v.strictObject({ type: v.literal('paragraph'), text: v.array(InlineSchema) }),
  v.strictObject({
    type: v.literal('list'),
    ordered: v.boolean(),
    items: v.array(v.array(InlineSchema)),
  }),
]);

/** An article's front matter as read from the Markdown file (values arrive as text). */
export const ArticleFrontMatterSchema = v.strictObject({
  title: text(80),
  audience: v.picklist(ARTICLE_AUDIENCES, `must be one of ${ARTICLE_AUDIENCES.join(', ')}`),
  order: v.pipe(
    v.string('must be text'),
    v.regex(/^[1-9]\d{0,2}$/, 'must be a whole number from 1 to 999'),
    v.transform(Number),
  ),
  summary: text(200),
});

/** A compiled article: front matter, reading time and typed blocks. */
export const ArticleSchema = v.strictObject({
  slug: v.pipe(v.string(), v.regex(ID_PATTERN)),
  title: v.string(),
  summary: v.string(),
  audience: v.picklist(ARTICLE_AUDIENCES),
  order: v.pipe(v.number(), v.integer(), v.minValue(1)),
  readingMinutes: v.pipe(v.number(), v.integer(), v.minValue(1)),
  blocks: v.pipe(v.array(BlockSchema), v.nonEmpty()),
});

/** `src/generated/articles/<lang>.json`: every article in one language. */
export const ArticleBundleSchema = v.strictObject({
  lang: v.pipe(v.string(), v.regex(LANGUAGE_CODE_PATTERN)),
  articles: v.array(ArticleSchema),
});

const textsById = (max: number) =>
  v.pipe(
    v.record(
      v.pipe(v.string(), v.regex(/^[a-z][A-Za-z0-9]*$/, 'ids must be camelCase like "help"')),
      text(max),
      'must be an object of id: text',
    ),
    v.check((entries) => Object.keys(entries).length > 0, 'must hold at least one entry'),
  );

/** `content/cards/<lang>.json` as written: cards to show, a first text message, lines for a call. */
export const CardsSourceSchema = v.strictObject({
  cards: textsById(200),
  firstText: text(140),
  whatToSay: textsById(160),
});

const IdTextSchema = v.strictObject({
  id: v.pipe(v.string(), v.nonEmpty()),
  text: v.pipe(v.string(), v.nonEmpty()),
});

/** `src/generated/cards/<lang>.json`: one language's texts, in the English order. */
export const CardBundleSchema = v.strictObject({
  lang: v.pipe(v.string(), v.regex(LANGUAGE_CODE_PATTERN)),
  cards: v.pipe(v.array(IdTextSchema), v.nonEmpty()),
  firstText: v.pipe(v.string(), v.nonEmpty()),
  whatToSay: v.pipe(v.array(IdTextSchema), v.nonEmpty()),
});

/** A rule a pack breaks that its shape alone can't show; `path` points into the pack. */
export interface PackProblem {
  readonly severity: 'error' | 'warning';
  readonly path: readonly (string | number)[];
  readonly message: string;
}

/** Checks the rules that span fields of a parsed pack: country, ids, duplicates, emergency. */
export function checkRegionPack(pack: v.InferOutput<typeof RegionPackSchema>): PackProblem[] {
  const problems: PackProblem[] = [];
  const multiCountry = MULTI_COUNTRY_PACKS.includes(pack.code);
  const expectedCountry = multiCountry ? null : pack.code.slice(0, 2).toUpperCase();
  if (pack.country !== expectedCountry) {
    problems.push({
      severity: 'error',
      path: ['country'],
      message: `country must be ${expectedCountry === null ? 'null' : `"${expectedCountry}"`} for pack "${pack.code}"`,
    });
  }
  const ids = new Set<string>();
  const phones = new Map<string, string>();
  pack.hotlines.forEach((hotline, index) => {
    if (!hotline.id.startsWith(`${pack.code}-`)) {
      problems.push({
        severity: 'error',
        path: ['hotlines', index, 'id'],
        message: `id "${hotline.id}" must start with "${pack.code}-" so ids are unique across packs`,
      });
    }
    if (ids.has(hotline.id)) {
      problems.push({
        severity: 'error',
        path: ['hotlines', index, 'id'],
        message: `duplicate id "${hotline.id}"`,
      });
    }
    ids.add(hotline.id);
    const firstWithPhone = phones.get(hotline.phone);
    if (firstWithPhone !== undefined) {
      problems.push({
        severity: 'error',
        path: ['hotlines', index, 'phone'],
        message: `duplicate phone ${hotline.phone} (also on "${firstWithPhone}")`,
      });
    } else {
      phones.set(hotline.phone, hotline.id);
    }
    problems.push(...checkChannels(hotline, index));
    const shortCodes = [hotline.phone, hotline.sms?.number].filter(
      (n): n is string => n !== undefined && isShortCode(n),
    );
    if (shortCodes.length > 0 && pack.country === null && !multiCountry) {
      problems.push({
        severity: 'error',
        path: ['hotlines', index, 'phone'],
        message: `short code ${shortCodes[0]} needs the pack's country`,
      });
    }
  });
  for (const missing of missingPackTranslations(pack)) {
    const where = missing.id === null ? 'the pack' : `"${missing.id}"`;
    problems.push({
      severity: 'error',
      path: missing.path,
      message: `${where}'s ${missing.field} has no ${missing.lang} translation: the pack lists ${missing.lang} as its own and the app speaks it (add translations.${missing.lang}.${missing.field})`,
    });
  }
  if (!pack.hotlines.some((h) => h.purpose === 'emergency')) {
    problems.push({
      severity: 'warning',
      path: ['hotlines'],
      message: `no emergency number in pack "${pack.code}" (add one once a source confirms it)`,
    });
  }
  return problems;
}

type Hotline = v.InferOutput<typeof HotlineSchema>;

/** The digits a keypad sends for `text`: letters as on a phone keypad, `#`, `*` and spacing dropped. */
export function keypadDigits(text: string): string {
  const keys = ['ABC', 'DEF', 'GHI', 'JKL', 'MNO', 'PQRS', 'TUV', 'WXYZ'];
  return [...text]
    .map((char) => {
      if (/\d/.test(char)) return char;
      const key = keys.findIndex((letters) => letters.includes(char));
      return key === -1 ? '' : String(key + 2);
    })
    .join('');
}

// A Call button must dial the line as written and only where the line takes calls. A
// WhatsApp number often takes no calls at all, so sharing the phone number means the pack
// must say which (call: true only where a source says it answers voice calls). `dial` is
// shown with a copy button in place of the Call link, so a pack with it says call: false
// and no tel: link can dial a different number (tel:163 for Globe's #163).
function checkChannels(hotline: Hotline, index: number): PackProblem[] {
  const problems: PackProblem[] = [];
  const at = (field: string, message: string, severity: PackProblem['severity'] = 'error') =>
    problems.push({ severity, path: ['hotlines', index, field], message });
  if (
    hotline.whatsapp !== undefined &&
    hotline.whatsapp === hotline.phone &&
    hotline.call === undefined
  ) {
    at(
      'whatsapp',
      `WhatsApp number ${hotline.whatsapp} is also the phone: say "call": false, or "call": true only where a source says it takes voice calls`,
    );
  }
  if (hotline.dial !== undefined) {
    if (hotline.call !== false) {
      at(
        'dial',
        `dial "${hotline.dial}" replaces the Call link, so "call" must be false (a tel: link would dial something else)`,
      );
    }
    if (!E164_PATTERN.test(hotline.phone) && keypadDigits(hotline.dial) !== hotline.phone) {
      at('dial', `dial "${hotline.dial}" does not type the phone ${hotline.phone}`);
    }
  } else if (TWO_DIGIT_CODE_PATTERN.test(hotline.phone)) {
    at(
      'phone',
      `two-digit code ${hotline.phone} can't be a tel: link; write it in "dial" with "call": false`,
    );
  }
  if (hotline.secondary_source === true && hotline.source_date === undefined) {
    at(
      'secondary_source',
      `secondary source without "source_date": say how old the page is where it shows a date`,
      'warning',
    );
  }
  return problems;
}

/** Orders hotlines by purpose (trafficking, child, emergency, other), keeping file order within. */
export function sortHotlines<T extends { readonly purpose: (typeof HOTLINE_PURPOSES)[number] }>(
  hotlines: readonly T[],
): T[] {
  return hotlines
    .map((hotline, index) => ({ hotline, index }))
    .sort(
      (a, b) =>
        HOTLINE_PURPOSES.indexOf(a.hotline.purpose) - HOTLINE_PURPOSES.indexOf(b.hotline.purpose) ||
        a.index - b.index,
    )
    .map(({ hotline }) => hotline);
}
