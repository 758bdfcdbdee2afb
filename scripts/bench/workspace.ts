/**
 * Builds the app for a benchmark from a temp copy of the repo (node_modules
 * linked, not copied), so a run never touches dist/ or src/generated/ of the
 * checkout, and a variant can change its content/ freely.
 */
import { spawnSync } from 'node:child_process';
import {
  cpSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { join, relative } from 'node:path';
import { syntheticPacks } from './synthetic-regions';

/**
 * A built variant of the app: as it ships, with 200 synthetic regions more, or
 * with the worker's install fetching one file at a time as Workbox's own does.
 */
export interface AppBuild {
  variant: 'normal' | 'scale' | 'one-lane';
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
  // The median-sized pack, so "per region" means a typical region.
  const bySize = files
    .map((name) => ({ name, size: statSync(join(folder, name)).size }))
    .sort((a, b) => a.size - b.size);
  const typical = bySize[Math.floor(bySize.length / 2)]?.name;
  if (!typical) throw new Error('content/regions has no JSON pack to shape synthetic ones after');
  const template: unknown = JSON.parse(readFileSync(join(folder, typical), 'utf8'));
  const taken = new Set(files.map((name) => name.replace(/\.json$/, '')));
  for (const pack of syntheticPacks(template, taken, SCALE_REGIONS)) {
    writeFileSync(join(folder, `${String(pack.code)}.json`), `${JSON.stringify(pack, null, 2)}\n`);
  }
  return files.length + SCALE_REGIONS;
}

// The install's lanes, as src/sw/install-in-lanes.ts declares them.
const lanesLine = /^export const INSTALL_LANES = \d+;$/m;

/** The copy's worker installs one file at a time: the baseline its lanes are measured against. */
function installOneAtATime(copy: string): void {
  const file = join(copy, 'src', 'sw', 'install-in-lanes.ts');
  const source = readFileSync(file, 'utf8');
  if (!lanesLine.test(source)) throw new Error(`${file} no longer declares INSTALL_LANES`);
  writeFileSync(file, source.replace(lanesLine, 'export const INSTALL_LANES = 1;'));
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
  if (variant === 'one-lane') installOneAtATime(copy);
  const started = Date.now();
  const result = spawnSync('npm', ['run', '--silent', 'build'], {
    cwd: copy,
    encoding: 'utf8',
    env: { ...process.env, LANTERN_BUILD_ID: `bench-${variant}` },
  });
  // Synthetic packs draw content warnings (no emergency number…): show output only on failure.
  if (result.status !== 0) {
    throw new Error(`the ${variant} build failed:\n${result.stdout}\n${result.stderr}`);
  }
  console.log(`  built ${variant} (${regions} regions) in ${Date.now() - started} ms`);
  return { variant, outDir: join(copy, 'dist'), regions };
}
