/**
 * Journey 2's promise, measured: reopening offline shows a hotline "as fast
 * as a static page". The app against a one-file page with a cache-first
 * worker, served by the same server, in the same browser profile.
 */
import { join } from 'node:path';
import { startStaticServer } from '../../tests/e2e/support/static-server';
import { writeBaselineSite } from './baseline-site';
import { keptAndSettled, measureOfflineReopens } from './reopen';
import { median } from './stats';
import type { BenchModule, Figure } from './types';

/** Goal: the app's offline reopen within 1.2× the static baseline. */
const GOAL_RATIO = 1.2;

/** Offline reopen of the app against the one-file baseline. */
export const offlineReopen: BenchModule = {
  name: 'offline-reopen',
  issueGoals: [1],
  describe: 'offline reopen → first tel: link, app vs one-file static page',
  async run({ runs, workDir, build }) {
    const app = await build('normal');
    const appServer = await startStaticServer(app.outDir);
    const baselineServer = await startStaticServer(writeBaselineSite(join(workDir, 'baseline')));
    try {
      const samples = await measureOfflineReopens(
        [
          // A saved region (gb, from the first visit's poster), reopened from the icon: `/`.
          {
            name: 'app',
            origin: appServer.origin,
            // Its first launch under the worker keeps the page at rest for the next
            // (src/shared/view-snapshot.ts); the very first reopen after install splices.
            launched: (page) => keptAndSettled(page, '/page-at-rest'),
          },
          // A disguised install reopens on its own entry, to its cover.
          {
            name: 'disguise',
            origin: appServer.origin,
            path: '/calculator.html',
            selector: '[data-cover="calculator"]',
            // Its first launch keeps its page with the cover at rest for the next (src/shared/view-snapshot.ts).
            launched: (page) => keptAndSettled(page, '/cover-at-rest'),
          },
          { name: 'baseline', origin: baselineServer.origin },
        ],
        runs,
      );
      const baselineSamples = samples.get('baseline') ?? [];
      const baseline = median(baselineSamples);
      const figure = (name: string, subject: string): Figure => {
        const appSamples = samples.get(subject) ?? [];
        const value = median(appSamples);
        return {
          name,
          unit: 'ms',
          value,
          samples: appSamples,
          baseline: { name: 'static page', value: baseline, samples: baselineSamples },
          goal: { max: GOAL_RATIO, of: 'ratio' },
          issueGoal: 1,
        };
      };
      return [
        figure('offline reopen → first tel: link', 'app'),
        figure('offline reopen, disguised entry → its cover', 'disguise'),
      ];
    } finally {
      await appServer.close();
      await baselineServer.close();
    }
  },
};
