/**
 * Journey 2's promise, measured: reopening offline shows a hotline "as fast
 * as a static page". The app against a one-file page with a cache-first
 * worker, served by the same server, in the same browser profile.
 */
import { join } from 'node:path';
import { startStaticServer } from '../../tests/e2e/support/static-server';
import { writeBaselineSite } from './baseline-site';
import { measureOfflineReopens } from './reopen';
import { median } from './stats';
import type { BenchModule } from './types';

/** Goal: the app's offline reopen within 1.2× the static baseline. */
const GOAL_RATIO = 1.2;

/** Offline reopen of the app against the one-file baseline. */
export const offlineReopen: BenchModule = {
  name: 'offline-reopen',
  describe: 'offline reopen → first tel: link, app vs one-file static page',
  async run({ runs, workDir, build }) {
    const app = await build('normal');
    const appServer = await startStaticServer(app.outDir);
    const baselineServer = await startStaticServer(writeBaselineSite(join(workDir, 'baseline')));
    try {
      const samples = await measureOfflineReopens(
        [
          { name: 'app', origin: appServer.origin },
          { name: 'baseline', origin: baselineServer.origin },
        ],
        runs,
      );
      const appSamples = samples.get('app') ?? [];
      const baselineSamples = samples.get('baseline') ?? [];
      const value = median(appSamples);
      const baseline = median(baselineSamples);
      return [
        {
          name: 'offline reopen → first tel: link',
          unit: 'ms',
          value,
          samples: appSamples,
          baseline: { name: 'static page', value: baseline, samples: baselineSamples },
          goal: `≤ ${GOAL_RATIO}× baseline`,
          met: value <= baseline * GOAL_RATIO,
        },
      ];
    } finally {
      await appServer.close();
      await baselineServer.close();
    }
  },
};
