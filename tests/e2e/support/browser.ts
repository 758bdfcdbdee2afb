/**
 * A fresh, persistent Chromium profile per test: an incognito context is never
 * installable, and a service worker must survive closing a page to test offline.
 */
import { test as base, chromium, type BrowserContext, type Page } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Flags that keep Chromium from reaching any host of its own (the machine has no network). */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-default-apps',
];

/** Launches Debian Chromium with a persistent profile in a temp folder. */
export async function launchProfile(
  options: {
    args?: string[];
    baseURL?: string;
    permissions?: string[];
    /** Playwright defaults to drop, e.g. '--disable-back-forward-cache' to test the bfcache. */
    ignoreDefaultArgs?: string[];
    /** The browser's language and region (navigator.languages), e.g. 'fil-PH'. */
    locale?: string;
  } = {},
): Promise<{ context: BrowserContext; close: () => Promise<void> }> {
  const dir = mkdtempSync(join(tmpdir(), 'lantern-profile-'));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: [...chromiumArgs, ...(options.args ?? [])],
    baseURL: options.baseURL,
    permissions: options.permissions ?? [],
    serviceWorkers: 'allow',
    ignoreDefaultArgs: options.ignoreDefaultArgs ?? [],
    ...(options.locale === undefined ? {} : { locale: options.locale }),
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The test fixture: `context` and `page` come from a persistent profile. */
export const test = base.extend<{ context: BrowserContext; page: Page }>({
  context: async ({ baseURL }, use) => {
    const profile = await launchProfile({ baseURL });
    await use(profile.context);
    await profile.close();
  },
  page: async ({ context }, use, testInfo) => {
    const page = context.pages()[0] ?? (await context.newPage());
    const heard = listenToPage(page);
    await use(page);
    // CI keeps only what is printed: a failed test says what the page was doing.
    if (testInfo.status !== testInfo.expectedStatus) console.log(await describePage(page, heard));
  },
});

export { expect } from '@playwright/test';

/** The page's errors, console lines and failed requests, newest last (the last 30). */
function listenToPage(page: Page): string[] {
  const heard: string[] = [];
  const note = (line: string) => {
    heard.push(line);
    if (heard.length > 30) heard.shift();
  };
  page.on('pageerror', (error) => note(`pageerror: ${error.message}`));
  page.on('console', (message) => note(`console.${message.type()}: ${message.text()}`));
  page.on('requestfailed', (request) =>
    note(`requestfailed: ${request.url()} ${request.failure()?.errorText ?? ''}`),
  );
  page.on('framenavigated', (frame) => {
    if (frame === page.mainFrame()) note(`navigated: ${frame.url()}`);
  });
  return heard;
}

/** A few lines on the page's state, for a failed test's output. */
async function describePage(page: Page, heard: string[]): Promise<string> {
  const state = await page
    .evaluate(() => ({
      url: location.href,
      readyState: document.readyState,
      build: document.documentElement.dataset.build ?? null,
      lang: document.documentElement.lang,
      controlled: Boolean(navigator.serviceWorker?.controller),
      root: document.getElementById('root')?.innerHTML.length ?? -1,
      start: document.getElementById('start')?.innerHTML.length ?? -1,
      text: (document.body?.innerText ?? '').slice(0, 200),
    }))
    .catch((error: unknown) => ({ unreadable: String(error) }));
  return ['── page when the test failed ──', JSON.stringify(state), ...heard].join('\n  ');
}

/** Waits until a service worker controls the page (the precache is complete then). */
export async function waitForServiceWorker(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (navigator.serviceWorker.controller) return;
    await new Promise<void>((resolve) => {
      navigator.serviceWorker.addEventListener('controllerchange', () => resolve(), { once: true });
    });
  });
}

/**
 * A second tab in the same profile that opens addresses without running any
 * script: what the worker sends can be read there while no page of the app
 * boots. Each boot keeps snapshots a moment later (src/shared/view-snapshot.ts),
 * and one could land over a change the test has just made to them.
 */
export async function scriptlessTab(context: BrowserContext): Promise<Page> {
  const tab = await context.newPage();
  const devtools = await context.newCDPSession(tab);
  await devtools.send('Emulation.setScriptExecutionDisabled', { value: true });
  return tab;
}

/**
 * Labels the page kept under `key` in the snapshots' cache (`/page-at-rest`,
 * `/cover-at-rest`) as another build's, as after an update, and marks its
 * body (`data-stale-page`) so a test can tell if it is sent anyway.
 */
export function markKeptPageStale(page: Page, key: string): Promise<void> {
  return page.evaluate(async (kept) => {
    const cache = await caches.open('view');
    const stored = await cache.match(kept);
    const headers = new Headers(stored?.headers);
    headers.set('X-Lantern-Build', 'an-older-build');
    const html = (await stored?.text())?.replace('<body>', '<body data-stale-page="">') ?? '';
    await cache.put(kept, new Response(html, { headers }));
  }, key);
}

/** The build id of the worker that controls the page (the typed get-build-id message). */
export function controllerBuildId(page: Page): Promise<string> {
  return page.evaluate(
    () =>
      new Promise<string>((resolve, reject) => {
        const controller = navigator.serviceWorker.controller;
        if (!controller) return reject(new Error('no controller'));
        const channel = new MessageChannel();
        channel.port1.onmessage = (event: MessageEvent<{ buildId: string }>) =>
          resolve(event.data.buildId);
        controller.postMessage({ type: 'get-build-id' }, [channel.port2]);
      }),
  );
}

/**
 * A number the app itself shows. The plain entry's HTML can carry first numbers
 * of its own (the first help, or the worker's copy of the last screen) before
 * the app starts: a test that needs the app up waits for this, not any `tel:`.
 */
export const appHotline = '#root a[href^="tel:"]';

/** Any number on the page, the HTML's own first help included: for "no number is left". */
export const anyHotline = 'a[href^="tel:"]';
