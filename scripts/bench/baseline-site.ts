/**
 * The yardstick for "as fast as a static page": one HTML file with one tel:
 * link, and a one-route cache-first service worker. No framework, no chunks.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const html = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Baseline</title>
  </head>
  <body>
    <p><a href="tel:+448000121700">Call 0800 0121 700</a></p>
    <script src="/register.js" defer></script>
  </body>
</html>
`;

// A file, not an inline script: the baseline is served with the app's CSP.
const register = `navigator.serviceWorker.register('/sw.js');\n`;

const worker = `const CACHE = 'baseline-v1';
const FILES = ['/', '/register.js'];
self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(FILES)).then(() => self.skipWaiting()));
});
self.addEventListener('activate', (event) => event.waitUntil(self.clients.claim()));
self.addEventListener('fetch', (event) => {
  const url = new URL(event.request.url);
  const key = event.request.mode === 'navigate' ? '/' : url.pathname;
  event.respondWith(caches.match(key).then((hit) => hit || fetch(event.request)));
});
`;

/** Writes the baseline site into `dir` and returns `dir`. */
export function writeBaselineSite(dir: string): string {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'index.html'), html);
  writeFileSync(join(dir, 'register.js'), register);
  writeFileSync(join(dir, 'sw.js'), worker);
  return dir;
}
