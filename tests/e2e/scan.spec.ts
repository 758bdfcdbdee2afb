/**
 * The scanner on the built app in Chromium. A fake camera plays a Y4M video of
 * a QR code; headless Linux Chromium has no BarcodeDetector, so qr-scanner's
 * own worker decoder does the reading, under the app's real CSP.
 */
import { rmSync } from 'node:fs';
import { builtFilesFor } from './support/built-files';
import { savedSetting } from './support/saved-settings';
import { dirname } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { PNG } from 'pngjs';
import type { BrowserContext, Page } from '@playwright/test';
import { test, expect, launchProfile, waitForServiceWorker } from './support/browser';
import { qrPng, writeQrVideo } from './support/qr-video';

const usHotline = 'a[href="tel:+18883737888"]';
const gbHotline = 'a[href="tel:+448000121700"]';

/** A profile whose camera shows `payload` as a QR code (or Chromium's test pattern). */
async function withCamera(
  baseURL: string | undefined,
  payload: string | null,
  run: (page: Page, context: BrowserContext) => Promise<void>,
  { allowCamera = true, expectedErrors }: { allowCamera?: boolean; expectedErrors?: RegExp } = {},
): Promise<void> {
  const video = payload === null ? null : writeQrVideo(payload);
  const args = ['--use-fake-device-for-media-stream'];
  if (allowCamera) args.push('--use-fake-ui-for-media-stream');
  if (video) args.push(`--use-file-for-fake-video-capture=${video}`);
  const profile = await launchProfile({ baseURL, args });
  try {
    const page = profile.context.pages()[0] ?? (await profile.context.newPage());
    const problems = watchForProblems(page);
    await run(page, profile.context);
    expect(problems.filter((problem) => !expectedErrors?.test(problem))).toEqual([]);
  } finally {
    await profile.close();
    if (video) rmSync(dirname(video), { recursive: true, force: true });
  }
}

/** CSP violations, page errors and dialogs (a `javascript:` code must never run). */
function watchForProblems(page: Page): string[] {
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  page.on('dialog', (dialog) => {
    problems.push(`dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) {
      problems.push(`csp: ${message.text()}`);
    }
  });
  return problems;
}

/** Accessibility problems axe finds on the page as it is now (rule ids and their targets). */
async function axeViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations.flatMap((violation) =>
    violation.nodes.map((node) => `${violation.id}: ${node.target.join(' ')}`),
  );
}

async function openScanner(page: Page): Promise<void> {
  await page.goto('/?r=gb');
  await expect(page.locator(gbHotline)).toBeVisible();
  await page.locator('[data-action="scan"]').click();
  await expect(page.locator('[data-screen="scan"]')).toBeVisible();
}

const savedRegion = (page: Page) => savedSetting(page, 'region');

test('the scanner is not in the first paint', async ({ page }) => {
  const loaded: string[] = [];
  page.on('request', (request) => {
    // The service worker precaches the scanner after first paint; that is not the page loading it.
    if (!request.serviceWorker()) loaded.push(request.url());
  });
  await page.goto('/?r=gb');
  await expect(page.locator(gbHotline)).toBeVisible();
  const scannerFiles = builtFilesFor(/qr-scanner|ScanPanel/);
  expect(loaded.filter((url) => scannerFiles.some((file) => url.endsWith(file)))).toEqual([]);
});

test('a poster code from the camera switches the region, saved and undoable', async ({
  baseURL,
}) => {
  await withCamera(baseURL, `${baseURL}/?r=us`, async (page) => {
    await openScanner(page);
    await expect(page.locator(usHotline)).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('data-region', 'us');
    await expect(page.locator('[data-notice="scan:switched"]')).toContainText('United States');
    expect(await savedRegion(page)).toBe('us');
    // The address bar never shows what the code said.
    expect(new URL(page.url()).search).toBe('');

    await page.locator('[data-action="notice-action"]').click();
    await expect(page.locator(gbHotline)).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('data-region', 'gb');
    await expect.poll(() => savedRegion(page)).toBe('gb');
  });
});

for (const [hostile, reason] of [
  ['https://evil.example/?r=us', 'foreign-origin'],
  ['javascript:alert(1)', 'script-url'],
] as const) {
  test(`a hostile code (${hostile}) changes nothing and is refused calmly`, async ({ baseURL }) => {
    await withCamera(baseURL, hostile, async (page) => {
      await openScanner(page);
      const navigations: string[] = [];
      page.on('framenavigated', (frame) => navigations.push(frame.url()));
      const message = page.locator(`[data-scan-message="camera"][data-reason="${reason}"]`);
      await expect(message).toBeVisible();
      await expect(message).toContainText('nothing was opened');
      // Still scanning, still here, still the same region.
      await expect(page.locator('[data-camera="scanning"]')).toBeVisible();
      await expect(page.locator('html')).toHaveAttribute('data-region', 'gb');
      await expect(page.locator('[data-screen="scan"]')).toBeVisible();
      expect(navigations).toEqual([]);
    });
  });
}

test('a photo of a poster code switches the region; a photo without one is refused calmly', async ({
  baseURL,
}) => {
  await withCamera(baseURL, null, async (page) => {
    await openScanner(page);
    const input = page.locator('input[type="file"]');

    const blank = new PNG({ width: 200, height: 200 });
    blank.data.fill(255);
    await input.setInputFiles({
      name: 'blank.png',
      mimeType: 'image/png',
      buffer: PNG.sync.write(blank),
    });
    await expect(
      page.locator('[data-scan-message="photo"][data-reason="no-code-found"]'),
    ).toBeVisible();

    await input.setInputFiles({
      name: 'poster.png',
      mimeType: 'image/png',
      buffer: await qrPng(`${baseURL}/?r=us`),
    });
    await expect(page.locator(usHotline)).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('data-region', 'us');
  });
});

test('a refused camera still offers a photo and typing the code', async ({ baseURL }) => {
  await withCamera(
    baseURL,
    `${baseURL}/?r=us`,
    async (page) => {
      await openScanner(page);
      await expect(page.locator('[data-camera="failed"]')).toBeVisible();
      await expect(page.locator('.scan-status')).toContainText('not allowed');
      await expect(page.locator('.scan-how')).toContainText('site settings');
      await expect(page.locator('input[type="file"]')).toBeVisible();
      await expect(page.locator('#scan-code')).toBeVisible();
      await expect(page.locator('html')).toHaveAttribute('data-region', 'gb');
      expect(await axeViolations(page)).toEqual([]);
    },
    { allowCamera: false },
  );
});

test('when the decoder cannot start, the person is told and typing still works', async ({
  baseURL,
}) => {
  await withCamera(
    baseURL,
    `${baseURL}/?r=us`,
    async (page, context) => {
      // What a browser that refuses the decoder's blob: worker (an older CSP engine) does.
      await context.addInitScript(() => {
        window.Worker = class {
          constructor() {
            throw new DOMException('Refused to create a worker', 'SecurityError');
          }
        } as unknown as typeof Worker;
      });
      await openScanner(page);
      await expect(page.locator('[data-camera="failed"]')).toBeVisible();
      await expect(page.locator('.scan-status')).toContainText('type the code');

      await page.locator('input[type="file"]').setInputFiles({
        name: 'poster.png',
        mimeType: 'image/png',
        buffer: await qrPng(`${baseURL}/?r=us`),
      });
      await expect(
        page.locator('[data-scan-message="photo"][data-reason="scanner-unavailable"]'),
      ).toBeVisible();

      await page.locator('#scan-code').fill('US');
      await page.locator('[data-action="use-code"]').click();
      await expect(page.locator(usHotline)).toBeVisible();
      // qr-scanner leaves its failed engine promise unhandled when destroyed; only that may surface.
    },
    { expectedErrors: /^pageerror: Refused to create a worker$/ },
  );
});

test('scanning works offline, and the switch is timed', async ({ baseURL }) => {
  await withCamera(baseURL, `${baseURL}/?r=us`, async (page, context) => {
    const fromWorker: string[] = [];
    page.on('response', (response) => {
      if (response.fromServiceWorker()) fromWorker.push(response.url());
    });
    await page.goto('/?r=gb');
    await waitForServiceWorker(page);
    await expect(page.locator('[data-sw="offline-ready"]')).toBeVisible();
    await context.setOffline(true);

    // Time from the decoder's callback (a performance mark) to the first new hotline link.
    await page.evaluate(() => {
      const timing = window as unknown as { lanternSwitchMs?: number };
      new MutationObserver((_, observer) => {
        const mark = performance.getEntriesByName('lantern:code-decoded').at(-1);
        if (mark && document.querySelector('a[href="tel:+18883737888"]')) {
          timing.lanternSwitchMs = performance.now() - mark.startTime;
          observer.disconnect();
        }
      }).observe(document.body, { childList: true, subtree: true });
    });
    await page.locator('[data-action="scan"]').click();
    await expect(page.locator(usHotline)).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('data-region', 'us');

    const ms = await page.evaluate(
      () => (window as unknown as { lanternSwitchMs?: number }).lanternSwitchMs,
    );
    console.log(`offline: decoded code → new region's first hotline link: ${ms?.toFixed(1)} ms`);
    const [workerFile] = builtFilesFor(/qr-scanner-worker/);
    expect(fromWorker.some((url) => url.endsWith(workerFile ?? 'missing'))).toBe(true);
  });
});

test('typing "us" switches the region; "xx" is refused calmly', async ({ page }) => {
  await openScanner(page);
  const field = page.locator('#scan-code');
  await field.fill('xx');
  await page.locator('[data-action="use-code"]').click();
  const refused = page.locator('[data-scan-message="typed"][data-reason="unknown-region"]');
  await expect(refused).toBeVisible();
  await expect(refused).toContainText('We do not have numbers for that place yet');
  expect(await axeViolations(page)).toEqual([]);
  await expect(page.locator('html')).toHaveAttribute('data-region', 'gb');

  await field.fill('us');
  await field.press('Enter');
  await expect(page.locator(usHotline)).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('data-region', 'us');
});

/** Records every camera stream the page opens, so a test can see that each one ended. */
async function recordStreams(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const streams: MediaStream[] = [];
    (window as unknown as { lanternStreams: MediaStream[] }).lanternStreams = streams;
    const original = navigator.mediaDevices.getUserMedia.bind(navigator.mediaDevices);
    navigator.mediaDevices.getUserMedia = async (constraints) => {
      const stream = await original(constraints);
      streams.push(stream);
      return stream;
    };
  });
}

function liveTracks(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      (window as unknown as { lanternStreams: MediaStream[] }).lanternStreams
        .flatMap((stream) => stream.getTracks())
        .filter((track) => track.readyState === 'live').length,
  );
}

test('the camera stops when the page is hidden and when leaving the screen', async ({
  baseURL,
}) => {
  await withCamera(baseURL, null, async (page, context) => {
    await recordStreams(context);
    await openScanner(page);
    await expect(page.locator('[data-camera="scanning"]')).toBeVisible();
    expect(await liveTracks(page)).toBe(1);
    expect(await axeViolations(page)).toEqual([]);

    await page.evaluate(() => {
      Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
      document.dispatchEvent(new Event('visibilitychange'));
    });
    await expect(page.locator('[data-camera="idle"]')).toBeVisible();
    expect(await liveTracks(page)).toBe(0);

    await page.evaluate(() => {
      Object.defineProperty(document, 'visibilityState', { value: 'visible', configurable: true });
      document.dispatchEvent(new Event('visibilitychange'));
    });
    // It never restarts by itself: the person turns it back on.
    await expect(page.locator('[data-camera="idle"]')).toBeVisible();
    await page.locator('[data-action="camera-on"]').click();
    await expect(page.locator('[data-camera="scanning"]')).toBeVisible();
    expect(await liveTracks(page)).toBe(1);

    await page.locator('[data-action="hotlines"]').click();
    await expect(page.locator(gbHotline)).toBeVisible();
    expect(await liveTracks(page)).toBe(0);
  });
});

test('quick exit turns the camera off in the same event', async ({ baseURL }) => {
  await withCamera(baseURL, null, async (page, context) => {
    await recordStreams(context);
    // In an installed window the exit stays on the cover, so the page survives to be inspected.
    await context.addInitScript(() => {
      const original = window.matchMedia.bind(window);
      window.matchMedia = (query: string) => {
        const list = original(query);
        return query.includes('display-mode: standalone')
          ? Object.defineProperty(list, 'matches', { value: true })
          : list;
      };
    });
    await openScanner(page);
    await expect(page.locator('[data-camera="scanning"]')).toBeVisible();
    const liveAfterExit = await page.evaluate(() => {
      document.querySelector<HTMLElement>('[data-quick-exit]')?.click();
      // Checked synchronously, before any task or microtask could run.
      return (window as unknown as { lanternStreams: MediaStream[] }).lanternStreams
        .flatMap((stream) => stream.getTracks())
        .filter((track) => track.readyState === 'live').length;
    });
    expect(liveAfterExit).toBe(0);
  });
});
