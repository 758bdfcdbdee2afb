import { escapeXml } from './escape';
import { getQrPathData, QUIET_ZONE, type QrMatrix } from './qr-matrix';
import { estimateTextWidth, fitFontSize, wrapText } from './text-measure';

/** A paper size the poster is laid out for; SVG user units are millimetres. */
export interface Paper {
  id: 'a4' | 'letter';
  widthMm: number;
  heightMm: number;
  /** The CSS `@page` size keyword. */
  cssSize: 'A4' | 'letter';
}

/** The two paper sizes every run produces. */
export const PAPERS: readonly Paper[] = [
  { id: 'a4', widthMm: 210, heightMm: 297, cssSize: 'A4' },
  { id: 'letter', widthMm: 215.9, heightMm: 279.4, cssSize: 'letter' },
];

/** Every string a poster prints, already filled in and ready to escape. */
export interface PosterText {
  title: string;
  headline: string;
  body: readonly string[];
  scan: string;
  code: string;
  typeInstead: string;
  footer: string;
  tearOffHint: string;
  /** The origin's host, printed on each tear-off strip. */
  host: string;
}

/** An axis-aligned rectangle in millimetres. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Where things landed on the page, so tests can check geometry without re-parsing. */
export interface PosterLayout {
  /** The QR including its quiet zone. */
  qr: Box & { moduleMm: number };
  /** Estimated boxes of every line of text outside the tear-off strips. */
  textBoxes: readonly Box[];
  tearOffCount: number;
  /** The smallest font size on the strips; small when the host is very long. */
  tearOffFontMm: number;
}

/** Options for one poster page. */
export interface RenderOptions {
  paper: Paper;
  text: PosterText;
  matrix: QrMatrix;
  lang: string;
  dir: 'ltr' | 'rtl';
}

/** System fonts only: a poster file must not fetch anything, and every OS has one of these. */
export const FONT_STACK =
  "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Helvetica Neue', Arial, sans-serif";

const SIDE_MARGIN = 14;
const TOP_MARGIN = 16;
const BOTTOM_MARGIN = 8;
const TEAR_OFF_COUNT = 8;
const TEAR_OFF_HEIGHT = 46;
const MAX_QR_SIDE = 100;
// Below this the symbol (without quiet zone) would drop under ~45 mm: too small to
// scan from a step away, so refuse rather than print a poster that fails quietly.
const MIN_QR_SIDE = 60;
// A line's ink sits roughly 0.8 em above and 0.25 em below its baseline.
const ASCENT = 0.8;
const DESCENT = 0.25;

/** Renders one poster page as a standalone SVG element (no XML declaration), with its layout. */
export function renderPosterSvg(options: RenderOptions): { svg: string; layout: PosterLayout } {
  const { paper, text, matrix } = options;
  const width = paper.widthMm;
  const height = paper.heightMm;
  const centreX = width / 2;
  const contentWidth = width - 2 * SIDE_MARGIN;
  const lines: string[] = [];
  const textBoxes: Box[] = [];

  const addLine = (content: string, baseline: number, fontSize: number, bold: boolean): void => {
    const lineWidth = estimateTextWidth(content, fontSize, bold);
    textBoxes.push({
      x: centreX - lineWidth / 2,
      y: baseline - fontSize * ASCENT,
      width: lineWidth,
      height: fontSize * (ASCENT + DESCENT),
    });
    lines.push(
      `<text x="${num(centreX)}" y="${num(baseline)}" font-size="${num(fontSize)}"` +
        `${bold ? ' font-weight="700"' : ''}>${escapeXml(content)}</text>`,
    );
  };

  // Top block: headline, body, scan instruction, stacked downwards.
  let y = TOP_MARGIN;
  const headlineSize = 11;
  for (const line of wrapText(text.headline, headlineSize, contentWidth, true)) {
    addLine(line, y + headlineSize * ASCENT, headlineSize, true);
    y += headlineSize * 1.2;
  }
  y += 4;
  const bodySize = 5.5;
  for (const paragraph of text.body) {
    for (const line of wrapText(paragraph, bodySize, contentWidth)) {
      addLine(line, y + bodySize * ASCENT, bodySize, false);
      y += bodySize * 1.3;
    }
    y += 1.5;
  }
  y += 2;
  const scanSize = 6.5;
  for (const line of wrapText(text.scan, scanSize, contentWidth, true)) {
    addLine(line, y + scanSize * ASCENT, scanSize, true);
    y += scanSize * 1.25;
  }
  const topEnd = y + 3;

  // Bottom block, fixed to the foot of the page: strips, their hint, the footer.
  const stripTop = height - BOTTOM_MARGIN - TEAR_OFF_HEIGHT;
  const hintSize = 3.5;
  const hintBaseline = stripTop - 2;
  const footerSize = 4;
  const footerBaseline = hintBaseline - hintSize * ASCENT - 5;
  const footerTop = footerBaseline - footerSize * ASCENT;

  // Under the QR: the typed code and how to use it.
  const codeSize = 10;
  const typeSize = 5;
  const typeLines = wrapText(text.typeInstead, typeSize, contentWidth);
  const underQrHeight = 3 + codeSize * 1.1 + typeLines.length * typeSize * 1.3;

  const available = footerTop - 4 - underQrHeight - topEnd;
  if (available < MIN_QR_SIDE) {
    throw new Error(
      `The ${paper.id} poster text leaves only ${num(available)} mm for the QR code (needs ${MIN_QR_SIDE} mm); shorten the wording.`,
    );
  }
  const modulesAcross = matrix.size + 2 * QUIET_ZONE;
  // Rounded down to 0.05 mm so the printed module size is a plain figure to check with a ruler.
  const moduleMm = Math.floor((Math.min(available, MAX_QR_SIDE) / modulesAcross) * 20) / 20;
  const qrSide = moduleMm * modulesAcross;
  const slack = available - qrSide;
  const qrX = centreX - qrSide / 2;
  const qrY = topEnd + slack / 2;

  let under = qrY + qrSide + 3;
  addLine(text.code, under + codeSize * ASCENT, codeSize, true);
  under += codeSize * 1.1;
  for (const line of typeLines) {
    addLine(line, under + typeSize * ASCENT, typeSize, false);
    under += typeSize * 1.3;
  }
  addLine(text.footer, footerBaseline, fitFontSize(text.footer, footerSize, contentWidth), false);
  addLine(text.tearOffHint, hintBaseline, hintSize, false);

  const qr =
    `<g data-part="qr" data-version="${matrix.version}" data-error-correction="${matrix.errorCorrectionLevel}"` +
    ` data-modules="${matrix.size}" data-quiet-zone="${QUIET_ZONE}" data-module-mm="${num(moduleMm)}"` +
    ` transform="translate(${num(qrX)} ${num(qrY)}) scale(${num(moduleMm)})">` +
    `<rect data-part="quiet-zone" width="${modulesAcross}" height="${modulesAcross}" fill="#fff"/>` +
    `<path data-part="modules" fill="#000" shape-rendering="crispEdges" d="${getQrPathData(matrix)}"/>` +
    `</g>`;

  const tearOffs = renderTearOffs(text, width, height, stripTop);
  const titleId = `poster-title-${paper.id}`;
  const svg = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${num(width)}mm" height="${num(height)}mm"` +
      ` viewBox="0 0 ${num(width)} ${num(height)}" role="img" aria-labelledby="${titleId}"` +
      ` xml:lang="${escapeXml(options.lang)}" direction="${options.dir}" font-family="${FONT_STACK}"` +
      ` data-paper="${paper.id}">`,
    `<title id="${titleId}">${escapeXml(text.title)}</title>`,
    `<rect width="${num(width)}" height="${num(height)}" fill="#fff"/>`,
    `<g data-part="text" fill="#000" text-anchor="middle">`,
    ...lines,
    `</g>`,
    qr,
    tearOffs.svg,
    `</svg>`,
  ].join('\n');

  return {
    svg,
    layout: {
      qr: { x: qrX, y: qrY, width: qrSide, height: qrSide, moduleMm },
      textBoxes,
      tearOffCount: TEAR_OFF_COUNT,
      tearOffFontMm: tearOffs.smallestFontMm,
    },
  };
}

function renderTearOffs(
  text: PosterText,
  width: number,
  height: number,
  stripTop: number,
): { svg: string; smallestFontMm: number } {
  const stripWidth = (width - 2 * SIDE_MARGIN) / TEAR_OFF_COUNT;
  const length = TEAR_OFF_HEIGHT - 6;
  const lines = [
    { content: text.code, size: fitFontSize(text.code, 4.5, length, true), bold: true },
    ...getHostLines(text.host, length).map((line) => ({ ...line, bold: false })),
  ];
  // Centre the block across the strip: each line takes its font size plus a little leading.
  const blockHeight = lines.reduce((sum, line) => sum + line.size * 1.15, 0);
  let offset = -blockHeight / 2;
  const texts = lines.map((line) => {
    const baseline = offset + line.size * (ASCENT + 0.05);
    offset += line.size * 1.15;
    return (
      `<text y="${num(baseline)}" font-size="${num(line.size)}"${line.bold ? ' font-weight="700"' : ''}>` +
      `${escapeXml(line.content)}</text>`
    );
  });

  const cuts = [`M${SIDE_MARGIN} ${num(stripTop)}H${num(width - SIDE_MARGIN)}`];
  for (let i = 0; i <= TEAR_OFF_COUNT; i++) {
    // Slits run to the paper's edge so each strip tears off on its own.
    cuts.push(`M${num(SIDE_MARGIN + i * stripWidth)} ${num(stripTop)}V${num(height)}`);
  }
  const centreY = stripTop + TEAR_OFF_HEIGHT / 2;
  const strips: string[] = [];
  for (let i = 0; i < TEAR_OFF_COUNT; i++) {
    const centreX = SIDE_MARGIN + (i + 0.5) * stripWidth;
    // Rotated so the text runs along the strip, bottom to top, as on a notice-board slip.
    strips.push(
      `<g data-part="tear-off" transform="translate(${num(centreX)} ${num(centreY)}) rotate(-90)">` +
        `${texts.join('')}</g>`,
    );
  }
  return {
    svg: [
      `<g data-part="tear-offs" fill="#000" text-anchor="middle">`,
      `<path data-part="cut-lines" d="${cuts.join('')}" fill="none" stroke="#000" stroke-width="0.3" stroke-dasharray="2 1.5"/>`,
      ...strips,
      `</g>`,
    ].join('\n'),
    smallestFontMm: Math.min(...lines.map((line) => line.size)),
  };
}

// Below this a host on one line is hard to copy by hand, so it is split in two.
const HOST_ONE_LINE_MIN_MM = 3;

/** The host as one or two strip lines, split after the dot nearest its middle when too long. */
export function getHostLines(
  host: string,
  length: number,
): Array<{ content: string; size: number }> {
  const preferred = 3.8;
  const oneLine = fitFontSize(host, preferred, length);
  const dots = [...host.matchAll(/\./g)].map((m) => m.index);
  if (oneLine >= HOST_ONE_LINE_MIN_MM || dots.length === 0)
    return [{ content: host, size: oneLine }];
  const middle = host.length / 2;
  const cut =
    dots.reduce((best, dot) => (Math.abs(dot - middle) < Math.abs(best - middle) ? dot : best)) + 1;
  const parts = [host.slice(0, cut), host.slice(cut)];
  const size = Math.min(...parts.map((part) => fitFontSize(part, preferred, length)));
  return parts.map((content) => ({ content, size }));
}

/** Millimetres to at most three decimals, without trailing zeros, for compact deterministic output. */
function num(value: number): string {
  return String(Math.round(value * 1000) / 1000);
}
