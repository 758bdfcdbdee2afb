import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildPosters, getPosterUrl, type PosterBuild } from '../../scripts/poster/build-poster';
import { renderPosterPage } from '../../scripts/poster/page';
import {
  getQrMatrix,
  isDarkModule,
  QUIET_ZONE,
  type QrMatrix,
} from '../../scripts/poster/qr-matrix';
import type { Box } from '../../scripts/poster/svg';
import { LANGS } from '../../scripts/poster/wording';

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
    // An SVG poster places the QR with a transform; an HTML page sizes its <svg> with CSS.
    const transform = /transform="translate\(([\d.]+) ([\d.]+)\) scale\(([\d.]+)\)"/.exec(
      attrs,
    ) ?? [attrs, '0', '0', '0'];
    const size = Number(/data-modules="(\d+)"/.exec(attrs)?.[1]);
    const quietZone = Number(/data-quiet-zone="(\d+)"/.exec(attrs)?.[1]);
    const rect = /<rect data-part="quiet-zone" width="(\d+)" height="(\d+)" fill="#fff"\/>/.exec(
      inner,
    );
    const d = /<path data-part="modules" fill="#000"[^>]* d="([^"]*)"\/>/.exec(inner)?.[1];
    if (!rect || d === undefined) throw new Error('QR group is missing its quiet zone or path');
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

/** The printed words (an SVG's <text> lines, or an HTML page's body), unescaped, spaces collapsed. */
function visibleText(markup: string): string {
  const lines = [...markup.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1] ?? '');
  const raw =
    lines.length > 0
      ? lines.join(' ')
      : (markup.split('<body>').at(-1) ?? '').replace(/<[^>]*>/g, ' ');
  return raw
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');
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
  const files = new Map<string, string>();

  beforeAll(() => {
    // The SVGs and the pages Chromium prints (tests/e2e/poster.spec.ts prints them for real).
    for (const style of STYLES) {
      const build = buildPosters({ region: 'gb', origin: ORIGIN, langs: ['en'], style });
      for (const svg of build.files) files.set(svg.name, svg.contents);
      for (const page of build.pages)
        files.set(`${page.name}.html`, renderPosterPage({ ...page.options, fit: { scale: 1 } }));
    }
  });

  const file = (name: string): string => {
    const contents = files.get(name);
    if (contents === undefined) throw new Error(`${name} was not written`);
    return contents;
  };

  it('makes an A4 and a US-Letter SVG and page per style, in English', () => {
    expect([...files.keys()].sort()).toEqual([
      'gb-en-discreet-a4.html',
      'gb-en-discreet-a4.svg',
      'gb-en-discreet-letter.html',
      'gb-en-discreet-letter.svg',
      'gb-en-standard-a4.html',
      'gb-en-standard-a4.svg',
      'gb-en-standard-letter.html',
      'gb-en-standard-letter.svg',
    ]);
    expect(file('gb-en-discreet-a4.svg')).toMatch(
      /<svg [^>]*width="210mm" height="297mm" viewBox="0 0 210 297"/,
    );
    expect(file('gb-en-discreet-letter.svg')).toMatch(/<svg [^>]*width="215.9mm" height="279.4mm"/);
    expect(file('gb-en-discreet-a4.html')).toContain('@page { size: A4 portrait; margin: 0; }');
    expect(file('gb-en-discreet-letter.html')).toContain(
      '@page { size: letter portrait; margin: 0; }',
    );
  });

  it('draws, in every file, a QR that decodes to exactly the poster URL', () => {
    for (const [name, contents] of files) {
      const drawn = readDrawnQrs(contents);
      expect(drawn, name).toHaveLength(1);
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
      const build = buildPosters({ region: 'gb', origin: ORIGIN, langs: ['en'], style });
      expect(build.url).toBe(GB_URL);
      for (const contents of [
        ...build.files.map((f) => f.contents),
        file(`gb-en-${style}-a4.svg`),
        file(`gb-en-${style}-a4.html`),
      ]) {
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
    const build = buildPosters({
      region: 'gb',
      origin: ORIGIN,
      langs: ['en'],
      style: 'standard',
    });
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
        build.files.find((f) => f.name === `gb-en-standard-${paper.id}.svg`)?.contents ?? '',
      );
      expect(drawn?.moduleMm).toBe(layout.qr.moduleMm);
      expect(drawn?.translateX).toBeCloseTo(layout.qr.x, 2);
      expect(drawn?.translateY).toBeCloseTo(layout.qr.y, 2);
    }
  });

  it('says nothing revealing on the discreet poster, in any file', () => {
    for (const name of [...files.keys()].filter((key) => key.includes('-discreet-'))) {
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
    for (const name of [...files.keys()].filter((key) => key.includes('-standard-'))) {
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
      const svg = name.endsWith('.svg');
      const strips = svg
        ? [
            ...contents.matchAll(
              /<g data-part="tear-off" transform="[^"]*rotate\(-90\)">([\s\S]*?)<\/g>/g,
            ),
          ]
        : [...contents.matchAll(/<div class="strip" data-part="tear-off">(.*?)<\/div><\/div>/g)];
      expect(strips.length, name).toBeGreaterThanOrEqual(6);
      for (const strip of strips) {
        expect(visibleText(strip[1] ?? '').trim()).toMatch(/^Code: GB ?example\.org$/);
      }
      if (svg) {
        expect(contents).toMatch(
          /<path data-part="cut-lines" d="[^"]+"[^>]*stroke-dasharray="[^"]+"/,
        );
      } else {
        expect(contents).toMatch(/\.strips \{[^}]*border-top: 0\.3mm dashed #000/);
        expect(contents).toMatch(/\.strip-text \{[^}]*transform: rotate\(180deg\)/);
      }
    }
  });

  it('is self-contained and plain black on white', () => {
    for (const [name, contents] of files) {
      expect(contents, name).not.toMatch(/<script|<link|<image|<img|@import|url\(|href=|src=/i);
      const addresses = [...contents.matchAll(/https?:\/\/[^\s"'<>)]+/g)].map((m) => m[0]);
      expect(new Set(addresses), name).toEqual(new Set(['http://www.w3.org/2000/svg']));
      const paints = [...contents.matchAll(/(?:fill|stroke)="([^"]*)"/g)].map((m) => m[1]);
      for (const paint of paints) expect(['#fff', '#000', 'none'], name).toContain(paint);
      // A page's own colours too: black type on white paper, nothing else.
      const colours = [
        ...contents.matchAll(/(?:color|background|border[a-z-]*):[^;}]*?(#[0-9a-f]+)/gi),
      ];
      for (const colour of colours) expect(['#fff', '#000'], name).toContain(colour[1]);
    }
  });
});

describe('posters in every language', () => {
  const text = (build: PosterBuild): string =>
    build.pages
      .map((page) => visibleText(renderPosterPage({ ...page.options, fit: { scale: 1 } })))
      .join(' ');

  it('builds both styles in every language with poster words, every placeholder filled', () => {
    expect(LANGS.length).toBeGreaterThanOrEqual(18);
    for (const lang of LANGS) {
      for (const style of STYLES) {
        const build = buildPosters({ region: 'bd', origin: ORIGIN, langs: [lang], style });
        const words = text(build);
        expect(words, `${lang} ${style}`).not.toMatch(/\{\{|\}\}/);
        expect(words, `${lang} ${style}`).toContain('BD');
        expect(words, `${lang} ${style}`).toContain('example.org');
        // Only the standard style names the app: the discreet one must not hand over a word to search for.
        expect(words.includes('Lantern'), `${lang} ${style}`).toBe(style === 'standard');
      }
    }
  });

  it('prints the first language large and the second under it, each with its own lang and dir', () => {
    const build = buildPosters({
      region: 'pk',
      origin: ORIGIN,
      langs: ['ur', 'en'],
      style: 'discreet',
    });
    const html = renderPosterPage({ ...build.pages[0]!.options, fit: { scale: 1 } });
    expect(html).toMatch(/<html lang="ur" dir="rtl">/);
    const headline = /<h1 class="headline">(.*?)<\/h1>/.exec(html)?.[1] ?? '';
    expect(headline).toMatch(/^<span class="l1" lang="ur" dir="rtl">[^<]+<\/span>/);
    expect(headline).toMatch(
      /<span class="l2" lang="en" dir="ltr">Private health and travel information<\/span>$/,
    );
    // The place is named in Urdu, the code and host kept apart so they read left to right.
    expect(html).toContain('<bdi>پاکستان</bdi>');
    expect(html).toContain('<bdi>PK</bdi>');
    // Text shaped by a browser: no SVG poster for a script the width tables can't measure.
    expect(build.files).toEqual([]);
  });

  it('speaks to a child on a --for child poster, with the age in the language’s digits', () => {
    const bengali = buildPosters({
      region: 'bd',
      origin: 'http://localhost:4173',
      langs: ['bn', 'en'],
      style: 'standard',
      audience: 'child',
    });
    expect(bengali.url).toBe('http://localhost:4173/?r=bd&for=child');
    expect(decodeMatrix(bengali.matrix)).toBe('http://localhost:4173/?r=bd&for=child');
    expect(bengali.texts[0]?.headline).toContain('১৮');
    expect(bengali.texts[1]?.headline).toContain('under 18');
    expect(text(bengali)).not.toContain('forced to work');
    expect(text(bengali)).toContain('localhost:4173');
  });
});

// Each case spawns tsx up to three times: well over 30 s on a shared, loaded machine.
const CLI_TIMEOUT = 120_000;

describe('poster CLI', () => {
  const expectRefused = (args: readonly string[], message: RegExp): void => {
    const result = runPoster(args);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(message);
    expect(result.stderr).toContain('Usage: npm run poster');
  };

  it(
    'refuses an invalid region',
    () => {
      expectRefused(['--region', 'gbr', '--origin', ORIGIN], /Invalid region "gbr"/);
      expectRefused(['--region', 'g<b>', '--origin', ORIGIN], /Invalid region/);
    },
    CLI_TIMEOUT,
  );

  it(
    'refuses an origin that is not https or has a path',
    () => {
      expectRefused(['--region', 'gb', '--origin', 'http://example.org'], /must use https/);
      expectRefused(
        ['--region', 'gb', '--origin', 'https://example.org/app'],
        /only scheme and host/,
      );
      expectRefused(['--region', 'gb', '--origin', 'example.org'], /not a URL/);
    },
    CLI_TIMEOUT,
  );

  it(
    'refuses missing or unknown arguments',
    () => {
      expectRefused(['--origin', ORIGIN], /--region is required/);
      expectRefused(['--region', 'gb', '--origin', ORIGIN, '--colour', 'red'], /Unknown argument/);
      expectRefused(
        ['--region', 'gb', '--origin', ORIGIN, '--lang', 'xx'],
        /No poster wording for language "xx"/,
      );
    },
    CLI_TIMEOUT,
  );

  it(
    'exits 1 with a message when the output folder cannot be written',
    () => {
      const result = runPoster([
        '--region',
        'gb',
        '--origin',
        ORIGIN,
        '--out',
        '/dev/null/posters',
      ]);
      expect(result.status).toBe(1);
      expect(result.stderr).toMatch(/could not write to \/dev\/null\/posters/);
    },
    CLI_TIMEOUT,
  );

  it(
    'refuses a region without a pack, with a clear error and no files',
    () => {
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
    },
    CLI_TIMEOUT,
  );

  it(
    'refuses an audience other than child or adult',
    () => {
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
    },
    CLI_TIMEOUT,
  );
});
