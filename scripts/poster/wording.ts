// A poster's words live with the app's, in src/locales/<lang>/poster.json (the
// `poster` namespace, checked by `npm run i18n:check` and never shipped in the
// app). Placeholders, as in the app: {{code}} (e.g. GB), {{host}} (e.g.
// example.org), {{region}} (the place's name in the poster's language) and
// {{age}} (18, written in the language's own digits).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as v from 'valibot';
import { languages } from '../../src/core/languages';

const LOCALES_DIR = fileURLToPath(new URL('../../src/locales', import.meta.url));

/** Languages the app speaks that have poster words, in the app's order. */
export const LANGS: readonly string[] = languages
  .map((language) => language.code)
  .filter((code) => existsSync(join(LOCALES_DIR, code, 'poster.json')));

/** A language with poster words (a code from LANGS). */
export type Lang = string;

/** The most languages one poster carries: more and the QR is squeezed below a scannable size. */
export const MAX_LANGS = 2;

const text = v.pipe(v.string(), v.trim(), v.minLength(1));

const PosterWordsSchema = v.object({
  discreet: v.object({
    title: text,
    headline: text,
    childHeadline: text,
    free: text,
    noAccount: text,
    footer: text,
  }),
  standard: v.object({
    title: text,
    headline: text,
    childHeadline: text,
    whatItIs: text,
    notAlone: text,
    offline: text,
    danger: text,
    footer: text,
  }),
  scan: text,
  code: text,
  typeInstead: text,
  tearOffHint: text,
});

/** Every word of a poster in one language, as the locale file has them. */
export type PosterWords = v.InferOutput<typeof PosterWordsSchema>;

/** The words of one poster style in one language, body paragraphs in order. */
export interface PosterWording {
  /** Title of the PDF and HTML page; shown in a browser tab, so as neutral as the headline. */
  title: string;
  headline: string;
  /** The headline of a poster for children (`--for child`): it speaks to a child. */
  childHeadline: string;
  body: readonly string[];
  scan: string;
  code: string;
  typeInstead: string;
  footer: string;
  tearOffHint: string;
}

/** Reads and validates `src/locales/<lang>/poster.json`; throws with the file's name when it is wrong. */
export function loadPosterWords(lang: Lang, localesDir = LOCALES_DIR): PosterWords {
  const file = join(localesDir, lang, 'poster.json');
  const parsed = v.safeParse(PosterWordsSchema, JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.success) {
    const where = parsed.issues.map((issue) => v.getDotPath(issue) ?? '(root)').join(', ');
    throw new Error(`${file}: missing or empty words at ${where}`);
  }
  return parsed.output;
}

/** The words of one style, in the order the poster prints them. */
export function getWording(words: PosterWords, style: 'discreet' | 'standard'): PosterWording {
  const shared = {
    scan: words.scan,
    code: words.code,
    typeInstead: words.typeInstead,
    tearOffHint: words.tearOffHint,
  };
  if (style === 'discreet') {
    const { title, headline, childHeadline, free, noAccount, footer } = words.discreet;
    return { title, headline, childHeadline, body: [free, noAccount], footer, ...shared };
  }
  const { title, headline, childHeadline, whatItIs, notAlone, offline, danger, footer } =
    words.standard;
  return {
    title,
    headline,
    childHeadline,
    body: [whatItIs, notAlone, offline, danger],
    footer,
    ...shared,
  };
}

/** Text direction of a language, from the app's own list. */
export function getDirection(lang: Lang): 'ltr' | 'rtl' {
  return languages.find((language) => language.code === lang)?.dir ?? 'ltr';
}

/**
 * Word stems that give the purpose away to an onlooker, matched case-insensitively
 * anywhere in a host name (where words run together, e.g. "nohelp-needed").
 */
export const REVEALING_STEMS: readonly string[] = [
  'traffick',
  'abuse',
  'help',
  'hotline',
  'victim',
  'escape',
  'rescue',
  'safe',
  'police',
  'sos',
  'exploit',
  'slave',
];

/** Whether a string names a language that has poster words. */
export function isLang(lang: string): lang is Lang {
  return LANGS.includes(lang);
}

/** Replaces {{name}} placeholders; an unknown placeholder is left as typed so a translator sees it. */
export function fillTemplate(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(
    /\{\{\s*([a-z]+)\s*\}\}/g,
    (whole, name: string) => values[name] ?? whole,
  );
}

/** Splits a template into literal text and placeholder values, so HTML can isolate each value. */
export function splitTemplate(
  template: string,
  values: Readonly<Record<string, string>>,
): Array<{ text: string; value: boolean }> {
  const parts: Array<{ text: string; value: boolean }> = [];
  let last = 0;
  for (const match of template.matchAll(/\{\{\s*([a-z]+)\s*\}\}/g)) {
    const value = values[match[1] ?? ''];
    if (value === undefined) continue;
    if (match.index > last) parts.push({ text: template.slice(last, match.index), value: false });
    parts.push({ text: value, value: true });
    last = match.index + match[0].length;
  }
  if (last < template.length) parts.push({ text: template.slice(last), value: false });
  return parts;
}
