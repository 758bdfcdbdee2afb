/**
 * Journey 1 on a slow network: a person scans a poster with a phone on a poor
 * connection. Chromium's network emulation (400 kbit/s each way, 400 ms round
 * trip), a fresh profile each run (no worker, no cache), `/?r=gb` until the
 * first `tel:` link is in the DOM, against a one-file page holding the same
 * numbers, fetched the same way from the same kind of server. Runs alternate.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RegionPack } from '../../src/core/content-types';
import { cardHotline } from '../../src/core/cards';
import { formatPhoneNumber, telHref } from '../../src/core/dial-links';
import { emergencyLine } from '../../src/core/hotline-order';
import { launchProfile } from '../../tests/e2e/support/browser';
import { startStaticServer } from '../../tests/e2e/support/static-server';
import { median } from './stats';
import type { BenchModule } from './types';

/** Goal (issue 15, goal 2): the first number within 1.5× the one-file page. */
const GOAL_RATIO = 1.5;
const REGION = 'gb';
/** The network a poster may be scanned on: 400 kbit/s each way, 400 ms round trip. */
export const SLOW_NETWORK = {
  offline: false,
  latency: 400,
  downloadThroughput: 400_000 / 8,
  uploadThroughput: 400_000 / 8,
} as const;

// Runs in the page before any of its own: performance.now() counts from navigation start.
const watchForFirstHotline = `(() => {
  const observer = new MutationObserver(() => {
    if (window.__firstTelAt === undefined && document.querySelector('a[href^="tel:"]')) {
      window.__firstTelAt = performance.now();
      observer.disconnect();
    }
  });
  observer.observe(document, { childList: true, subtree: true, attributes: true });
})();`;

/** The yardstick: one HTML file with the region's first numbers, nothing else. */
function writeOneFilePage(dir: string, pack: RegionPack): string {
  const lines = [cardHotline(pack), emergencyLine(pack.hotlines)].filter(
    (line) => line !== undefined,
  );
  const links = lines
    .map(
      (line) =>
        `    <p><a href="${telHref(line)}">${line.name} ${formatPhoneNumber(line.phone)}</a></p>`,
    )
    .join('\n');
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    join(dir, 'index.html'),
    `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Baseline</title>
  </head>
  <body>
${links}
  </body>
</html>
`,
  );
  return dir;
}

/** One first visit in a fresh profile on the slow network: ms to the first tel: link. */
async function firstVisit(origin: string): Promise<number> {
  const profile = await launchProfile();
  try {
    const page = profile.context.pages()[0] ?? (await profile.context.newPage());
    const devtools = await profile.context.newCDPSession(page);
    await devtools.send('Network.enable');
    await devtools.send('Network.emulateNetworkConditions', SLOW_NETWORK);
    await page.addInitScript({ content: watchForFirstHotline });
    await page.goto(`${origin}/?r=${REGION}`, { waitUntil: 'commit' });
    const handle = await page.waitForFunction(
      () => (window as Window & { __firstTelAt?: number }).__firstTelAt,
      undefined,
      { timeout: 60_000 },
    );
    return Number(await handle.jsonValue());
  } finally {
    await profile.close();
  }
}

/** First visit from a poster on a slow network, app against the one-file page. */
export const firstVisitBench: BenchModule = {
  name: 'first-visit',
  issueGoals: [2],
  describe: `fresh profile, 400 kbit/s, 400 ms RTT, /?r=${REGION} → first tel: link, app vs one-file page`,
  async run({ runs, workDir, build }) {
    const app = await build('normal');
    const pack = JSON.parse(
      readFileSync(join(app.outDir, '..', 'src', 'generated', 'regions', `${REGION}.json`), 'utf8'),
    ) as RegionPack;
    // Both compressed, as nginx (deploy/nginx.conf) and every common static host serve them.
    const appServer = await startStaticServer(app.outDir, { gzip: true });
    const baselineServer = await startStaticServer(
      writeOneFilePage(join(workDir, 'first-visit-baseline'), pack),
      { gzip: true },
    );
    const appSamples: number[] = [];
    const baselineSamples: number[] = [];
    try {
      // One untimed visit each first: Chromium's own first start is not the page's cost.
      for (let run = -1; run < runs; run += 1) {
        const appFirst = run % 2 === 0;
        const a = await firstVisit(appFirst ? appServer.origin : baselineServer.origin);
        const b = await firstVisit(appFirst ? baselineServer.origin : appServer.origin);
        if (run < 0) continue;
        appSamples.push(appFirst ? a : b);
        baselineSamples.push(appFirst ? b : a);
      }
    } finally {
      await appServer.close();
      await baselineServer.close();
    }
    const value = median(appSamples);
    const baseline = median(baselineSamples);
    return [
      {
        name: `first visit /?r=${REGION} → first tel: link, 400 kbit/s, 400 ms RTT`,
        unit: 'ms',
        value,
        samples: appSamples,
        baseline: { name: 'one-file page', value: baseline, samples: baselineSamples },
        goal: { max: GOAL_RATIO, of: 'ratio' },
        issueGoal: 2,
      },
    ];
  },
};
