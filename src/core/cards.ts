/**
 * Show-a-card: which languages a card is shown in, which number it asks
 * someone to call, and its text with every {{placeholder}} filled. Pure
 * (language names come from `Intl`, injectable for tests); the number is
 * always the region pack's own, never typed into card text.
 */
import type { CardBundle, Hotline, RegionPack } from './content-types';
import { formatPhoneNumber } from './dial-links';
import type { Audience } from './audience';
import { isAlwaysOpen } from './hotline-facts';
import { AUDIENCE_PURPOSES, orderHotlines } from './hotline-order';
import { DEFAULT_LANGUAGE, findLanguage, languageCodeOf, spokenLanguageOf } from './languages';
import { GLOBAL_REGION } from './region-code';

/** The placeholders card text may use; the content build rejects any other. */
export const CARD_PLACEHOLDERS = ['number', 'theirLanguage', 'myLanguage'] as const;

/** One fillable name in card text. */
export type CardPlaceholder = (typeof CARD_PLACEHOLDERS)[number];

/** The purposes whose line a card names when a poster names no audience, best first. */
export const CARD_HOTLINE_PURPOSES: readonly Hotline['purpose'][] = [
  'trafficking',
  'child',
  'violence',
  'migrant',
];

/**
 * Cards with a whole sentence of their own for a pack that knows no number
 * (the fallback, "help in many countries"): `call` asks for a number in digits,
 * `callLocal` asks for the local emergency number in words. Words never fill
 * `{{number}}`: a sentence written around digits breaks ("chiami il il numero").
 */
export const NO_NUMBER_CARDS: Readonly<Record<string, string>> = { call: 'callLocal' };

const NO_NUMBER_VARIANTS: readonly string[] = Object.values(NO_NUMBER_CARDS);

/** A run of filled-in card text; a `number` run is shown left-to-right in any script. */
export type CardSegment = { kind: 'text'; text: string } | { kind: 'number'; text: string };

/**
 * One language's line of a card. `region` lines are for the reader (big);
 * `own` marks the person's language, which is also a region line when the
 * region speaks it, and otherwise comes last, underneath.
 */
export interface CardLine {
  readonly lang: string;
  readonly dir: 'ltr' | 'rtl';
  readonly own: boolean;
  readonly region: boolean;
  readonly segments: readonly CardSegment[];
}

/** A card ready to show: the region's languages in the pack's order, then the person's own. */
export interface RenderedCard {
  readonly id: string;
  readonly lines: readonly CardLine[];
  /** True when the card names the hotline's number (the screen adds its name). */
  readonly namesHotline: boolean;
}

/** Names language `code` in language `inLanguage` ("es" in "en" → "Spanish"). */
export type LanguageNamer = (code: string, inLanguage: string) => string;

const PLACEHOLDER = /\{\{(\w+)\}\}/g;

/** The {{names}} in `text`, in order of appearance. */
export function placeholdersIn(text: string): string[] {
  return [...text.matchAll(PLACEHOLDER)].map((match) => match[1] ?? '');
}

/** True when braces are left after the well-formed placeholders: "{{ number }", "{number}". */
export function hasStrayBraces(text: string): boolean {
  return /[{}]/.test(text.replace(PLACEHOLDER, ''));
}

/** Fills `template`; undefined when it needs a value that isn't given (so it can't be shown). */
export function fillTemplate(
  template: string,
  values: Partial<Record<CardPlaceholder, string>>,
): CardSegment[] | undefined {
  const segments: CardSegment[] = [];
  let at = 0;
  for (const match of template.matchAll(PLACEHOLDER)) {
    const name = match[1] ?? '';
    const value = isPlaceholder(name) ? values[name] : undefined;
    if (value === undefined) return undefined;
    if (match.index > at) segments.push({ kind: 'text', text: template.slice(at, match.index) });
    // A number is set left-to-right, even inside a right-to-left sentence.
    segments.push({ kind: name === 'number' ? 'number' : 'text', text: value });
    at = match.index + match[0].length;
  }
  if (at < template.length) segments.push({ kind: 'text', text: template.slice(at) });
  return mergeText(segments);
}

/**
 * True for a missing-children line (116 000 and its like): it looks for a
 * child who is missing, so it is never the number a card asks for by default.
 */
export function isMissingChildrenLine(line: Pick<Hotline, 'phone' | 'name'>): boolean {
  return line.phone === '116000' || /missing|runaway/i.test(line.name);
}

/**
 * The line a card asks someone to call: the best line for the audience that
 * never closes (a card may be shown at night), never a missing-children line
 * and never a line that takes no calls; else the emergency number. Undefined
 * on the fallback pack, whose card asks for the local emergency number in words (`callLocal`).
 */
export function cardHotline(
  pack: Pick<RegionPack, 'hotlines'> & { readonly code?: string },
  audience: Audience | null = null,
): Hotline | undefined {
  if (pack.code === GLOBAL_REGION) return undefined;
  const callable = pack.hotlines.filter((line) => line.call !== false);
  const purposes = audience === null ? CARD_HOTLINE_PURPOSES : AUDIENCE_PURPOSES[audience];
  for (const purpose of purposes) {
    const line = orderHotlines(callable, audience).find(
      (entry) =>
        entry.purpose === purpose && isAlwaysOpen(entry.hours) && !isMissingChildrenLine(entry),
    );
    if (line) return line;
  }
  return callable.find((entry) => entry.purpose === 'emergency');
}

/**
 * The region's main languages as card languages, in the pack's order:
 * "fil" is written as Tagalog, a language with no cards becomes English, no repeats.
 */
export function regionCardLanguages(
  regionLanguages: readonly string[],
  available: readonly string[],
): string[] {
  const result: string[] = [];
  for (const tag of regionLanguages) {
    const code = languageCodeOf(tag);
    const lang = available.includes(code) ? code : DEFAULT_LANGUAGE;
    if (!result.includes(lang)) result.push(lang);
  }
  return result;
}

/** The language a first text message is written in: the region's main one, else English. */
export function textLanguage(
  regionLanguages: readonly string[],
  available: readonly string[],
): string {
  return regionCardLanguages(regionLanguages, available)[0] ?? DEFAULT_LANGUAGE;
}

/** Which languages a card shows: the region's, in order, and the person's own (maybe one of them). */
export function cardLanguages(
  regionLanguages: readonly string[],
  own: string,
  available: readonly string[],
): { region: string[]; own: string } {
  return {
    region: regionCardLanguages(regionLanguages, available),
    own: available.includes(own) ? own : DEFAULT_LANGUAGE,
  };
}

/**
 * Codes a person names by their everyday name: Norway's pack lists Bokmål (`nb`), which
 * `Intl` calls "norsk bokmål", a written standard; people say they speak "norsk".
 */
const everydayName: Readonly<Record<string, string>> = { nb: 'no' };

/** Names languages with `Intl.DisplayNames`, in the card's language; the code itself if it can't. */
export const intlLanguageName: LanguageNamer = (code, inLanguage) => {
  try {
    return (
      new Intl.DisplayNames([inLanguage, DEFAULT_LANGUAGE], { type: 'language' }).of(
        everydayName[code] ?? code,
      ) ?? code
    );
  } catch {
    return code;
  }
};

/** What `renderCards` needs: the pack, the person's language and every needed bundle. */
export interface CardInput {
  readonly pack: Pick<RegionPack, 'hotlines' | 'languages'> & { readonly code?: string };
  /** Who the poster was for; chooses the line a card names. */
  readonly audience?: Audience | null;
  /** The person's language (the interface language). */
  readonly own: string;
  /** Every language that has cards in this build. */
  readonly available: readonly string[];
  /** Bundles by language: those `neededCardLanguages` names; a missing one drops its line. */
  readonly bundles: ReadonlyMap<string, CardBundle>;
  readonly name?: LanguageNamer;
}

/**
 * Every card the person can show in this region, filled in. A card that needs
 * a number the pack doesn't have, or says "I don't speak X" when X is the
 * person's own language, is left out rather than shown half right.
 */
export function renderCards(input: CardInput): RenderedCard[] {
  const { pack, bundles, name = intlLanguageName } = input;
  const langs = cardLanguages(pack.languages, input.own, input.available);
  const ownBundle = bundles.get(langs.own);
  if (!ownBundle) return [];
  const hotline = cardHotline(pack, input.audience ?? null);
  const number = hotline ? (hotline.dial ?? formatPhoneNumber(hotline.phone)) : undefined;
  const templateId = (id: string) =>
    pack.code === GLOBAL_REGION ? (NO_NUMBER_CARDS[id] ?? id) : id;
  const theirs = pack.languages[0] ?? DEFAULT_LANGUAGE;
  // "I don't speak X" is about speech: a zh reader in Taiwan (zh-Hant) speaks its language.
  const theirSpeech = spokenLanguageOf(languageCodeOf(theirs));
  const ownSpeech = spokenLanguageOf(langs.own);
  const speaksRegionLanguage = theirSpeech === ownSpeech;
  const order = unique([...langs.region, langs.own]);

  const cards: RenderedCard[] = [];
  for (const { id } of ownBundle.cards) {
    // A variant is shown only in place of its card, never as a card of its own.
    if (NO_NUMBER_VARIANTS.includes(id)) continue;
    const text = ownBundle.cards.find((card) => card.id === templateId(id))?.text;
    if (text === undefined) continue;
    const uses = placeholdersIn(text);
    if (speaksRegionLanguage && uses.includes('theirLanguage')) continue;
    const lines: CardLine[] = [];
    for (const lang of order) {
      const template = bundles.get(lang)?.cards.find((card) => card.id === templateId(id))?.text;
      if (template === undefined) continue;
      const segments = fillTemplate(template, {
        ...(number === undefined ? {} : { number }),
        theirLanguage: name(theirSpeech, lang),
        myLanguage: name(ownSpeech, lang),
      });
      if (segments === undefined) continue;
      lines.push({
        lang,
        dir: findLanguage(lang)?.dir ?? 'ltr',
        own: lang === langs.own,
        region: langs.region.includes(lang),
        segments,
      });
    }
    if (lines.some((line) => line.own)) {
      cards.push({ id, lines, namesHotline: uses.includes('number') });
    }
  }
  return cards;
}

/** The languages whose bundles `renderCards` needs for this region and person. */
export function neededCardLanguages(
  regionLanguages: readonly string[],
  own: string,
  available: readonly string[],
): string[] {
  const langs = cardLanguages(regionLanguages, own, available);
  return unique([...langs.region, langs.own]);
}

function unique(list: readonly string[]): string[] {
  return [...new Set(list)];
}

function isPlaceholder(name: string): name is CardPlaceholder {
  return (CARD_PLACEHOLDERS as readonly string[]).includes(name);
}

function mergeText(segments: CardSegment[]): CardSegment[] {
  const merged: CardSegment[] = [];
  for (const segment of segments) {
    const last = merged[merged.length - 1];
    if (last?.kind === 'text' && segment.kind === 'text') {
      merged[merged.length - 1] = { kind: 'text', text: last.text + segment.text };
    } else {
      merged.push(segment);
    }
  }
  return merged;
}
