/**
 * The deployment people copy: dist/ served by a real nginx with
 * deploy/nginx.conf. Right headers on every kind of file, an app that runs
 * under its CSP without a single violation, and offline from there.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect, waitForServiceWorker, appHotline } from './support/browser';
import { rawGet, startNginx, type NginxServer } from './support/nginx';
import { cacheControl, securityHeaders } from '../../scripts/security-headers';
import { FIRST_HELP_BOX, withoutFirstHelpTable } from '../../src/core/view-snapshot';

const dist = join(import.meta.dirname, '..', '..', 'dist');
let nginx: NginxServer;

test.beforeAll(async () => {
  nginx = await startNginx(dist);
});

test.afterAll(async () => {
  await nginx?.close();
});

function builtFiles(): string[] {
  return readdirSync(dist, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(dist.length).replaceAll('\\', '/'));
}

test('nginx sends the security headers, no-store and types for each kind of file', async () => {
  const script = builtFiles().find((path) => /^\/assets\/.*\.js$/.test(path));
  const style = builtFiles().find((path) => /^\/assets\/.*\.css$/.test(path));
  expect(script).toBeDefined();
  expect(style).toBeDefined();
  const expected: Array<[path: string, type: string]> = [
    ['/', 'text/html'],
    ['/calculator.html', 'text/html'],
    ['/sw.js', 'text/javascript'],
    [script ?? '', 'text/javascript'],
    [style ?? '', 'text/css'],
    ['/manifest.webmanifest', 'application/manifest+json'],
    // Any other path is the app.
    ['/a/path/never/built', 'text/html'],
  ];
  for (const [path, type] of expected) {
    const response = await fetch(`${nginx.origin}${path}`, {
      headers: { 'Accept-Encoding': 'gzip' },
    });
    expect(response.status, path).toBe(200);
    expect(response.headers.get('content-type')?.split(';')[0], path).toBe(type);
    // Hashed assets too: the disk cache keeps nothing "Remove everything" can't reach.
    expect(response.headers.get('cache-control'), path).toBe('no-store');
    for (const [name, value] of Object.entries(securityHeaders)) {
      expect(response.headers.get(name), `${name} on ${path}`).toBe(value);
    }
    expect(response.headers.get('content-encoding'), path).toBe('gzip');
  }
  expect(cacheControl).toBe('no-store');
});

test('a missing hashed file is a 404 that is never cached, still with the headers', async () => {
  const response = await fetch(`${nginx.origin}/assets/not-built-abc123.js`);
  expect(response.status).toBe(404);
  expect(response.headers.get('cache-control')).toBe('no-store');
  expect(response.headers.get('content-security-policy')).toBe(
    securityHeaders['Content-Security-Policy'],
  );
});

// Paths a person may arrive with, the revealing ones included: none may come back
// in a Location header or in the body (the body is index.html, byte for byte).
const unknownPaths = [
  '/escape-trafficking-help?r=gb',
  '/escape-trafficking-help/',
  '//x/?r=gb',
  '/\\evil.example/?r=gb',
  '/help.html',
  // Folders of the build: `try_files $uri/` would redirect them to themselves with a slash.
  '/icons',
  '/assets',
];

test('nginx answers unknown paths with the app shell in place, never repeating the path', async () => {
  const shell = readFileSync(join(dist, 'index.html'), 'utf8');
  for (const path of unknownPaths) {
    const response = await rawGet(nginx.origin, path);
    expect(response.status, path).toBe(200);
    expect(response.headers.location, path).toBeUndefined();
    expect(response.body, path).toBe(shell);
  }
});

test('plain HTTP goes to HTTPS keeping an entry and the query, never an unknown path', async () => {
  const redirect = await startNginx(dist, 'redirect');
  try {
    const expected: Array<[path: string, location: string]> = [
      ['/?r=gb', 'https://lantern.test/?r=gb'],
      ['/calculator.html', 'https://lantern.test/calculator.html'],
      ['/escape-trafficking-help?r=gb', 'https://lantern.test/?r=gb'],
      ['/abuse/notes.html', 'https://lantern.test/'],
    ];
    for (const [path, location] of expected) {
      const response = await rawGet(redirect.origin, path, { Host: 'lantern.test' });
      expect(response.status, path).toBe(301);
      expect(response.headers.location, path).toBe(location);
    }
  } finally {
    await redirect.close();
  }
});

test('every built file is served with a real type, never application/octet-stream', async () => {
  const files = builtFiles().filter((path) => !path.endsWith('.map'));
  expect(files.length).toBeGreaterThan(5);
  for (const path of files) {
    const response = await fetch(`${nginx.origin}${path}`, { method: 'HEAD' });
    expect(response.status, path).toBe(200);
    expect(response.headers.get('content-type'), path).not.toMatch(/octet-stream/);
  }
});

test('the app runs under its CSP with zero violations and zero console errors', async ({
  page,
}) => {
  const consoleErrors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => consoleErrors.push(error.message));
  await page.addInitScript(() => {
    const seen: string[] = [];
    Object.defineProperty(window, '__cspViolations', { value: seen });
    document.addEventListener('securitypolicyviolation', (event) => {
      // Only the header can carry frame-ancestors: that tells the two policies apart.
      const policy = event.originalPolicy.includes('frame-ancestors') ? 'header' : 'meta';
      seen.push(`${policy}: ${event.effectiveDirective} blocked ${event.blockedURI || 'inline'}`);
    });
  });
  const violations = () =>
    page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations);

  await page.goto(`${nginx.origin}/?r=gb`);
  await expect(page.locator(appHotline).first()).toBeVisible();
  await waitForServiceWorker(page);
  // Each screen loads its own code and styles: visit them all. (A dispatched
  // click: the "ready offline" notice may lie over the navigation.)
  const screens = page.locator('nav [data-action]');
  for (let index = 0; index < (await screens.count()); index += 1) {
    await screens.nth(index).dispatchEvent('click');
  }
  await page.reload();
  await expect(page.locator(appHotline).first()).toBeVisible();

  expect(await violations()).toEqual([]);
  expect(consoleErrors).toEqual([]);

  // The listener is not blind, and both policies (header and meta tag) are on:
  // an inline style is exactly what they block.
  await page.evaluate(() => {
    const style = document.createElement('style');
    style.textContent = 'body { color: red; }';
    document.head.append(style);
  });
  await expect
    .poll(async () => (await violations()).sort())
    .toEqual(['header: style-src-elem blocked inline', 'meta: style-src-elem blocked inline']);
});

test('opens offline from nginx once the worker has precached it', async ({ page, context }) => {
  await page.goto(`${nginx.origin}/`);
  await waitForServiceWorker(page);
  await expect(page.locator('[data-sw="offline-ready"]')).toBeVisible();
  await context.setOffline(true);
  await page.close();

  const reopened = await context.newPage();
  const response = await reopened.goto(`${nginx.origin}/`);
  expect(response?.fromServiceWorker()).toBe(true);
  await expect(reopened.locator(appHotline).first()).toBeVisible();
  await expect(reopened.locator('[data-quick-exit]')).toBeVisible();
});

/**
 * The entry HTML as built, less what a view snapshot changes: the box emptied,
 * `<html>` as it was, and without the table (which a snapshot's page leaves out).
 */
function withoutSnapshot(html: string): string {
  const shell = readFileSync(join(dist, 'index.html'), 'utf8');
  const opening = /<html\b[^>]*>/.exec(shell)?.[0] ?? '';
  return withoutFirstHelpTable(html)
    .replace(/<html\b[^>]*>/, opening)
    .replace(
      /<div id="start" class="start" data-snapshot="">[\s\S]*?<\/div>(?=\s*<script[ >])/,
      FIRST_HELP_BOX,
    );
}

test('offline, the worker answers unknown paths with the app shell, never repeating the path', async ({
  page,
  context,
}) => {
  const shell = readFileSync(join(dist, 'index.html'), 'utf8');
  await page.goto(`${nginx.origin}/`);
  await waitForServiceWorker(page);
  await context.setOffline(true);
  for (const path of unknownPaths) {
    const response = await page.goto(`${nginx.origin}${path}`);
    expect(response?.fromServiceWorker(), path).toBe(true);
    expect(response?.status(), path).toBe(200);
    expect(response?.request().redirectedFrom(), path).toBeNull();
    // The shell itself (with the last screen's view snapshot in its box, if the page kept
    // one): what the page then does with the address is the page's part.
    expect(withoutSnapshot((await response?.text()) ?? ''), path).toBe(withoutSnapshot(shell));
  }
});
