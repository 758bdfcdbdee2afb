/**
 * Builds the app for a benchmark from a temp copy of the repo (node_modules
 * linked, not copied), so a run never touches dist/ or src/generated/ of the
 * checkout, and a variant can change its content/ freely.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { syntheticPacks } from './synthetic-regions';

/** A built variant of the app. */
export interface AppBuild {
  variant: 'normal' | 'scale';
  outDir: string;
  regions: number;
}

/** Synthetic regions added in the scale variant. */
export const SCALE_REGIONS = 200;

const repo = join(import.meta.dirname, '..', '..');
const skipped = new Set([
  'node_modules',
  '.git',
  'dist',
  'test-results',
  'playwright-report',
  'bench',
  'posters',
  '.cache',
]);

function copyRepo(target: string): void {
  cpSync(repo, target, {
    recursive: true,
    filter: (source) => {
      const path = relative(repo, source);
      const top = path.split(/[\\/]/)[0] ?? '';
      return !skipped.has(top) && !top.startsWith('dist-') && path !== join('src', 'generated');
    },
  });
  symlinkSync(join(repo, 'node_modules'), join(target, 'node_modules'), 'dir');
}

function addSyntheticRegions(copy: string): number {
  const folder = join(copy, 'content', 'regions');
  const files = readdirSync(folder).filter((name) => name.endsWith('.json'));
  const first = files[0];
  if (!first) throw new Error('content/regions has no JSON pack to shape synthetic ones after');
  const template: unknown = JSON.parse(readFileSync(join(folder, first), 'utf8'));
  const taken = new Set(files.map((name) => name.replace(/\.json$/, '')));
  for (const pack of syntheticPacks(template, taken, SCALE_REGIONS)) {
    writeFileSync(join(folder, `${String(pack.code)}.json`), `${JSON.stringify(pack, null, 2)}\n`);
  }
  return files.length + SCALE_REGIONS;
}

/** Builds `variant` once into `workDir` and returns where it is. */
export function buildVariant(workDir: string, variant: AppBuild['variant']): AppBuild {
  const copy = join(workDir, `repo-${variant}`);
  mkdirSync(workDir, { recursive: true });
  copyRepo(copy);
  const regions =
    variant === 'scale'
      ? addSyntheticRegions(copy)
      : readdirSync(join(copy, 'content', 'regions')).length;
  const started = Date.now();
  const result = spawnSync('npm', ['run', '--silent', 'build'], {
    cwd: copy,
    // Vite's file list is noise here; its errors and warnings go to stderr.
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, LANTERN_BUILD_ID: `bench-${variant}` },
  });
  if (result.status !== 0) throw new Error(`the ${variant} build failed`);
  console.log(`  built ${variant} (${regions} regions) in ${Date.now() - started} ms`);
  return { variant, outDir: join(copy, 'dist'), regions };
}
