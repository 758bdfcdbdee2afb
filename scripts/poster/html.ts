import { escapeXml } from './escape';
import { FONT_STACK, type Paper } from './svg';
import type { PosterWording } from './wording';

/** One printable page of the HTML file: its paper and the inline SVG drawn for it. */
export interface HtmlSheet {
  paper: Paper;
  svg: string;
}

/** Options for the printable HTML page. */
export interface HtmlOptions {
  lang: string;
  dir: 'ltr' | 'rtl';
  title: string;
  printing: PosterWording['printing'];
  sheets: readonly HtmlSheet[];
}

/**
 * Builds one self-contained printable page: each paper size is its own named `@page`,
 * and a radio choice (CSS only, no script) decides which one prints.
 */
export function renderPosterHtml(options: HtmlOptions): string {
  const { printing, sheets } = options;
  const first = sheets[0]?.paper.id;
  const radios = sheets
    .map(
      ({ paper }) =>
        `<label><input type="radio" name="paper" id="paper-${paper.id}" value="${paper.id}"` +
        `${paper.id === first ? ' checked' : ''}> ${escapeXml(printing[paper.id])}</label>`,
    )
    .join('\n      ');
  const pageRules = sheets
    .map(
      ({ paper }) =>
        `@page ${paper.id} { size: ${paper.cssSize} portrait; margin: 0; }\n` +
        `.sheet-${paper.id} { page: ${paper.id}; width: ${paper.widthMm}mm; height: ${paper.heightMm}mm; }\n` +
        `@media screen { .sheet-${paper.id} { aspect-ratio: ${paper.widthMm} / ${paper.heightMm}; } }`,
    )
    .join('\n');
  // Browsers without :has() show and print every sheet; the page-order note covers that.
  const hideOthers = sheets
    .flatMap(({ paper }) =>
      sheets
        .filter((other) => other.paper.id !== paper.id)
        .map(
          (other) =>
            `body:has(#paper-${paper.id}:checked) .sheet-${other.paper.id} { display: none; }`,
        ),
    )
    .join('\n');
  const sections = sheets
    .map(
      ({ paper, svg }) =>
        `<section class="sheet sheet-${paper.id}" aria-label="${escapeXml(printing[paper.id])}">\n${svg}\n</section>`,
    )
    .join('\n');

  return `<!doctype html>
<html lang="${escapeXml(options.lang)}" dir="${options.dir}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${escapeXml(options.title)}</title>
<style>
${pageRules}
* { box-sizing: border-box; }
html { background: #fff; color: #000; }
body { margin: 0; font-family: ${FONT_STACK}; }
.notes { max-width: 40rem; margin: 1rem auto; padding: 0 1rem; line-height: 1.4; }
.notes fieldset { border: 1px solid #000; padding: 0.5rem 1rem; }
.notes label { margin-inline-end: 1.5rem; }
.sheet { margin: 0 auto; overflow: hidden; background: #fff; }
.sheet svg { display: block; width: 100%; height: 100%; }
.sheet + .sheet { break-before: page; }
${hideOthers}
/* On screen a sheet scales down to fit a phone; print keeps it at true size. */
@media screen { .sheet { max-width: 100%; height: auto; margin-block: 1rem; outline: 1px solid #000; } }
@media print {
  .notes { display: none; }
  html, body { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
</style>
</head>
<body>
<div class="notes">
  <form>
    <fieldset>
      <legend>${escapeXml(printing.paper)}</legend>
      ${radios}
    </fieldset>
  </form>
  <p>${escapeXml(printing.howToPrint)}</p>
  <p>${escapeXml(printing.pageOrder)}</p>
  <p>${escapeXml(printing.placement)}</p>
</div>
${sections}
</body>
</html>
`;
}
