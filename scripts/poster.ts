// Poster generator: writes a print-ready A4 SVG, a US-Letter SVG and a printable
// HTML page whose QR opens Lantern for one region. Usage: see USAGE in poster/args.ts.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs, USAGE } from './poster/args';
import { buildPosters, type PosterBuild } from './poster/build-poster';
import { readRegionName } from './poster/region-name';

const CONTENT_DIR = fileURLToPath(new URL('../content', import.meta.url));

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
      lang: args.lang,
      style: args.style,
      audience: args.audience,
      ...(regionName.ok ? { regionName: regionName.name } : {}),
      ...(venueToken === undefined ? {} : { venueToken }),
    });
  } catch (error) {
    // Layout refuses wording that leaves the QR too small to scan; say so plainly.
    console.error(`poster: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
  for (const warning of build.warnings) console.warn(`poster: warning: ${warning}`);

  const outDir = resolve(args.out);
  try {
    mkdirSync(outDir, { recursive: true });
    for (const file of build.files) writeFileSync(join(outDir, file.name), file.contents);
  } catch (error) {
    console.error(
      `poster: could not write to ${outDir}: ${error instanceof Error ? error.message : String(error)}`,
    );
    return 1;
  }

  const { matrix } = build;
  console.log(
    `QR: ${build.url} (version ${matrix.version}, ${matrix.size}×${matrix.size} modules, error correction ${matrix.errorCorrectionLevel})`,
  );
  for (const { paper, layout } of build.layouts) {
    const symbolMm = layout.qr.moduleMm * matrix.size;
    console.log(
      `${paper.id}: module ${layout.qr.moduleMm} mm, code ${symbolMm.toFixed(1)} mm wide (${layout.qr.width.toFixed(1)} mm with quiet zone)`,
    );
  }
  for (const file of build.files) console.log(`wrote ${join(outDir, file.name)}`);
  return 0;
}

process.exitCode = await main(process.argv.slice(2));
