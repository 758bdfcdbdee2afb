import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildPosters, getPosterUrl } from '../../scripts/poster/build-poster';
import {
  getQrMatrix,
  isDarkModule,
  QUIET_ZONE,
  type QrMatrix,
} from '../../scripts/poster/qr-matrix';
import type { Box } from '../../scripts/poster/svg';

const REPO = fileURLToPath(new URL('../..', import.meta.url));
const ORIGIN = 'https://example.org';
const GB_URL = 'https://example.org/?r=gb';
const STYLES = ['discreet', 'standard'] as const;

// Stems of words that would tell someone standing beside the reader what the poster
// is for. Kept here, apart from the wording module, so the check cannot drift with it.
const REVEALING = [
  'traffick',
  'abuse',
  'help',
  'hotline',
  'victim',
  'escape',
  'rescue',
  'safety',
  'police',
  'sos',
  'exploit',
  'slave',
  'forced',
];

/** Runs the CLI the way a person would; spawned so exit codes and stderr are real. */
function runPoster(args: readonly string[]): {
  status: number | null;
  stdout: string;
  stderr: string;
} {
  const result = spawnSync('npx', ['tsx', 'scripts/poster.ts', ...args], {
    cwd: REPO,
    encoding: 'utf8',
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/**
 * Rasterises modules at `scale` px each, with the quiet zone, through a real PNG
 * encode/decode, and returns what jsQR reads (null when it finds no code).
 */
function decodeModules(
  size: number,
  isDark: (row: number, col: number) => boolean,
  scale = 6,
): string | null {
  const side = (size + 2 * QUIET_ZONE) * scale;
  const png = new PNG({ width: side, height: side });
  for (let y = 0; y < side; y++) {
    for (let x = 0; x < side; x++) {
      const value = isDark(Math.floor(y / scale) - QUIET_ZONE, Math.floor(x / scale) - QUIET_ZONE)
        ? 0
        : 255;
      const i = (y * side + x) * 4;
      png.data[i] = value;
      png.data[i + 1] = value;
      png.data[i + 2] = value;
      png.data[i + 3] = 255;
    }
  }
  const read = PNG.sync.read(PNG.sync.write(png));
  return jsQR(new Uint8ClampedArray(read.data), read.width, read.height)?.data ?? null;
}

function decodeMatrix(matrix: QrMatrix): string | null {
  return decodeModules(matrix.size, (row, col) => isDarkModule(matrix, row, col));
}

/** The QR as an SVG draws it, read back from its own geometry. */
interface DrawnQr {
  translateX: number;
  translateY: number;
  moduleMm: number;
  size: number;
  quietZone: number;
  quietRect: { width: number; height: number };
  runs: ReadonlyArray<{ x: number; y: number; width: number }>;
  dark: readonly boolean[];
}

function readDrawnQrs(markup: string): DrawnQr[] {
  const groups = [...markup.matchAll(/<g data-part="qr"([^>]*)>([\s\S]*?)<\/g>/g)];
  return groups.map((group) => {
    const attrs = group[1] ?? '';
    const inner = group[2] ?? '';
    const transform = /transform="translate\(([\d.]+) ([\d.]+)\) scale\(([\d.]+)\)"/.exec(attrs);
    const size = Number(/data-modules="(\d+)"/.exec(attrs)?.[1]);
    const quietZone = Number(/data-quiet-zone="(\d+)"/.exec(attrs)?.[1]);
    const rect = /<rect data-part="quiet-zone" width="(\d+)" height="(\d+)" fill="#fff"\/>/.exec(
      inner,
    );
    const d = /<path data-part="modules" fill="#000"[^>]* d="([^"]*)"\/>/.exec(inner)?.[1];
    if (!transform || !rect || d === undefined)
      throw new Error('QR group is missing its transform, quiet zone or path');
    const runMatches = [...d.matchAll(/M(\d+) (\d+)h(\d+)v1h-(\d+)z/g)];
    // Every byte of the path must be one of the runs, or a stray command could draw unseen modules.
    expect(runMatches.map((m) => m[0]).join('')).toBe(d);
    const runs = runMatches.map((m) => {
      expect(m[3]).toBe(m[4]);
      return { x: Number(m[1]), y: Number(m[2]), width: Number(m[3]) };
    });
    const dark = new Array<boolean>(size * size).fill(false);
    for (const run of runs) {
      for (let col = run.x; col < run.x + run.width; col++) {
        dark[(run.y - quietZone) * size + (col - quietZone)] = true;
      }
    }
    return {
      translateX: Number(transform[1]),
      translateY: Number(transform[2]),
      moduleMm: Number(transform[3]),
      size,
      quietZone,
      quietRect: { width: Number(rect[1]), height: Number(rect[2]) },
      runs,
      dark,
    };
  });
}

/** The printed words: every <text> line, unescaped and joined, so wrapped sentences read whole. */
function visibleText(markup: string): string {
  return [...markup.matchAll(/<text[^>]*>([^<]*)<\/text>/g)]
    .map((m) => m[1] ?? '')
    .join(' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}

function intersects(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

describe('QR matrix', () => {
  it('decodes to exactly the poster URL, and not to another region’s', () => {
    const gb = getQrMatrix(getPosterUrl(ORIGIN, 'gb'));
    const us = getQrMatrix(getPosterUrl(ORIGIN, 'us-tx'));
    expect(decodeMatrix(gb)).toBe(GB_URL);
    expect(decodeMatrix(us)).toBe('https://example.org/?r=us-tx');
    expect(decodeMatrix(gb)).not.toBe('https://example.org/?r=us-tx');
  });

  it('uses error correction Q or higher', () => {
    const matrix = getQrMatrix(GB_URL);
    expect(['Q', 'H']).toContain(matrix.errorCorrectionLevel);
    expect(matrix.size).toBe(17 + 4 * matrix.version);
    // A long origin pushes H past version 5, where the generator falls back to Q.
    const long = getQrMatrix(`https://${'a'.repeat(60)}.example.org/?r=gb`);
    expect(long.errorCorrectionLevel).toBe('Q');
    expect(decodeMatrix(long)).toBe(long.text);
  });

  it('is unreadable without its finder patterns (the decoder check can fail)', () => {
    const matrix = getQrMatrix(GB_URL);
    const inFinder = (row: number, col: number): boolean =>
      (row < 8 && col < 8) ||
      (row < 8 && col >= matrix.size - 8) ||
      (row >= matrix.size - 8 && col < 8);
    expect(
      decodeModules(
        matrix.size,
        (row, col) => !inFinder(row, col) && isDarkModule(matrix, row, col),
      ),
    ).toBeNull();
  });
});

describe('generated posters', () => {
  let outDir: string;
  const files = new Map<string, string>();

  beforeAll(() => {
    outDir = mkdtempSync(join(tmpdir(), 'lantern-poster-'));
    for (const style of STYLES) {
      const result = runPoster([
        '--region',
        'GB',
        '--origin',
        `${ORIGIN}/`,
        '--style',
        style,
        '--out',
        outDir,
      ]);
      expect(result.stderr).not.toMatch(/error/i);
      expect(result.status).toBe(0);
    }
    for (const name of readdirSync(outDir))
      files.set(name, readFileSync(join(outDir, name), 'utf8'));
  }, 60_000);

  afterAll(() => {
    rmSync(outDir, { recursive: true, force: true });
  });

  const file = (name: string): string => {
    const contents = files.get(name);
    if (contents === undefined) throw new Error(`${name} was not written`);
    return contents;
  };

  it('writes an A4 SVG, a US-Letter SVG and one HTML page per style', () => {
    expect([...files.keys()].sort()).toEqual([
      'gb-discreet-a4.svg',
      'gb-discreet-letter.svg',
      'gb-discreet.html',
      'gb-standard-a4.svg',
      'gb-standard-letter.svg',
      'gb-standard.html',
    ]);
    expect(file('gb-discreet-a4.svg')).toMatch(
      /<svg [^>]*width="210mm" height="297mm" viewBox="0 0 210 297"/,
    );
    expect(file('gb-discreet-letter.svg')).toMatch(/<svg [^>]*width="215.9mm" height="279.4mm"/);
    const html = file('gb-discreet.html');
    expect(html).toMatch(/@page a4 \{ size: A4 portrait; margin: 0; \}/);
    expect(html).toMatch(/@page letter \{ size: letter portrait; margin: 0; \}/);
  });

  it('draws, in every file, a QR that decodes to exactly the poster URL', () => {
    for (const [name, contents] of files) {
      const drawn = readDrawnQrs(contents);
      expect(drawn, name).toHaveLength(name.endsWith('.html') ? 2 : 1);
      for (const qr of drawn) {
        const decoded = decodeModules(qr.size, (row, col) =>
          row >= 0 && col >= 0 && row < qr.size && col < qr.size
            ? qr.dark[row * qr.size + col] === true
            : false,
        );
        expect(decoded, name).toBe(GB_URL);
      }
    }
  });

  it('draws exactly the matrix the generator returns', () => {
    for (const style of STYLES) {
      const build = buildPosters({ region: 'gb', origin: ORIGIN, lang: 'en', style });
      expect(build.url).toBe(GB_URL);
      for (const contents of [...build.files.map((f) => f.contents), file(`gb-${style}-a4.svg`)]) {
        for (const qr of readDrawnQrs(contents)) {
          expect(qr.size).toBe(build.matrix.size);
          expect(qr.dark).toEqual(build.matrix.dark);
        }
      }
    }
  });

  it('keeps a quiet zone of 4 modules around the symbol', () => {
    for (const [name, contents] of files) {
      for (const qr of readDrawnQrs(contents)) {
        expect(qr.quietZone).toBe(4);
        expect(qr.quietRect).toEqual({ width: qr.size + 8, height: qr.size + 8 });
        const xs = qr.runs.flatMap((run) => [run.x, run.x + run.width]);
        const ys = qr.runs.flatMap((run) => [run.y, run.y + 1]);
        // Finder patterns touch all four edges of the symbol, so these bounds are exact.
        expect([Math.min(...xs), Math.max(...xs)], name).toEqual([4, 4 + qr.size]);
        expect([Math.min(...ys), Math.max(...ys)], name).toEqual([4, 4 + qr.size]);
      }
    }
  });

  it('lays out a QR at least 35 mm wide that no text overlaps, inside the page', () => {
    const build = buildPosters({ region: 'gb', origin: ORIGIN, lang: 'en', style: 'standard' });
    for (const { paper, layout } of build.layouts) {
      const symbolMm = layout.qr.moduleMm * build.matrix.size;
      expect(symbolMm).toBeGreaterThanOrEqual(35);
      expect(layout.qr.x).toBeGreaterThan(10);
      expect(layout.qr.x + layout.qr.width).toBeLessThan(paper.widthMm - 10);
      for (const box of layout.textBoxes) {
        expect(intersects(box, layout.qr), JSON.stringify(box)).toBe(false);
        expect(box.x).toBeGreaterThan(10);
        expect(box.x + box.width).toBeLessThan(paper.widthMm - 10);
      }
      const [drawn] = readDrawnQrs(
        build.files.find((f) => f.name === `gb-standard-${paper.id}.svg`)?.contents ?? '',
      );
      expect(drawn?.moduleMm).toBe(layout.qr.moduleMm);
      expect(drawn?.translateX).toBeCloseTo(layout.qr.x, 2);
      expect(drawn?.translateY).toBeCloseTo(layout.qr.y, 2);
    }
  });

  it('says nothing revealing on the discreet poster, in any file', () => {
    for (const name of ['gb-discreet-a4.svg', 'gb-discreet-letter.svg', 'gb-discreet.html']) {
      // The whole file, not only the visible text: titles and notes show too.
      const lower = file(name).toLowerCase();
      for (const word of REVEALING)
        expect(lower.includes(word), `${name} contains "${word}"`).toBe(false);
      // Naming the app would hand an onlooker a word to search for.
      expect(lower).not.toContain('lantern');
      expect(visibleText(file(name))).toContain('Private health and travel information');
      expect(visibleText(file(name))).toContain('Code: GB');
    }
  });

  it('says plainly on the standard poster what Lantern is, and names the code', () => {
    for (const name of ['gb-standard-a4.svg', 'gb-standard-letter.svg', 'gb-standard.html']) {
      const contents = visibleText(file(name));
      expect(contents).toContain('Code: GB');
      expect(contents).toContain('Lantern');
      expect(contents).toContain('Are you being controlled or forced to work?');
      // The same word check finds something here, so it is not vacuous on the discreet one.
      expect(REVEALING.some((word) => contents.toLowerCase().includes(word))).toBe(true);
    }
  });

  it('has at least 6 rotated tear-off strips with the code and host, and dashed cut lines', () => {
    for (const [name, contents] of files) {
      const strips = [
        ...contents.matchAll(
          /<g data-part="tear-off" transform="[^"]*rotate\(-90\)">([\s\S]*?)<\/g>/g,
        ),
      ];
      expect(strips.length, name).toBeGreaterThanOrEqual(name.endsWith('.html') ? 12 : 6);
      for (const strip of strips) {
        expect(strip[1]).toContain('>Code: GB<');
        expect(strip[1]).toContain('>example.org<');
      }
      expect(contents).toMatch(
        /<path data-part="cut-lines" d="[^"]+"[^>]*stroke-dasharray="[^"]+"/,
      );
    }
  });

  it('is self-contained and plain black on white', () => {
    for (const [name, contents] of files) {
      expect(contents, name).not.toMatch(/<script|<link|<image|<img|@import|url\(|href=|src=/i);
      const addresses = [...contents.matchAll(/https?:\/\/[^\s"'<>)]+/g)].map((m) => m[0]);
      expect(new Set(addresses), name).toEqual(new Set(['http://www.w3.org/2000/svg']));
      const paints = [...contents.matchAll(/(?:fill|stroke)="([^"]*)"/g)].map((m) => m[1]);
      expect(new Set(paints), name).toEqual(new Set(['#fff', '#000', 'none']));
    }
  });
});

describe('poster CLI', () => {
  const expectRefused = (args: readonly string[], message: RegExp): void => {
    const result = runPoster(args);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(message);
    expect(result.stderr).toContain('Usage: npm run poster');
  };

  it('refuses an invalid region', () => {
    expectRefused(['--region', 'gbr', '--origin', ORIGIN], /Invalid region "gbr"/);
    expectRefused(['--region', 'g<b>', '--origin', ORIGIN], /Invalid region/);
  }, 30_000);

  it('refuses an origin that is not https or has a path', () => {
    expectRefused(['--region', 'gb', '--origin', 'http://example.org'], /must use https/);
    expectRefused(
      ['--region', 'gb', '--origin', 'https://example.org/app'],
      /only scheme and host/,
    );
    expectRefused(['--region', 'gb', '--origin', 'example.org'], /not a URL/);
  }, 30_000);

  it('refuses missing or unknown arguments', () => {
    expectRefused(['--origin', ORIGIN], /--region is required/);
    expectRefused(['--region', 'gb', '--origin', ORIGIN, '--colour', 'red'], /Unknown argument/);
    expectRefused(
      ['--region', 'gb', '--origin', ORIGIN, '--lang', 'xx'],
      /No poster wording for language "xx"/,
    );
  }, 30_000);

  it('exits 1 with a message when the output folder cannot be written', () => {
    const result = runPoster(['--region', 'gb', '--origin', ORIGIN, '--out', '/dev/null/posters']);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/could not write to \/dev\/null\/posters/);
  }, 30_000);

  it('refuses a region without a pack, with a clear error and no files', () => {
    const outDir = mkdtempSync(join(tmpdir(), 'lantern-poster-'));
    try {
      // Antarctica: a valid code that will never have a pack.
      const result = runPoster([
        '--region',
        'aq',
        '--origin',
        'https://example.org',
        '--out',
        outDir,
      ]);
      expect(result.status).toBe(1);
      expect(result.stderr).toMatch(/No region pack for "aq"/);
      expect(readdirSync(outDir)).toEqual([]);
    } finally {
      rmSync(outDir, { recursive: true, force: true });
    }
  }, 30_000);

  it('accepts http://localhost and --for child: the link names the audience, the headline a child', () => {
    const outDir = mkdtempSync(join(tmpdir(), 'lantern-poster-'));
    try {
      const result = runPoster([
        '--region',
        'gb',
        '--origin',
        'http://localhost:4173',
        '--style',
        'standard',
        '--for',
        'child',
        '--out',
        outDir,
      ]);
      expect(result.status).toBe(0);
      const svg = readFileSync(join(outDir, 'gb-standard-a4.svg'), 'utf8');
      const [qr] = readDrawnQrs(svg);
      if (!qr) throw new Error('no QR drawn');
      const decoded = decodeModules(qr.size, (row, col) =>
        row >= 0 && col >= 0 && row < qr.size && col < qr.size
          ? qr.dark[row * qr.size + col] === true
          : false,
      );
      expect(decoded).toBe('http://localhost:4173/?r=gb&for=child');
      expect(svg).toContain('under 18');
      expect(svg).not.toContain('forced to work');
      expect(svg).toContain('>localhost:4173<');
    } finally {
      rmSync(outDir, { recursive: true, force: true });
    }
  }, 30_000);

  it('refuses an audience other than child or adult', () => {
    const result = runPoster([
      '--region',
      'gb',
      '--origin',
      'https://example.org',
      '--for',
      'teen',
    ]);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/Invalid --for "teen": use child or adult/);
  }, 30_000);
});
