/**
 * A scanned code → the new region's help on screen, offline: from the tap on
 * "Use this code" (the typed code goes through the same parse-and-switch as a
 * decoded QR) to the first hotline link of the new region. The baseline is
 * the same switch through the region picker, from the tap on the region.
 * Each run reopens the app offline from its worker, so the new region's pack
 * is not yet in memory either way.
 */
import type { Page } from '@playwright/test';
import { launchProfile, waitForServiceWorker } from '../../tests/e2e/support/browser';
import { startStaticServer } from '../../tests/e2e/support/static-server';
import { installProbe, takeTiming } from './input-probe';
import { median } from './stats';
import type { BenchModule } from './types';

/** Goal: the new region's numbers within 100 ms of the code being read. */
const GOAL_MS = 100;
const from = { code: 'gb', link: 'a[href="tel:+448000121700"]' };
const to = { code: 'us', link: 'a[href="tel:+18883737888"]' };

async function openOffline(page: Page, origin: string): Promise<void> {
  const response = await page.goto(`${origin}/?r=${from.code}`);
  if (!response?.fromServiceWorker()) throw new Error('the reopen did not come from the worker');
  await page.locator(from.link).waitFor();
}

async function byCode(page: Page, origin: string): Promise<number> {
  await openOffline(page, origin);
  await page.locator('[data-action="scan"]').click();
  await page.locator('#scan-code').fill(to.code);
  await page.locator('[data-action="use-code"]').click();
  const timing = await takeTiming(page);
  if (!timing) throw new Error('the typed code never showed the new region');
  return timing.sinceEvent;
}

async function byPicker(page: Page, origin: string): Promise<number> {
  await openOffline(page, origin);
  await page.locator('[data-action="change-region"]').click();
  await page.locator(`[data-region-option="${to.code}"]`).click();
  const timing = await takeTiming(page);
  if (!timing) throw new Error('the picker never showed the new region');
  return timing.sinceEvent;
}

/** Scan → new region against the region picker, both offline. */
export const scanSwitch: BenchModule = {
  name: 'scan-switch',
  issueGoals: [4],
  describe: 'code read → new region’s first tel: link, offline, vs the region picker',
  async run({ runs, build }) {
    const app = await build('normal');
    const server = await startStaticServer(app.outDir);
    const profile = await launchProfile();
    try {
      const { context } = profile;
      const install = await context.newPage();
      await install.goto(`${server.origin}/?r=${from.code}`);
      await waitForServiceWorker(install);
      await install.close();
      await context.setOffline(true);
      const page = await context.newPage();
      await installProbe(page, { selector: to.link, until: 'appears' });

      const scanned: number[] = [];
      const picked: number[] = [];
      // One untimed round first: the first reopen compiles the worker and the chunks.
      for (let run = -1; run < runs; run += 1) {
        const first = run % 2 === 0;
        const a = first ? await byCode(page, server.origin) : await byPicker(page, server.origin);
        const b = first ? await byPicker(page, server.origin) : await byCode(page, server.origin);
        if (run < 0) continue;
        scanned.push(first ? a : b);
        picked.push(first ? b : a);
      }
      const value = median(scanned);
      return [
        {
          name: 'scan (typed code) → new region’s first tel: link, offline',
          unit: 'ms',
          value,
          samples: scanned,
          baseline: { name: 'region picker', value: median(picked), samples: picked },
          goal: { max: GOAL_MS, of: 'value' },
          issueGoal: 4,
        },
      ];
    } finally {
      await profile.close();
      await server.close();
    }
  },
};
