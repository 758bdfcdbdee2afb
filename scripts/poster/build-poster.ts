import type { PosterStyle } from './args';
import { renderPosterHtml } from './html';
import { getQrMatrix, type QrMatrix } from './qr-matrix';
import { PAPERS, renderPosterSvg, type Paper, type PosterLayout, type PosterText } from './svg';
import type { Audience } from '../../src/core/audience';
import { DIRECTION, fillTemplate, REVEALING_STEMS, WORDING, type Lang } from './wording';

/** What one poster run needs; region and origin must already be normalised (see args.ts). */
export interface PosterRequest {
  region: string;
  origin: string;
  lang: Lang;
  style: PosterStyle;
  /** Who the poster is for; null or absent for everyone. */
  audience?: Audience | null;
  /** The region's name from its content pack, when there is one. */
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
  files: readonly PosterFile[];
  layouts: ReadonlyArray<{ paper: Paper; layout: PosterLayout }>;
  /** Things a person should check before printing; the files are written regardless. */
  warnings: readonly string[];
}

// Under this, text on a tear-off strip is hard to read and copy without glasses.
const MIN_READABLE_STRIP_FONT_MM = 2.5;

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

/** Builds the A4 SVG, the US-Letter SVG and the printable HTML page for one region and style. */
export function buildPosters(request: PosterRequest): PosterBuild {
  const { region, origin, lang, style } = request;
  const audience = request.audience ?? null;
  const url = getPosterUrl(origin, region, { audience, venueToken: request.venueToken });
  const code = region.toUpperCase();
  const host = new URL(origin).host;
  const wording = WORDING[lang][style];
  const values = { code, host, region: request.regionName ?? code };
  const text: PosterText = {
    title: fillTemplate(wording.title, values),
    headline: fillTemplate(audience === 'child' ? wording.childHeadline : wording.headline, values),
    body: wording.body.map((paragraph) => fillTemplate(paragraph, values)),
    scan: fillTemplate(wording.scan, values),
    code: fillTemplate(wording.code, values),
    typeInstead: fillTemplate(wording.typeInstead, values),
    footer: fillTemplate(wording.footer, values),
    tearOffHint: fillTemplate(wording.tearOffHint, values),
    host,
  };
  // One matrix for every page, so all three files carry the very same symbol.
  const matrix = getQrMatrix(url);
  const dir = DIRECTION[lang];
  const base = `${region}-${style}`;

  const rendered = PAPERS.map((paper) => ({
    paper,
    ...renderPosterSvg({ paper, text, matrix, lang, dir }),
  }));
  const files: PosterFile[] = rendered.map(({ paper, svg }) => ({
    name: `${base}-${paper.id}.svg`,
    contents: `<?xml version="1.0" encoding="UTF-8"?>\n${svg}\n`,
  }));
  files.push({
    name: `${base}.html`,
    contents: renderPosterHtml({
      lang,
      dir,
      title: text.title,
      printing: wording.printing,
      sheets: rendered.map(({ paper, svg }) => ({ paper, svg })),
    }),
  });

  const warnings: string[] = [];
  const smallest = Math.min(...rendered.map(({ layout }) => layout.tearOffFontMm));
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
  return { url, code, matrix, files, layouts, warnings };
}
