// Every word a poster prints lives here, keyed by language then style, so a
// translation is one new entry. Placeholders: {code} (e.g. GB), {host}
// (e.g. example.org), {region} (the region's name, or its code when unknown).

/** Languages that have poster wording. */
export const LANGS = ['en'] as const;

/** A language with poster wording. */
export type Lang = (typeof LANGS)[number];

/** All text of one poster style in one language. */
export interface PosterWording {
  /** Title of the SVG and of the HTML page; shown in a browser tab, so as neutral as the headline. */
  title: string;
  headline: string;
  /** The headline of a poster for children (`--for child`): it speaks to a child. */
  childHeadline: string;
  /** Short paragraphs under the headline. */
  body: readonly string[];
  scan: string;
  code: string;
  typeInstead: string;
  footer: string;
  tearOffHint: string;
  /** Screen-only notes on the HTML page, never printed. */
  printing: {
    paper: string;
    a4: string;
    letter: string;
    howToPrint: string;
    pageOrder: string;
    placement: string;
  };
}

/** Text direction per language, for the HTML page and SVG text. */
export const DIRECTION: Readonly<Record<Lang, 'ltr' | 'rtl'>> = { en: 'ltr' };

const EN_PRINTING = {
  paper: 'Paper size',
  a4: 'A4',
  letter: 'US Letter',
  howToPrint:
    'Choose the paper size, then print at 100% (“Actual size”), not “Fit to page”, so the code stays large enough to scan.',
  pageOrder:
    'If your browser prints both sizes, page 1 is A4 and page 2 is US Letter: print only the one you need.',
} as const;

/** Poster wording by language and style. */
export const WORDING: Readonly<
  Record<Lang, Readonly<Record<'discreet' | 'standard', PosterWording>>>
> = {
  en: {
    // Someone controlling the reader may be standing beside them: nothing here may
    // hint at what the app is for.
    discreet: {
      title: 'Private health and travel information',
      headline: 'Private health and travel information',
      childHeadline: 'Private information for children and young people',
      body: ['Free. Works without internet after the first visit.', 'No account. No name needed.'],
      scan: 'Scan with your phone camera.',
      code: 'Code: {code}',
      typeInstead: 'No camera? Open {host} and type the code.',
      footer: 'Information for {region}',
      tearOffHint: 'Take one',
      printing: {
        ...EN_PRINTING,
        placement:
          'Put it where people can read it without being watched, for example inside a toilet door or by a basin.',
      },
    },
    // For staff areas, where saying plainly what Lantern is does no harm.
    standard: {
      title: 'Lantern: private information and helpline numbers',
      headline: 'Are you being controlled or forced to work?',
      childHeadline: 'Are you under 18 and not safe? You can talk to someone.',
      body: [
        'Lantern gives private, free information and helpline numbers for {region}.',
        'You are not in trouble, and you are not alone.',
        'It works without internet after the first visit, and it can look like an ordinary app on your phone.',
        'If you are in danger right now, call your local emergency number.',
      ],
      scan: 'Scan with your phone camera.',
      code: 'Code: {code}',
      typeInstead: 'No camera? Open {host} and type the code.',
      footer: 'Lantern · {region}',
      tearOffHint: 'Take one',
      printing: {
        ...EN_PRINTING,
        placement:
          'This poster says plainly what Lantern is: use it in staff areas. In public places, print the discreet style.',
      },
    },
  },
};

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

/** Whether a string names a language that has poster wording. */
export function isLang(lang: string): lang is Lang {
  return (LANGS as readonly string[]).includes(lang);
}

/** Replaces {name} placeholders; an unknown placeholder is left as typed so a translator sees it. */
export function fillTemplate(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(/\{([a-z]+)\}/g, (whole, name: string) => values[name] ?? whole);
}
