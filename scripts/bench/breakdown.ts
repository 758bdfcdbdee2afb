/**
 * Where the offline reopen's time goes, phase by phase, so a change can aim
 * at the largest: the HTML from the worker, the first-paint scripts, their
 * parse and evaluation until boot starts, the settings read from IndexedDB,
 * the region pack, and the render to the first `tel:` link. Read in the page
 * (Resource Timing, plus IndexedDB calls noted by an init script); the words
 * (English, in the entry; i18next starts beside the settings) have no phase of
 * their own. Phases overlap: each is measured from navigation start to its end.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { launchProfile, waitForServiceWorker } from '../../tests/e2e/support/browser';
import { startStaticServer } from '../../tests/e2e/support/static-server';
import { median } from './stats';
import type { BenchModule, Figure } from './types';

/** Per run: the end of each phase, in ms from navigation start (undefined: not seen). */
interface Phases {
  html: number;
  scripts: number;
  bootStart?: number;
  settings?: number;
  pack?: number;
  firstTel: number;
}

// Notes the first IndexedDB open (boot has started) and the first settings read answered.
const instrument = `(() => {
  const marks = (window.__marks = {});
  const watch = (request, name) =>
    request.addEventListener('success', () => (marks[name] ??= performance.now()));
  const open = IDBFactory.prototype.open;
  IDBFactory.prototype.open = function (...args) {
    marks.bootStart ??= performance.now();
    return open.apply(this, args);
  };
  const getAll = IDBObjectStore.prototype.getAll;
  IDBObjectStore.prototype.getAll = function (...args) {
    const request = getAll.apply(this, args);
    if (this.name === 'settings') watch(request, 'settings');
    return request;
  };
  const observer = new MutationObserver(() => {
    if (marks.firstTel === undefined && document.querySelector('a[href^="tel:"]')) {
      marks.firstTel = performance.now();
      observer.disconnect();
    }
  });
  observer.observe(document, { childList: true, subtree: true });
})();`;

function packFile(outDir: string): string {
  const manifest = JSON.parse(
    readFileSync(join(outDir, '.vite', 'manifest.json'), 'utf8'),
  ) as Record<string, { file: string }>;
  const entry = manifest['src/generated/regions/gb.json'];
  return entry ? `/${entry.file}` : '/no-pack-chunk';
}

/** The offline reopen split into phases (medians), for bench/README.md. */
export const breakdown: BenchModule = {
  name: 'breakdown',
  issueGoals: [],
  describe:
    'offline reopen of / (gb saved), phase by phase: HTML, scripts, boot, settings, pack, render',
  async run({ runs, build }) {
    const app = await build('normal');
    const pack = packFile(app.outDir);
    const server = await startStaticServer(app.outDir);
    const profile = await launchProfile();
    const all: Phases[] = [];
    try {
      const { context } = profile;
      const install = await context.newPage();
      await install.goto(`${server.origin}/?r=gb`);
      await waitForServiceWorker(install);
      await install.close();
      const control = context.pages()[0] ?? (await context.newPage());
      const devtools = await context.newCDPSession(control);
      await devtools.send('ServiceWorker.enable');
      await context.setOffline(true);
      for (let run = -1; run < runs; run += 1) {
        await devtools.send('ServiceWorker.stopAllWorkers');
        const page = await context.newPage();
        await page.addInitScript({ content: instrument });
        await page.goto(`${server.origin}/`);
        await page.waitForFunction(
          () => (window as Window & { __marks?: { firstTel?: number } }).__marks?.firstTel,
        );
        const phases = await page.evaluate((packPath): Phases => {
          const marks = (window as Window & { __marks?: Record<string, number> }).__marks ?? {};
          const navigation = performance.getEntriesByType('navigation')[0] as
            PerformanceNavigationTiming | undefined;
          const resources = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
          const bootStart = marks.bootStart;
          const early = resources.filter(
            (entry) =>
              /\.(?:js|css)$/.test(new URL(entry.name).pathname) &&
              (bootStart === undefined || entry.startTime < bootStart),
          );
          const packEntry = resources.find((entry) => new URL(entry.name).pathname === packPath);
          return {
            html: navigation?.responseEnd ?? 0,
            scripts: Math.max(0, ...early.map((entry) => entry.responseEnd)),
            bootStart,
            settings: marks.settings,
            pack: packEntry?.responseEnd,
            firstTel: marks.firstTel ?? 0,
          };
        }, pack);
        if (run >= 0) all.push(phases);
        await page.close();
      }
    } finally {
      await profile.close();
      await server.close();
    }
    const phase = (name: string, pick: (phases: Phases) => number | undefined): Figure[] => {
      const samples = all.map(pick).filter((value): value is number => value !== undefined);
      return samples.length === 0
        ? []
        : [{ name: `reopen phase ends: ${name}`, unit: 'ms', value: median(samples), samples }];
    };
    return [
      ...phase('HTML from the worker', (p) => p.html),
      ...phase('first-paint JS+CSS fetched', (p) => p.scripts),
      ...phase('scripts parsed and run, boot starts', (p) => p.bootStart),
      ...phase('settings read (IndexedDB)', (p) => p.settings),
      ...phase('region pack fetched', (p) => p.pack),
      ...phase('first tel: link rendered', (p) => p.firstTel),
    ];
  },
};
