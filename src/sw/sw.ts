/// <reference lib="webworker" />
/**
 * Lantern's service worker. Reads top to bottom in the order things happen:
 * precache everything the build emitted, answer navigations from the cache,
 * and wait for the person's consent before an update takes over.
 */
import {
  cleanupOutdatedCaches,
  createHandlerBoundToURL,
  precacheAndRoute,
} from 'workbox-precaching';
import { registerRoute } from 'workbox-routing';
import { isPageToWorker, type WorkerToPage } from '../shared/messages';
import { ignoredSearchParams, isAppNavigation } from './routes';

declare const self: ServiceWorkerGlobalScope & {
  __WB_MANIFEST: Array<{ url: string; revision: string | null }>;
};

// Every file of the build: all articles, all languages, all region packs, the scanner.
precacheAndRoute(self.__WB_MANIFEST, { ignoreURLParametersMatching: ignoredSearchParams });
cleanupOutdatedCaches();

// Any other in-scope page (a mistyped path, a future route) gets the app, offline too.
const appShell = createHandlerBoundToURL('index.html');
registerRoute(
  ({ request, url }) =>
    request.mode === 'navigate' &&
    isAppNavigation(url, self.location.origin, self.registration.scope),
  appShell,
);

// The first install takes control at once so the page works offline without a reload.
// Updates still wait: a waiting worker activates only on 'skip-waiting'.
self.addEventListener('activate', (event) => {
  event.waitUntil(self.clients.claim());
});

self.addEventListener('message', (event) => {
  const message: unknown = event.data;
  if (!isPageToWorker(message)) return;
  switch (message.type) {
    case 'skip-waiting':
      void self.skipWaiting();
      break;
    case 'get-build-id': {
      const reply: WorkerToPage = { type: 'build-id', buildId: __BUILD_ID__ };
      event.ports[0]?.postMessage(reply);
      break;
    }
  }
});

declare const __BUILD_ID__: string;
