// Lays each poster page out in Debian's Chromium (the one the browser tests use;
// never a downloaded build) and prints it to PDF. The browser measures what a
// width table can't: shaped Bengali or Burmese, Arabic joined right to left.
import { existsSync } from 'node:fs';
import { chromium, type Page } from '@playwright/test';
import { findTofu } from '../fonts/find-tofu';
import { QUIET_ZONE } from './qr-matrix';
import { PAGE, renderPosterPage, type PageFit, type PageOptions } from './page';

/** Where the tests' Chromium lives; `scripts/ensure-chromium.mjs` installs it. */
export const CHROMIUM = '/usr/bin/chromium';

// Flags that keep Chromium from reaching any host of its own: a poster run makes no request.
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-default-apps',
];

// CSS pixels per millimetre (96 per inch).
const PX_PER_MM = 96 / 25.4;
// Fonts shrink in these steps when the words leave the QR too little room, down to the last.
const SCALES = [1, 0.92, 0.85, 0.78, 0.72];
const STRIP_CODE_MM = 4.5;

/** A rectangle in mm on the page. */
export interface MmBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Where things landed on a printed page, as Chromium laid it out. */
export interface RenderedLayout {
  /** The QR with its quiet zone. */
  qr: MmBox & { moduleMm: number };
  /** Every line box of text outside the strips. */
  textBoxes: readonly MmBox[];
  tearOffCount: number;
  /** Whether any text runs out of the page or a strip (it would be cut off in print). */
  clipped: boolean;
  scale: number;
}

/** One page to print: its options (without the fit, which is measured here) and file name. */
export interface PageJob {
  name: string;
  options: Omit<PageOptions, 'fit'>;
}

/** A printed page: the final HTML, the PDF and its layout. */
export interface PrintedPage {
  name: string;
  html: string;
  pdf: Buffer;
  layout: RenderedLayout;
}

interface Measured {
  slot: { width: number; height: number };
  /** Length of the strip code at 1 mm font size, and the room it has, in mm. */
  stripCodePerMm: number;
  stripRoom: number;
}

async function measure(page: Page, html: string): Promise<Measured> {
  await page.setContent(html, { waitUntil: 'load' });
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  return page.evaluate((pxPerMm) => {
    const box = (selector: string): DOMRect =>
      document.querySelector(selector)?.getBoundingClientRect() ?? new DOMRect();
    const slot = document.querySelector('.qr-slot');
    const slotStyle = slot ? getComputedStyle(slot) : null;
    const padding = slotStyle
      ? parseFloat(slotStyle.paddingTop) + parseFloat(slotStyle.paddingBottom)
      : 0;
    const slotBox = box('.qr-slot');
    const code = document.querySelector<HTMLElement>('.strip-code');
    const strip = box('.strip');
    const codeSize = code ? parseFloat(getComputedStyle(code).fontSize) : 1;
    return {
      slot: { width: slotBox.width / pxPerMm, height: (slotBox.height - padding) / pxPerMm },
      // Rotated, the code's length along the strip is its box's height.
      stripCodePerMm: (code?.getBoundingClientRect().height ?? 0) / codeSize,
      stripRoom: strip.height / pxPerMm,
    };
  }, PX_PER_MM);
}

async function readLayout(page: Page, scale: number): Promise<RenderedLayout> {
  const measured = await page.evaluate((pxPerMm) => {
    const toMm = (rect: DOMRect) => ({
      x: rect.x / pxPerMm,
      y: rect.y / pxPerMm,
      width: rect.width / pxPerMm,
      height: rect.height / pxPerMm,
    });
    const qr = document.querySelector('.qr')?.getBoundingClientRect() ?? new DOMRect();
    const texts: Array<ReturnType<typeof toMm>> = [];
    for (const element of document.querySelectorAll('.page > :not(.qr-slot, .strips)')) {
      const range = document.createRange();
      range.selectNodeContents(element);
      for (const rect of range.getClientRects()) if (rect.width > 0) texts.push(toMm(rect));
    }
    const page = document.querySelector('.page');
    const overflowing = [...document.querySelectorAll<HTMLElement>('.page, .strip')].some(
      (element) =>
        element.scrollHeight > element.clientHeight + 1 ||
        element.scrollWidth > element.clientWidth + 1,
    );
    const pageBottom = page?.getBoundingClientRect().bottom ?? 0;
    const strips = document.querySelector('.strips')?.getBoundingClientRect();
    return {
      qr: toMm(qr),
      texts,
      strips: document.querySelectorAll('.strip').length,
      clipped: overflowing || (strips !== undefined && strips.bottom > pageBottom + 1),
    };
  }, PX_PER_MM);
  const modules = await page.evaluate(() => {
    const viewBox = document.querySelector('.qr')?.getAttribute('viewBox') ?? '0 0 1 1';
    return Number(viewBox.split(' ')[2]);
  });
  return {
    qr: { ...measured.qr, moduleMm: Math.round((measured.qr.width / modules) * 1000) / 1000 },
    textBoxes: measured.texts,
    tearOffCount: measured.strips,
    clipped: measured.clipped,
    scale,
  };
}

/**
 * Prints every page: measures the room the words leave for the QR (shrinking the
 * type a little when they leave too little), pins the QR to whole 0.05 mm modules,
 * fits the strip code, then prints. Throws when even the smallest type leaves the
 * QR under PAGE.minQrSide, or when words would be cut off.
 */
export async function printPosterPages(jobs: readonly PageJob[]): Promise<PrintedPage[]> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `Chromium is missing at ${CHROMIUM}: run node scripts/ensure-chromium.mjs (or sudo apt-get install chromium)`,
    );
  }
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
  });
  try {
    const context = await browser.newContext({ offline: true });
    // tsx (esbuild) names arrow functions with a __name helper that the page doesn't have.
    await context.addInitScript('globalThis.__name = (fn) => fn;');
    const page = await context.newPage();
    await page.emulateMedia({ media: 'print' });
    const printed: PrintedPage[] = [];
    for (const job of jobs) {
      const { paper, matrix } = job.options;
      await page.setViewportSize({
        width: Math.ceil(paper.widthMm * PX_PER_MM),
        height: Math.ceil(paper.heightMm * PX_PER_MM),
      });
      let chosen: { fit: PageFit; room: number } | undefined;
      let room = 0;
      for (const scale of SCALES) {
        const measured = await measure(page, renderPosterPage({ ...job.options, fit: { scale } }));
        room = Math.min(measured.slot.height, measured.slot.width, PAGE.maxQrSide);
        const stripCodeMm = Math.min(
          STRIP_CODE_MM,
          Math.floor(((measured.stripRoom - 6) / measured.stripCodePerMm) * 10) / 10,
        );
        if (room >= PAGE.minQrSide) {
          chosen = { fit: { scale, stripCodeMm }, room };
          break;
        }
      }
      if (!chosen) {
        throw new Error(
          `The ${paper.id} poster text leaves only ${room.toFixed(1)} mm for the QR code (needs ${PAGE.minQrSide} mm); shorten the wording.`,
        );
      }
      const across = matrix.size + 2 * QUIET_ZONE;
      // Rounded down to 0.05 mm so the printed module size is a plain figure to check with a ruler.
      const moduleMm = Math.floor((chosen.room / across) * 20) / 20;
      const fit: PageFit = { ...chosen.fit, qrSideMm: moduleMm * across };
      const html = renderPosterPage({ ...job.options, fit });
      await measure(page, html);
      const layout = await readLayout(page, fit.scale);
      if (layout.clipped) {
        throw new Error(
          `The ${paper.id} poster text does not fit on the page (some words would be cut off); shorten the wording.`,
        );
      }
      // A missing font prints empty boxes where the words should be: refuse, and say what to install.
      const tofu = [...new Set((await page.evaluate(findTofu)).tofu)];
      if (tofu.length > 0) {
        throw new Error(
          `This machine has no font for some of the words, which would print as empty boxes:\n  ${tofu.join('\n  ')}\nInstall the fonts with: node scripts/ensure-fonts.mjs`,
        );
      }
      const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
      printed.push({
        name: job.name,
        html,
        pdf,
        layout: { ...layout, qr: { ...layout.qr, moduleMm } },
      });
    }
    return printed;
  } finally {
    await browser.close();
  }
}
