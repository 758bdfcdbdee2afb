/**
 * What each region costs: the app built with 200 more region packs (a pack
 * serves every language), against the normal build. Bytes every phone
 * downloads per region, and whether start-up slows down.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { startStaticServer, type SwappableServer } from '../../tests/e2e/support/static-server';
import { compressedSizes, sumSizes } from '../size/compressed';
import { firstPaintFiles } from '../size/first-paint';
import { precacheUrls } from '../size/precache';
import { keptAndSettled, measureOfflineReopens, REOPENS_PER_RUN, type Subject } from './reopen';
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

/**
 * Each build is served from this many origins, its samples pooled. A build's
 * reopen time moves with its origin's own state in the profile: in an A/A
 * probe (each build from three origins, 63 reopens each) two origins of the
 * same build differed by up to 0.94×, as much as the 200-region ratio swung
 * from run to run with one origin per build (0.94–1.06×). Pooling three
 * origins for the same number of reopens shrinks that part of the noise
 * without making the bench longer.
 */
const ORIGINS_PER_BUILD = 3;

/** The same number of reopens per build as one origin would take, spread over its origins. */
const REOPENS_PER_ORIGIN = Math.max(1, Math.round(REOPENS_PER_RUN / ORIGINS_PER_BUILD));

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

    const servers: SwappableServer[] = [];
    try {
      const subjects: Subject[] = [];
      for (let copy = 0; copy < ORIGINS_PER_BUILD; copy += 1) {
        for (const [name, app] of [
          ['normal', normal],
          ['scaled', scaled],
        ] as const) {
          const server = await startStaticServer(app.outDir);
          servers.push(server);
          // Reopened as a person's would be after a launch under the worker: from its page at rest.
          subjects.push({ name: `${name} ${copy}`, origin: server.origin, launched: atRest });
        }
      }
      const samples = await measureOfflineReopens(subjects, runs, REOPENS_PER_ORIGIN);
      const pooled = (build: string) =>
        [...samples].filter(([name]) => name.startsWith(`${build} `)).flatMap(([, taken]) => taken);
      const normalSamples = pooled('normal');
      const scaledSamples = pooled('scaled');
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
          name: `offline reopen → first tel: link, ${scaled.regions} regions, ${ORIGINS_PER_BUILD} origins each`,
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
      for (const server of servers) await server.close();
    }
  },
};
