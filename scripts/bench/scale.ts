/**
 * What each region costs: the app built with 200 more region packs (a pack
 * serves every language), against the normal build. Bytes every phone
 * downloads per region, and whether start-up slows down.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { startStaticServer } from '../../tests/e2e/support/static-server';
import { compressedSizes, sumSizes } from '../size/compressed';
import { firstPaintFiles } from '../size/first-paint';
import { precacheUrls } from '../size/precache';
import { keptAndSettled, measureOfflineReopens } from './reopen';
import { median } from './stats';
import type { BenchModule } from './types';
import type { AppBuild } from './workspace';

/** Goal (issue 12, item 9): each region adds at most this many gzip bytes to the precache. */
const GOAL_BYTES_PER_REGION = 800;
/**
 * Goal: a region adds to the first paint only its code in the boot list
 * ("xx " is 3 bytes raw, less gzipped); names and loaders load lazily.
 */
const GOAL_FIRST_PAINT_BYTES_PER_REGION = 3;
/** Goal (issue 15, goal 4): 200 more regions leave the reopen flat, within run-to-run noise. */
const GOAL_FLAT_RATIO = 1.1;

function precacheGzip(build: AppBuild): number {
  const urls = precacheUrls(readFileSync(join(build.outDir, 'sw.js'), 'utf8'));
  return sumSizes(urls.map((url) => compressedSizes(readFileSync(join(build.outDir, url))))).gzip;
}

function firstPaintGzip(build: AppBuild): number {
  const files = firstPaintFiles(build.outDir, 'index.html').filter((file) =>
    /\.(?:m?js|css)$/.test(file),
  );
  return sumSizes(files.map((file) => compressedSizes(readFileSync(join(build.outDir, file)))))
    .gzip;
}

const atRest = (page: Page) => keptAndSettled(page, '/page-at-rest');

/** Precache bytes per added region, and start-up with 200 more regions. */
export const scale: BenchModule = {
  name: 'scale',
  issueGoals: [4],
  describe: 'the app with 200 more regions vs the normal build',
  async run({ runs, build }) {
    const normal = await build('normal');
    const scaled = await build('scale');
    const added = scaled.regions - normal.regions;
    const perRegion = (precacheGzip(scaled) - precacheGzip(normal)) / added;
    const firstPaintPerRegion = (firstPaintGzip(scaled) - firstPaintGzip(normal)) / added;

    const normalServer = await startStaticServer(normal.outDir);
    const scaledServer = await startStaticServer(scaled.outDir);
    try {
      const samples = await measureOfflineReopens(
        [
          // Each reopened as a person's would be after a launch under the worker: from its page at rest.
          { name: 'normal', origin: normalServer.origin, launched: atRest },
          { name: 'scaled', origin: scaledServer.origin, launched: atRest },
        ],
        runs,
      );
      const normalSamples = samples.get('normal') ?? [];
      const scaledSamples = samples.get('scaled') ?? [];
      return [
        {
          name: `precache gzip per added region (${added} added)`,
          unit: 'bytes',
          value: perRegion,
          samples: [perRegion],
          goal: { max: GOAL_BYTES_PER_REGION, of: 'value' },
        },
        {
          name: 'first-paint gzip per added region',
          unit: 'bytes',
          value: firstPaintPerRegion,
          samples: [firstPaintPerRegion],
          goal: { max: GOAL_FIRST_PAINT_BYTES_PER_REGION, of: 'value' },
        },
        {
          name: `offline reopen → first tel: link, ${scaled.regions} regions`,
          unit: 'ms',
          value: median(scaledSamples),
          samples: scaledSamples,
          baseline: {
            name: `normal build (${normal.regions})`,
            value: median(normalSamples),
            samples: normalSamples,
          },
          goal: { max: GOAL_FLAT_RATIO, of: 'ratio' },
          issueGoal: 4,
        },
      ];
    } finally {
      await normalServer.close();
      await scaledServer.close();
    }
  },
};
