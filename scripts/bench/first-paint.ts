/**
 * Issue 15, goal 3: what each HTML entry fetches before its first paint, as
 * gzip bytes of JS and CSS and as a count of requests after the HTML (the
 * same walk over the built files as `npm run size`). Sizes, not timings.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { compressedSizes, sumSizes } from '../size/compressed';
import { firstPaintFiles } from '../size/first-paint';
import type { BenchModule, Figure } from './types';

/** Goal: at most this many gzip bytes of JS+CSS per entry… */
const GOAL_BYTES = 30_000;
/** …in at most this many requests after the HTML. */
const GOAL_REQUESTS = 3;

/** First-paint bytes and requests of the largest entry, against the goal. */
export const firstPaint: BenchModule = {
  name: 'first-paint',
  issueGoals: [3],
  describe: `gzip JS+CSS and requests before the first paint, per HTML entry (the largest shown)`,
  async run({ build }) {
    const app = await build('normal');
    const entries = readdirSync(app.outDir).filter((name) => name.endsWith('.html'));
    const measured = entries.map((entry) => {
      const files = firstPaintFiles(app.outDir, entry).filter((file) =>
        /\.(?:m?js|css)$/.test(file),
      );
      const gzip = sumSizes(
        files.map((file) => compressedSizes(readFileSync(join(app.outDir, file)))),
      ).gzip;
      return { entry, gzip, requests: files.length };
    });
    const heaviest = measured.reduce((a, b) => (b.gzip > a.gzip ? b : a));
    const most = measured.reduce((a, b) => (b.requests > a.requests ? b : a));
    for (const { entry, gzip, requests } of measured) {
      console.log(`  ${entry}: ${(gzip / 1000).toFixed(1)} kB gzip in ${requests} requests`);
    }
    const figures: Figure[] = [
      {
        name: `first-paint JS+CSS gzip, largest entry (${heaviest.entry})`,
        unit: 'bytes',
        value: heaviest.gzip,
        samples: measured.map((entry) => entry.gzip),
        goal: { max: GOAL_BYTES, of: 'value' },
        issueGoal: 3,
      },
      {
        name: `first-paint requests after the HTML, most (${most.entry})`,
        unit: 'count',
        value: most.requests,
        samples: measured.map((entry) => entry.requests),
        goal: { max: GOAL_REQUESTS, of: 'value' },
        issueGoal: 3,
      },
    ];
    return figures;
  },
};
