/**
 * Built files are named by hash only (vite.config.ts), so tests find them
 * through Vite's manifest: which emitted file holds a given source module.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

type Manifest = Record<string, { file: string; src?: string }>;

const dist = join(import.meta.dirname, '..', '..', '..', 'dist');

/** The emitted file (e.g. "assets/Ab12.js") for every manifest source whose path matches `pattern`. */
export function builtFilesFor(pattern: RegExp): string[] {
  const manifest = JSON.parse(
    readFileSync(join(dist, '.vite', 'manifest.json'), 'utf8'),
  ) as Manifest;
  const files = Object.entries(manifest)
    .filter(([source]) => pattern.test(source))
    .map(([, entry]) => entry.file);
  if (files.length === 0) throw new Error(`no built file for ${pattern}: the test would be blind`);
  return files;
}

/**
 * The text of every inline `<script>` the build put into dist/index.html (the
 * first help and its table). A page may hold these and no other: anything
 * else inline came from somewhere the build did not write.
 */
export function shippedInlineScripts(): string[] {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const scripts = [...html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)].map(
    (match) => match[1] ?? '',
  );
  if (scripts.length === 0)
    throw new Error('dist/index.html has no inline script: the test would be blind');
  return scripts;
}
