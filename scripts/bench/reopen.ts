/**
 * Time from navigation start to the first `a[href^="tel:"]` (or a subject's
 * own selector, e.g. a cover) in the DOM, when a page is reopened offline from
 * its service worker: fresh page each run, one profile, the worker stopped
 * before each run as after a real relaunch.
 */
import { launchProfile, waitForServiceWorker } from '../../tests/e2e/support/browser';
import type { Page } from '@playwright/test';

/** A site to reopen: a name, where it is served, and what counts as "shown". */
export interface Subject {
  name: string;
  origin: string;
  /** The path reopened; `/` when left out. */
  path?: string;
  /** What must be in the DOM; the first `tel:` link when left out. */
  selector?: string;
  /**
   * Resolves once a first launch of `path` (already open in `page`, online) has
   * left what a person's first launch would (e.g. the cover snapshot).
   */
  launched?: (page: Page) => Promise<void>;
}

const FIRST_HOTLINE = 'a[href^="tel:"]';

/**
 * Reopens take this many times the runs: each takes a fraction of a second, and
 * the worker's start moves one by ±10 ms against a median of 30–120 ms. At 21
 * samples the same code's interval was 0.92–1.09× in one run and 0.89–1.27× in
 * the next: noise alone could straddle a goal.
 */
export const REOPENS_PER_RUN = 3;

/** Long enough for a launch's last keeping (boot, words, worker) on this machine. */
const SETTLE_MS = 2_000;

/**
 * Resolves once `page` has kept its page at rest (`key`) and its launch has
 * settled: a launch may keep again a moment later (the words, the worker
 * taking control), and closing the tab in the middle of that write loses the
 * entry, so every timed reopen would measure the slower splice instead.
 */
export async function keptAndSettled(page: Page, key: string): Promise<void> {
  const kept = () =>
    page.waitForFunction(
      async (path) => Boolean(await (await caches.open('view')).match(path)),
      key,
    );
  await kept();
  await page.waitForTimeout(SETTLE_MS);
  await kept();
}

// Runs in the page before any of its scripts; performance.now() counts from navigation start.
function watchFor(selector: string): void {
  const record = window as Window & { __firstTelAt?: number };
  const observer = new MutationObserver(() => {
    if (record.__firstTelAt === undefined && document.querySelector(selector)) {
      record.__firstTelAt = performance.now();
      observer.disconnect();
    }
  });
  observer.observe(document, { childList: true, subtree: true });
}

async function firstTelAt(page: Page): Promise<number> {
  const handle = await page.waitForFunction(
    () => (window as Window & { __firstTelAt?: number }).__firstTelAt,
    undefined,
    { timeout: 30_000 },
  );
  return Number(await handle.jsonValue());
}

/** Samples (ms) per subject name, `runs` × `reopensPerRun` each, alternating subjects to spread drift. */
export async function measureOfflineReopens(
  subjects: Subject[],
  runs: number,
  reopensPerRun = REOPENS_PER_RUN,
): Promise<Map<string, number[]>> {
  const profile = await launchProfile();
  const samples = new Map<string, number[]>(subjects.map((subject) => [subject.name, []]));
  try {
    const { context } = profile;
    // Installed from a poster, as a person would: the region is saved (gb), then reopened.
    for (const origin of new Set(subjects.map((subject) => subject.origin))) {
      const page = await context.newPage();
      await page.goto(`${origin}/?r=gb`);
      await waitForServiceWorker(page);
      await page.close();
    }
    // Then each entry opened once, as the person would after installing it.
    for (const subject of subjects) {
      if (!subject.launched) continue;
      const page = await context.newPage();
      await page.goto(`${subject.origin}${subject.path ?? '/'}`);
      await subject.launched(page);
      await page.close();
    }
    const control = context.pages()[0] ?? (await context.newPage());
    const devtools = await context.newCDPSession(control);
    await devtools.send('ServiceWorker.enable');
    await context.setOffline(true);

    // One untimed reopen each first: the first start of a worker compiles its script.
    for (let run = -1; run < runs * reopensPerRun; run += 1) {
      const order = run % 2 === 0 ? subjects : [...subjects].reverse();
      for (const subject of order) {
        await devtools.send('ServiceWorker.stopAllWorkers');
        const page = await context.newPage();
        await page.addInitScript(watchFor, subject.selector ?? FIRST_HOTLINE);
        const response = await page.goto(`${subject.origin}${subject.path ?? '/'}`);
        if (!response?.fromServiceWorker()) {
          throw new Error(`${subject.name}: the offline reopen did not come from its worker`);
        }
        const elapsed = await firstTelAt(page);
        if (run >= 0) samples.get(subject.name)?.push(elapsed);
        await page.close();
      }
    }
  } finally {
    await profile.close();
  }
  return samples;
}
