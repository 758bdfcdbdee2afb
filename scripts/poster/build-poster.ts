import type { PosterStyle } from './args';
import type { LanguageLines, Line } from './page';
import { getQrMatrix, type QrMatrix } from './qr-matrix';
import type { PageJob } from './render';
import {
  getHostLines,
  PAPERS,
  renderPosterSvg,
  type Paper,
  type PosterLayout,
  type PosterText,
} from './svg';
import type { Audience } from '../../src/core/audience';
import {
  fillTemplate,
  getDirection,
  getWording,
  loadPosterWords,
  REVEALING_STEMS,
  splitTemplate,
  type Lang,
} from './wording';

/** What one poster run needs; region and origin must already be normalised (see args.ts). */
export interface PosterRequest {
  region: string;
  origin: string;
  /** One or two languages: the first printed large, the second under it. */
  langs: readonly Lang[];
  style: PosterStyle;
  /** Who the poster is for; null or absent for everyone. */
  audience?: Audience | null;
  /** The region's name from its content pack, when there is one (English). */
  regionName?: string;
  /** A signed venue pack (compact JWS) the code carries after the region. */
  venueToken?: string;
}

/** One file a run writes, relative to the output folder. */
export interface PosterFile {
  name: string;
  contents: string;
}

/** The files of one run, plus the matrix and layouts they were drawn from. */
export interface PosterBuild {
  /** Exactly what the QR encodes. */
  url: string;
  /** The region code as printed for typing, e.g. GB or US-TX. */
  code: string;
  matrix: QrMatrix;
  /** Every poster's words, one entry per language, as printed (for checks and the SVG). */
  texts: readonly PosterText[];
  /** The pages Chromium lays out and prints to PDF (A4 and US Letter), named without extension. */
  pages: readonly PageJob[];
  /** SVG posters: only for one language in Latin script, where the width tables hold. */
  files: readonly PosterFile[];
  layouts: ReadonlyArray<{ paper: Paper; layout: PosterLayout }>;
  /** Things a person should check before printing; the files are written regardless. */
  warnings: readonly string[];
}

// Under this, text on a tear-off strip is hard to read and copy without glasses.
const MIN_READABLE_STRIP_FONT_MM = 2.5;
// The age a child poster names; written in each language's own digits.
const CHILD_AGE = 18;
// Strip length the host must fit along (strip height less its padding), in mm.
const STRIP_TEXT_LENGTH = 44;

/**
 * The URL a poster's QR encodes: the region, then who the poster is for, then
 * a venue's signed pack, in the order the app's strict parser reads them.
 */
export function getPosterUrl(
  origin: string,
  region: string,
  options: { audience?: Audience | null; venueToken?: string | undefined } = {},
): string {
  const { audience = null, venueToken } = options;
  const forPart = audience === null ? '' : `&for=${audience}`;
  const venuePart = venueToken === undefined ? '' : `&v=${venueToken}`;
  return `${origin}/?r=${region}${forPart}${venuePart}`;
}

/**
 * The place's name in the poster's language: the country's own name from the
 * Unicode data (Intl) where the code is a country, else the pack's name, else the code.
 */
export function getPlaceName(region: string, lang: Lang, packName: string | undefined): string {
  const code = region.toUpperCase();
  if (lang !== 'en' && /^[A-Z]{2}$/.test(code)) {
    const name = new Intl.DisplayNames([lang], { type: 'region', fallback: 'none' }).of(code);
    if (name !== undefined && name !== code) return name;
  }
  return packName ?? code;
}

/** Whether every letter of a text is Latin, where the SVG's width tables are a fair guess. */
export function isLatinText(text: string): boolean {
  return [...text.matchAll(/\p{L}/gu)].every((match) => /\p{Script=Latin}/u.test(match[0]));
}

/** The base name of a run's files, e.g. `bd-bn-en-discreet`. */
export function getBaseName(region: string, langs: readonly Lang[], style: PosterStyle): string {
  return `${region}-${langs.join('-')}-${style}`;
}

/**
 * Builds the pages to print (A4 and US Letter, in one or two languages), plus an
 * A4 and a US-Letter SVG when the poster is in one Latin-script language.
 */
export function buildPosters(request: PosterRequest): PosterBuild {
  const { region, origin, langs, style } = request;
  const [firstLang] = langs;
  if (firstLang === undefined) throw new Error('a poster needs at least one language');
  const audience = request.audience ?? null;
  const url = getPosterUrl(origin, region, { audience, venueToken: request.venueToken });
  const code = region.toUpperCase();
  const host = new URL(origin).host;

  const languages: LanguageLines[] = [];
  const texts: PosterText[] = [];
  for (const lang of langs) {
    const wording = getWording(loadPosterWords(lang), style);
    const values = {
      code,
      host,
      region: getPlaceName(region, lang, request.regionName),
      age: new Intl.NumberFormat(lang).format(CHILD_AGE),
    };
    const headline = audience === 'child' ? wording.childHeadline : wording.headline;
    const line = (template: string): Line => splitTemplate(template, values);
    const fill = (template: string): string => fillTemplate(template, values);
    languages.push({
      lang,
      dir: getDirection(lang),
      title: fill(wording.title),
      headline: line(headline),
      body: wording.body.map(line),
      scan: line(wording.scan),
      code: line(wording.code),
      typeInstead: line(wording.typeInstead),
      footer: line(wording.footer),
      tearOffHint: line(wording.tearOffHint),
    });
    texts.push({
      title: fill(wording.title),
      headline: fill(headline),
      body: wording.body.map(fill),
      scan: fill(wording.scan),
      code: fill(wording.code),
      typeInstead: fill(wording.typeInstead),
      footer: fill(wording.footer),
      tearOffHint: fill(wording.tearOffHint),
      host,
    });
  }
  // One matrix for every page, so all files carry the very same symbol.
  const matrix = getQrMatrix(url);
  const base = getBaseName(region, langs, style);

  const hostLines = getHostLines(host, STRIP_TEXT_LENGTH);
  const hostFontMm = Math.min(...hostLines.map((line) => line.size));
  const pages: PageJob[] = PAPERS.map((paper) => ({
    name: `${base}-${paper.id}`,
    options: {
      paper,
      languages,
      matrix,
      hostLines: hostLines.map((line) => line.content),
      hostFontMm,
    },
  }));

  const [text] = texts;
  const svgFits =
    text !== undefined && texts.length === 1 && isLatinText(Object.values(text).flat().join(' '));
  const rendered = svgFits
    ? PAPERS.map((paper) => ({
        paper,
        ...renderPosterSvg({ paper, text, matrix, lang: firstLang, dir: getDirection(firstLang) }),
      }))
    : [];
  const files: PosterFile[] = rendered.map(({ paper, svg }) => ({
    name: `${base}-${paper.id}.svg`,
    contents: `<?xml version="1.0" encoding="UTF-8"?>\n${svg}\n`,
  }));

  const warnings: string[] = [];
  const smallest = Math.min(hostFontMm, ...rendered.map(({ layout }) => layout.tearOffFontMm));
  if (smallest < MIN_READABLE_STRIP_FONT_MM) {
    warnings.push(
      `The host ${host} is long: text on the tear-off strips is only ${smallest.toFixed(1)} mm high. A shorter domain prints better.`,
    );
  }
  // The host is printed on a discreet poster too, so it must not give the purpose away.
  const revealing = REVEALING_STEMS.filter((stem) => host.toLowerCase().includes(stem));
  if (style === 'discreet' && revealing.length > 0) {
    warnings.push(
      `The host ${host} contains "${revealing.join('", "')}", which could tell an onlooker what this discreet poster is for. Use a neutral domain.`,
    );
  }
  const layouts = rendered.map(({ paper, layout }) => ({ paper, layout }));
  return { url, code, matrix, texts, pages, files, layouts, warnings };
}
