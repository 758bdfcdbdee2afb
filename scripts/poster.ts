// Poster generator: lays an A4 and a US-Letter poster out in Chromium and prints
// each to PDF (with the HTML it was printed from), in one language or two, whose QR
// opens Lantern for one region. Usage: see USAGE in poster/args.ts.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs, USAGE } from './poster/args';
import { buildPosters, type PosterBuild } from './poster/build-poster';
import { readRegionName } from './poster/region-name';
import type { PrintedPage } from './poster/render';

const CONTENT_DIR = fileURLToPath(new URL('../content', import.meta.url));

const PLACEMENT = {
  discreet:
    'Put it where people can read it without being watched, for example inside a toilet door or by a basin.',
  standard:
    'This poster says plainly what Lantern is: use it in staff areas. In public places, print the discreet style.',
} as const;

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

async function main(argv: readonly string[]): Promise<number> {
  const parsed = parseArgs(argv);
  if (parsed.kind === 'help') {
    console.log(USAGE);
    return 0;
  }
  if (parsed.kind === 'error') {
    console.error(`poster: ${parsed.message}\n\n${USAGE}`);
    return 1;
  }
  const { args } = parsed;

  const regionName = readRegionName(CONTENT_DIR, args.region);
  if (!regionName.ok && regionName.missing) {
    console.error(`poster: ${regionName.error}`);
    return 1;
  }
  if (!regionName.ok) console.warn(`poster: warning: ${regionName.warning}`);

  let build: PosterBuild;
  try {
    // Signed afresh for each poster run, so its `iat` is the day it was printed.
    // Loaded only for a venue poster: jose and libphonenumber's full metadata are slow to start.
    const { venue } = args;
    const venueToken = venue
      ? await import('./venue/sign').then((sign) =>
          sign.signVenuePackFile(venue.pack, venue.key, { region: args.region }),
        )
      : undefined;
    build = buildPosters({
      region: args.region,
      origin: args.origin,
      langs: args.langs,
      style: args.style,
      audience: args.audience,
      ...(regionName.ok ? { regionName: regionName.name } : {}),
      ...(venueToken === undefined ? {} : { venueToken }),
    });
  } catch (error) {
    // Layout refuses wording that leaves the QR too small to scan; say so plainly.
    console.error(`poster: ${describe(error)}`);
    return 1;
  }
  for (const warning of build.warnings) console.warn(`poster: warning: ${warning}`);

  const outDir = resolve(args.out);
  try {
    mkdirSync(outDir, { recursive: true });
  } catch (error) {
    console.error(`poster: could not write to ${outDir}: ${describe(error)}`);
    return 1;
  }

  let printed: PrintedPage[];
  try {
    // Loaded only now: Playwright is slow to import, and a refused run needs no browser.
    const { printPosterPages } = await import('./poster/render');
    printed = await printPosterPages(build.pages);
  } catch (error) {
    console.error(`poster: ${describe(error)}`);
    return 1;
  }

  const written: string[] = [];
  try {
    for (const page of printed) {
      for (const [name, contents] of [
        [`${page.name}.pdf`, page.pdf],
        [`${page.name}.html`, page.html],
      ] as const) {
        writeFileSync(join(outDir, name), contents);
        written.push(name);
      }
    }
    for (const file of build.files) {
      writeFileSync(join(outDir, file.name), file.contents);
      written.push(file.name);
    }
  } catch (error) {
    console.error(`poster: could not write to ${outDir}: ${describe(error)}`);
    return 1;
  }

  const { matrix } = build;
  console.log(
    `QR: ${build.url} (version ${matrix.version}, ${matrix.size}×${matrix.size} modules, error correction ${matrix.errorCorrectionLevel})`,
  );
  for (const page of printed) {
    const { qr, scale } = page.layout;
    const symbolMm = qr.moduleMm * matrix.size;
    console.log(
      `${page.name}: module ${qr.moduleMm} mm, code ${symbolMm.toFixed(1)} mm wide (${qr.width.toFixed(1)} mm with quiet zone)` +
        (scale < 1 ? `, type at ${Math.round(scale * 100)} %` : ''),
    );
  }
  for (const name of written) console.log(`wrote ${join(outDir, name)}`);
  console.log(
    `Print the PDF at 100 % ("Actual size"), not "Fit to page". ${PLACEMENT[args.style]}`,
  );
  return 0;
}

process.exitCode = await main(process.argv.slice(2));
