/**
 * Scans the surfaces a phone may show before unlock — every HTML entry, every
 * web app manifest, and the cover's words in every language — for words that
 * give the purpose away. The browser suite runs it on the built dist/ (the
 * unit test reads the same sources through Vite). Run:
 * `npx tsx scripts/neutral-surfaces.ts [dist]`.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { scanSurfaceTexts, type SurfaceFinding } from '../src/core/revealing-words.ts';

function filesIn(dir: string, suffix: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith(suffix))
    .sort()
    .map((name) => join(dir, name));
}

/**
 * The surface files of a tree: `<root>/*.html`, `<root>/<manifests>/*.webmanifest`
 * and, for sources, every `src/locales/<lang>/disguise.json`.
 */
export function surfaceFiles(
  root: string,
  options: { manifests: string; locales?: string } = { manifests: '.' },
): string[] {
  const locales = options.locales ? join(root, options.locales) : null;
  const coverWords =
    locales && existsSync(locales)
      ? readdirSync(locales)
          .sort()
          .map((language) => join(locales, language, 'disguise.json'))
          .filter((file) => existsSync(file))
      : [];
  return [
    ...filesIn(root, '.html'),
    ...filesIn(join(root, options.manifests), '.webmanifest'),
    ...coverWords,
  ];
}

/** The source tree's surfaces: root HTML entries, public/ manifests, cover words. */
export function sourceSurfaceFiles(root: string): string[] {
  return surfaceFiles(root, { manifests: 'public', locales: 'src/locales' });
}

/** Every revealing word in every file (the whole text: titles, names, URLs, words). */
export function scanSurfaces(files: readonly string[]): SurfaceFinding[] {
  return scanSurfaceTexts(
    Object.fromEntries(files.map((file) => [file, readFileSync(file, 'utf8')])),
  );
}

if (process.argv[1] && import.meta.filename === process.argv[1]) {
  const target = process.argv[2];
  const files = target
    ? surfaceFiles(target, { manifests: '.' })
    : sourceSurfaceFiles(join(import.meta.dirname, '..'));
  const findings = scanSurfaces(files);
  for (const finding of findings) {
    console.error(`${finding.surface}: "${finding.word}" (${finding.language})`);
  }
  console.log(`${files.length} surfaces scanned, ${findings.length} revealing words.`);
  process.exit(findings.length ? 1 : 0);
}
