/**
 * How long after a first visit the app works offline: from navigation start
 * to a worker in control, which happens only once every precached file is in
 * (the install must finish before the worker activates and claims the page).
 * The app against the same app whose install fetches one file at a time, as
 * Workbox's own does (src/sw/install-in-lanes.ts).
 *
 * Each request waits `DELAY_MS` in a proxy before it reaches the server: a
 * round trip, per request. Chromium's network emulation would be the natural
 * tool, but it does not slow a service worker's own fetches, and those are
 * what this measures.
 */
import { createServer, request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { launchProfile, waitForServiceWorker } from '../../tests/e2e/support/browser';
import { startStaticServer } from '../../tests/e2e/support/static-server';
import { median } from './stats';
import type { BenchModule } from './types';

/** A round trip per request: a fast mobile network's, so a run takes minutes, not an hour. */
const DELAY_MS = 100;
/**
 * One timing takes 15–55 s here, so this module takes the fewest pairs that
 * still give an interval (the runner judges a timing by one from 5 samples up).
 */
const PAIRS = 5;
/** The lanes must at least halve the wait, or they are not worth their code. */
const GOAL_RATIO = 0.5;

/** A static server for `root` behind a proxy that holds each request `delayMs` first. */
async function startDelayedServer(root: string, delayMs: number) {
  const inner = await startStaticServer(root);
  const target = new URL(inner.origin);
  const proxy = createServer((incoming, outgoing) => {
    setTimeout(() => {
      const forwarded = request(
        {
          host: target.hostname,
          port: target.port,
          path: incoming.url,
          method: incoming.method,
          headers: incoming.headers,
        },
        (answer) => {
          outgoing.writeHead(answer.statusCode ?? 502, answer.headers);
          answer.pipe(outgoing);
        },
      );
      forwarded.on('error', () => outgoing.destroy());
      incoming.pipe(forwarded);
    }, delayMs);
  });
  await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
  const { port } = proxy.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: async () => {
      await new Promise<void>((resolve) => proxy.close(() => resolve()));
      await inner.close();
    },
  };
}

/** One first visit in a fresh profile: ms until the app works offline. */
async function timeOnce(origin: string): Promise<number> {
  const profile = await launchProfile();
  try {
    const page = profile.context.pages()[0] ?? (await profile.context.newPage());
    await page.goto(`${origin}/?r=gb`);
    await waitForServiceWorker(page);
    // ms from navigation start: the one round trip after the wait is the same for both builds.
    return Number(await page.evaluate('performance.now()'));
  } finally {
    await profile.close();
  }
}

export const offlineReady: BenchModule = {
  name: 'offline-ready',
  issueGoals: [],
  describe: `first visit → worker in control (every file precached), ${DELAY_MS} ms per request, the app vs one file at a time, ${PAIRS} pairs`,
  async run({ build }) {
    const [app, oneLane] = await Promise.all([build('normal'), build('one-lane')]);
    const appServer = await startDelayedServer(app.outDir, DELAY_MS);
    const oneLaneServer = await startDelayedServer(oneLane.outDir, DELAY_MS);
    const samples: number[] = [];
    const baseline: number[] = [];
    try {
      for (let pair = 0; pair < PAIRS; pair += 1) {
        // Alternating, so a slower minute of the machine falls on both.
        baseline.push(await timeOnce(oneLaneServer.origin));
        samples.push(await timeOnce(appServer.origin));
      }
    } finally {
      await appServer.close();
      await oneLaneServer.close();
    }
    return [
      {
        name: `first visit → works offline, ${DELAY_MS} ms per request`,
        unit: 'ms',
        value: median(samples),
        samples,
        baseline: { name: 'one file at a time', value: median(baseline), samples: baseline },
        goal: { max: GOAL_RATIO, of: 'ratio' },
      },
    ];
  },
};
