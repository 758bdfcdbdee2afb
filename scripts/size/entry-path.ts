/**
 * Names the source modules bundled into first-paint chunks, through the build's
 * (unreferenced) source maps, so each can be held to the house rule: a module
 * on the first-paint path says `Entry path.` in its header comment.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';

/** True when a module's header comment (before any code) says `Entry path.`. */
export function hasEntryPathHeader(source: string): boolean {
  const header = /^\s*(?:\/\/\/[^\n]*\n\s*)*(\/\*[\s\S]*?\*\/|(?:\/\/[^\n]*(?:\n\s*|$))+)/.exec(
    source,
  );
  return header?.[1]?.includes('Entry path.') ?? false;
}

/**
 * Our own source files (paths relative to `repo`) bundled into the given built
 * files, or null when the build left no source maps to read them from.
 */
export function bundledSources(dist: string, builtFiles: string[], repo: string): string[] | null {
  const sourceRoot = resolve(repo, 'src') + sep;
  const sources = new Set<string>();
  let sawMap = false;
  for (const file of builtFiles) {
    const mapFile = join(dist, `${file}.map`);
    if (!existsSync(mapFile)) continue;
    sawMap = true;
    const map: unknown = JSON.parse(readFileSync(mapFile, 'utf8'));
    const listed =
      typeof map === 'object' && map !== null && 'sources' in map && Array.isArray(map.sources)
        ? map.sources
        : [];
    for (const source of listed) {
      if (typeof source !== 'string') continue;
      const path = resolve(dirname(mapFile), source);
      if (path.startsWith(sourceRoot) && existsSync(path)) sources.add(relative(repo, path));
    }
  }
  return sawMap ? [...sources].sort() : null;
}

/** The code modules among `sources` (JSON can't carry a comment) that lack the header. */
export function missingEntryPathHeader(repo: string, sources: string[]): string[] {
  return sources.filter(
    (source) =>
      /\.(?:[cm]?[jt]sx?|css)$/.test(source) &&
      !hasEntryPathHeader(readFileSync(join(repo, source), 'utf8')),
  );
}
