/**
 * Posters in every language (issue 13, item 5): the poster command lays the page
 * out in Chromium and prints it to PDF. Here the printed page is read back as a
 * phone and a person would: the QR decoded by jsQR from a rendering of the very
 * HTML the PDF was printed from, the words checked for their script and for
 * tofu, and the PDF for its paper, page count and fonts.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { test, expect } from './support/browser';
import { findTofu } from '../../scripts/fonts/find-tofu';
import { buildPosters } from '../../scripts/poster/build-poster';
import { printPosterPages } from '../../scripts/poster/render';
import { LANGS } from '../../scripts/poster/wording';

const root = join(import.meta.dirname, '..', '..');
const A4_PX = { width: Math.ceil((210 * 96) / 25.4), height: Math.ceil((297 * 96) / 25.4) };

test('a Bengali and English poster for Bangladesh: its QR opens the region, its words are Bengali then English', async ({
  page,
}) => {
  // Spawns tsx and Chromium, which print two pages: slow on a loaded machine.
  test.slow();
  const out = mkdtempSync(join(tmpdir(), 'lantern-poster-'));
  try {
    const run = spawnSync(
      'npx',
      [
        'tsx',
        'scripts/poster.ts',
        '--region',
        'bd',
        '--lang',
        'bn,en',
        '--origin',
        'https://example.org',
        '--out',
        out,
      ],
      { cwd: root, encoding: 'utf8' },
    );
    expect(run.status, run.stderr).toBe(0);
    expect(readdirSync(out).sort()).toEqual([
      'bd-bn-en-discreet-a4.html',
      'bd-bn-en-discreet-a4.pdf',
      'bd-bn-en-discreet-letter.html',
      'bd-bn-en-discreet-letter.pdf',
    ]);

    // The PDF: one A4 page (595.28 × 841.89 pt, to Chromium's rounding), with a Bengali font in it.
    const pdf = readFileSync(join(out, 'bd-bn-en-discreet-a4.pdf')).toString('latin1');
    expect(pdf.startsWith('%PDF-')).toBe(true);
    expect(pdf.match(/\/Type\s*\/Page\b/g)).toHaveLength(1);
    const box = /\/MediaBox\s*\[0 0 ([\d.]+) ([\d.]+)\]/.exec(pdf);
    expect(Number(box?.[1])).toBeCloseTo(595, 0);
    expect(Number(box?.[2])).toBeCloseTo(842, 0);
    const fonts = [...pdf.matchAll(/\/BaseFont\s*\/[A-Z]{6}\+([\w-]+)/g)].map((m) => m[1]);
    expect(
      fonts.some((font) => /Bengali/.test(font ?? '')),
      fonts.join(', '),
    ).toBe(true);

    // The same HTML, as it prints: the code on it must decode to exactly the region's link.
    await page.setViewportSize(A4_PX);
    await page.emulateMedia({ media: 'print' });
    await page.goto(`file://${join(out, 'bd-bn-en-discreet-a4.html')}`);
    const png = PNG.sync.read(await page.screenshot());
    const decoded = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
    expect(decoded?.data).toBe('https://example.org/?r=bd');

    // First language large, in Bengali script; second under it, in English.
    const lines = await page.locator('.l1, .l2').evaluateAll((spans) =>
      spans.map((span) => {
        const own = span.cloneNode(true) as HTMLElement;
        // Filled-in values (the code BD, the host) are the same in every language.
        for (const value of own.querySelectorAll('bdi')) value.remove();
        return {
          level: span.className,
          lang: span.getAttribute('lang'),
          letters: (own.textContent ?? '').match(/\p{L}/gu)?.join('') ?? '',
          size: parseFloat(getComputedStyle(span).fontSize),
        };
      }),
    );
    const first = lines.filter((line) => line.level === 'l1');
    const second = lines.filter((line) => line.level === 'l2');
    expect(first.length).toBeGreaterThanOrEqual(6);
    expect(second).toHaveLength(first.length);
    for (const line of first) {
      expect(line.lang).toBe('bn');
      expect(line.letters, line.letters).toMatch(/^\p{Script=Bengali}+$/u);
    }
    for (const [index, line] of second.entries()) {
      expect(line.lang).toBe('en');
      expect(line.letters, line.letters).toMatch(/^\p{Script=Latin}+$/u);
      expect(line.size).toBeLessThan(first[index]?.size ?? 0);
    }
    expect(await page.locator('html').getAttribute('lang')).toBe('bn');
    const report = await page.evaluate(findTofu);
    expect(report.letters).toBeGreaterThan(20);
    expect(report.tofu).toEqual([]);
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
});

test('every language’s fullest poster lays out with a scannable code and no tofu', async () => {
  // 18 pages printed by one Chromium: minutes on a loaded machine.
  test.setTimeout(600_000);
  // The standard child poster with English under it, on the smaller paper: the most words, the least room.
  const jobs = LANGS.flatMap((lang) => {
    const build = buildPosters({
      region: 'bd',
      origin: 'https://example.org',
      langs: lang === 'en' ? ['en'] : [lang, 'en'],
      style: 'standard',
      audience: 'child',
    });
    return build.pages.filter((page) => page.options.paper.id === 'letter');
  });
  expect(jobs).toHaveLength(LANGS.length);
  // printPosterPages throws on tofu, clipped words or a QR under 60 mm.
  const printed = await printPosterPages(jobs);
  for (const page of printed) {
    const { qr, textBoxes } = page.layout;
    expect(qr.width, page.name).toBeGreaterThanOrEqual(60);
    // No line of text, as Chromium placed it, overlaps the code or its quiet zone.
    expect(textBoxes.length, page.name).toBeGreaterThan(10);
    for (const box of textBoxes) {
      const apart =
        box.x + box.width <= qr.x ||
        qr.x + qr.width <= box.x ||
        box.y + box.height <= qr.y ||
        qr.y + qr.height <= box.y;
      expect(apart, `${page.name}: ${JSON.stringify(box)}`).toBe(true);
    }
    expect(page.pdf.subarray(0, 5).toString(), page.name).toBe('%PDF-');
  }
});
