// The poster as one HTML page per paper size, laid out by the browser's own text
// engine (shaping, line breaking, right-to-left, font fallback) and printed to PDF
// by Chromium (see render.ts). The QR is an inline SVG: vector, exact modules.
import { escapeXml } from './escape';
import { getQrPathData, QUIET_ZONE, type QrMatrix } from './qr-matrix';
import { FONT_STACK, type Paper } from './svg';

/** One piece of a line: plain words, or a filled-in value (code, host, place) kept apart by <bdi>. */
export interface TextPart {
  text: string;
  value: boolean;
}

/** A line of poster text in one language, as parts. */
export type Line = readonly TextPart[];

/** Every line of a poster in one language, with that language's tag and direction. */
export interface LanguageLines {
  lang: string;
  dir: 'ltr' | 'rtl';
  title: string;
  headline: Line;
  body: readonly Line[];
  scan: Line;
  code: Line;
  typeInstead: Line;
  footer: Line;
  tearOffHint: Line;
}

/** What the browser measured and the tool decided; absent on the first, unmeasured pass. */
export interface PageFit {
  /** Font sizes are multiplied by this (1 or less) when the words leave the QR too little room. */
  scale: number;
  /** Side of the QR with its quiet zone, in mm (a whole number of 0.05 mm modules). */
  qrSideMm?: number;
  /** Font size of the code on each tear-off strip, so it fits the strip's length. */
  stripCodeMm?: number;
}

/** Options for one page. */
export interface PageOptions {
  paper: Paper;
  /** One or two languages: the first is printed large, the second under it. */
  languages: readonly LanguageLines[];
  matrix: QrMatrix;
  /** The host as printed on the strips: one line, or two split after a dot. */
  hostLines: readonly string[];
  hostFontMm: number;
  fit: PageFit;
}

/** Paper margins and parts, in mm. */
export const PAGE = {
  sideMargin: 14,
  topMargin: 14,
  /** Strips run to the paper's edge so each one tears off on its own. */
  stripHeight: 50,
  tearOffCount: 8,
  maxQrSide: 100,
  /** Under this the symbol drops below ~45 mm: too small to scan from a step away. */
  minQrSide: 60,
} as const;

/** Renders a line's parts as escaped HTML, each value isolated so its direction can't reorder the words around it. */
function renderLine(line: Line): string {
  return line
    .map((part) => (part.value ? `<bdi>${escapeXml(part.text)}</bdi>` : escapeXml(part.text)))
    .join('');
}

/** One element in every language: the first language large, the second smaller under it. */
function inLanguages(
  tag: string,
  className: string,
  languages: readonly LanguageLines[],
  pick: (language: LanguageLines) => Line,
): string {
  const spans = languages.map(
    (language, index) =>
      `<span class="l${index + 1}" lang="${escapeXml(language.lang)}" dir="${language.dir}">${renderLine(pick(language))}</span>`,
  );
  return `<${tag} class="${className}">${spans.join('')}</${tag}>`;
}

/** The QR as inline SVG in module units; its CSS size is set by the page. */
function renderQr(matrix: QrMatrix): string {
  const across = matrix.size + 2 * QUIET_ZONE;
  return (
    `<svg class="qr" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${across} ${across}" role="img" aria-hidden="true">` +
    `<g data-part="qr" data-version="${matrix.version}" data-error-correction="${matrix.errorCorrectionLevel}"` +
    ` data-modules="${matrix.size}" data-quiet-zone="${QUIET_ZONE}">` +
    `<rect data-part="quiet-zone" width="${across}" height="${across}" fill="#fff"/>` +
    `<path data-part="modules" fill="#000" shape-rendering="crispEdges" d="${getQrPathData(matrix)}"/>` +
    `</g></svg>`
  );
}

/** mm to at most three decimals, for compact deterministic CSS. */
function mm(value: number): string {
  return `${Math.round(value * 1000) / 1000}mm`;
}

/** The whole page: self-contained HTML (no script, no request) that prints as one sheet. */
export function renderPosterPage(options: PageOptions): string {
  const { paper, languages, matrix, hostLines, hostFontMm, fit } = options;
  const [first] = languages;
  if (!first) throw new Error('a poster needs at least one language');
  const s = (size: number): string => mm(size * fit.scale);
  const bodyParagraphs = first.body.map((_, index) =>
    inLanguages('p', 'para', languages, (language) => language.body[index] ?? []),
  );
  const strip =
    `<div class="strip" data-part="tear-off"><div class="strip-text">` +
    `<span class="strip-code" lang="${escapeXml(first.lang)}" dir="${first.dir}">${renderLine(first.code)}</span>` +
    hostLines.map((line) => `<span class="strip-host">${escapeXml(line)}</span>`).join('') +
    `</div></div>`;
  const qrSize =
    fit.qrSideMm === undefined
      ? `height: 100%; max-height: ${mm(PAGE.maxQrSide)}; max-width: 100%; aspect-ratio: 1;`
      : `width: ${mm(fit.qrSideMm)}; height: ${mm(fit.qrSideMm)};`;

  return `<!doctype html>
<html lang="${escapeXml(first.lang)}" dir="${first.dir}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${escapeXml(first.title)}</title>
<style>
@page { size: ${paper.cssSize} portrait; margin: 0; }
* { box-sizing: border-box; }
html, body { margin: 0; background: #fff; color: #000; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { font-family: ${FONT_STACK}; line-height: 1.25; }
p, h1 { margin: 0; }
.page { width: ${mm(paper.widthMm)}; height: ${mm(paper.heightMm)}; overflow: hidden;
  display: flex; flex-direction: column; align-items: center; text-align: center;
  padding: ${mm(PAGE.topMargin)} ${mm(PAGE.sideMargin)} 0; }
.page > * { flex: none; width: 100%; }
.l1, .l2 { display: block; }
.l2 { font-size: max(0.62em, ${mm(3)}); font-weight: 400; margin-top: 0.3em; }
.headline { font-size: ${s(languages.length > 1 ? 10 : 11)}; font-weight: 700; line-height: 1.15; }
.body { margin-top: ${s(4)}; font-size: ${s(languages.length > 1 ? 5 : 5.5)}; }
.para + .para { margin-top: ${s(1.8)}; }
.scan { margin-top: ${s(4)}; font-size: ${s(6.5)}; font-weight: 700; }
.qr-slot { flex: 1 1 0; min-height: 0; display: flex; align-items: center; justify-content: center;
  padding-block: ${mm(3)}; }
.qr { display: block; ${qrSize} }
.code { font-size: ${s(10)}; font-weight: 700; }
.code .l2 { font-size: 0.5em; }
.type { margin-top: ${s(1)}; font-size: ${s(5)}; }
.footer { margin-top: ${s(4)}; font-size: ${s(4)}; }
.hint { margin-top: ${s(2)}; margin-bottom: ${mm(1.5)}; font-size: ${s(3.5)}; }
.strips { height: ${mm(PAGE.stripHeight)}; display: grid; grid-template-columns: repeat(${PAGE.tearOffCount}, 1fr);
  border-top: 0.3mm dashed #000; border-right: 0.3mm dashed #000; }
.strip { border-left: 0.3mm dashed #000; display: flex; align-items: center; justify-content: center;
  overflow: hidden; }
/* Rotated so the text runs along the strip, bottom to top, as on a notice-board slip. */
.strip-text { display: flex; flex-direction: column; align-items: center; writing-mode: vertical-rl;
  text-orientation: sideways; transform: rotate(180deg); line-height: 1.15; white-space: nowrap; }
.strip-code { font-weight: 700; font-size: ${mm(fit.stripCodeMm ?? 4.5)}; }
.strip-host { font-size: ${mm(hostFontMm)}; }
</style>
</head>
<body>
<main class="page" data-paper="${paper.id}">
${inLanguages('h1', 'headline', languages, (language) => language.headline)}
<div class="body">
${bodyParagraphs.join('\n')}
</div>
${inLanguages('p', 'scan', languages, (language) => language.scan)}
<div class="qr-slot">${renderQr(matrix)}</div>
${inLanguages('p', 'code', languages, (language) => language.code)}
${inLanguages('p', 'type', languages, (language) => language.typeInstead)}
${inLanguages('p', 'footer', languages, (language) => language.footer)}
${inLanguages('p', 'hint', languages, (language) => language.tearOffHint)}
<div class="strips">
${Array.from({ length: PAGE.tearOffCount }, () => strip).join('\n')}
</div>
</main>
</body>
</html>
`;
}
