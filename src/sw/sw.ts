/// <reference lib="webworker" />
/**
 * Lantern's service worker. Reads top to bottom in the order things happen:
 * precache everything the build emitted, answer navigations from the cache,
 * and wait for the person's consent before an update takes over.
 */
import { PrecacheController, PrecacheRoute, cleanupOutdatedCaches } from 'workbox-precaching';
import { Route, registerRoute } from 'workbox-routing';
import { withCoverSnapshot } from '../core/cover-snapshot';
import { disguiseOfPage, disguisePage } from '../core/disguises';
import { snapshotFits, withSnapshot } from '../core/view-snapshot';
import { isPageToWorker, type WorkerToPage } from '../shared/messages';
import {
  headersForNewBody,
  readCoverAtRest,
  readCoverSnapshot,
  readPageAtRest,
  readViewSnapshot,
} from '../shared/view-snapshot';
import { installInLanes } from './install-in-lanes';
import { ignoredSearchParams, isAppNavigation } from './routes';

declare const self: ServiceWorkerGlobalScope & {
  __WB_MANIFEST: Array<{ url: string; revision: string | null }>;
};

/**
 * Every file of the build: all articles, all languages, all region packs, the scanner.
 *
 * A reopen from the home screen starts this worker cold, and its first job is
 * the page. Listing all ~430 files (workbox parses two URLs per file) took
 * about 5 ms of each start, before the page could be answered, so the start
 * lists the HTML pages only; the rest are listed at the first request that
 * needs them (a script, a pack), at install and at activate. Activate must see
 * the whole list, or it would delete the files left out as outdated.
 */
const manifest = self.__WB_MANIFEST;
const precache = new PrecacheController();
const isPage = (entry: string | { url: string }) =>
  (typeof entry === 'string' ? entry : entry.url).endsWith('.html');
precache.addToCacheList(manifest.filter(isPage));
let everyFileListed = false;
function everyFile(): PrecacheController {
  if (!everyFileListed) {
    precache.addToCacheList(manifest.filter((entry) => !isPage(entry)));
    everyFileListed = true;
  }
  return precache;
}

/**
 * The plain entry, with the hotlines the page last showed already in it when
 * the address asks for them (the view snapshot; the app takes over from it):
 * the numbers come with the first response, not after six scripts and a pack.
 * The precached HTML as it is otherwise.
 */
async function plainEntry(url: URL): Promise<Response> {
  // The page kept this answer whole (shared/view-snapshot.ts): one read, nothing to splice.
  const atRest = await readPageAtRest();
  if (atRest?.build === __BUILD_ID__ && snapshotFits(url.search, atRest)) return atRest.response;
  const [shell, snapshot] = await Promise.all([
    precache.matchPrecache('index.html'),
    readViewSnapshot(),
  ]);
  if (!shell) return fetch(url.origin + '/');
  if (!snapshot || !snapshotFits(url.search, snapshot)) return shell;
  return spliced(shell, (html) => withSnapshot(html, snapshot));
}

/**
 * A disguise's own page, with its cover at rest already in it (the cover
 * snapshot) when the page kept one for this disguise: a reopen from the
 * home screen shows the calculator at once, not after the scripts.
 */
async function disguiseEntry(url: URL): Promise<Response> {
  const disguise = disguiseOfPage(url.pathname);
  // The page kept this answer whole (shared/view-snapshot.ts): one read, nothing to splice.
  const atRest = await readCoverAtRest();
  if (atRest?.build === __BUILD_ID__ && atRest.disguise === disguise) return atRest.response;
  const [page, snapshot] = await Promise.all([
    disguise ? precache.matchPrecache(disguisePage(disguise)) : undefined,
    readCoverSnapshot(),
  ]);
  if (!page) return fetch(url.href);
  if (!snapshot) return page;
  return spliced(page, (html) => withCoverSnapshot(html, snapshot));
}

/** `response` with its HTML changed by `splice`; `response` itself when it declines (null). */
async function spliced(
  response: Response,
  splice: (html: string) => string | null,
): Promise<Response> {
  const html = splice(await response.clone().text());
  if (html === null) return response;
  return new Response(html, { headers: headersForNewBody(response.headers) });
}

// Before the precache's own route: `/`, `/index.html` and any in-scope page that is not a
// precached file (a mistyped path, a future route) get the plain entry, offline too.
// The disguises' entries are precached files: their own page, never the hotlines' snapshot.
registerRoute(
  ({ request, url }) =>
    request.mode === 'navigate' &&
    isAppNavigation(url, self.location.origin, self.registration.scope) &&
    (url.pathname === '/' ||
      url.pathname === '/index.html' ||
      (disguiseOfPage(url.pathname) === null &&
        everyFile().getCacheKeyForURL(url.origin + url.pathname) === undefined)),
  ({ url }) => plainEntry(url),
);

// Before the precache's own route too: a disguise's page, opened from its home-screen icon.
registerRoute(
  ({ request, url }) =>
    request.mode === 'navigate' &&
    isAppNavigation(url, self.location.origin, self.registration.scope) &&
    disguiseOfPage(url.pathname) !== null,
  ({ url }) => disguiseEntry(url),
);

// Every other request for a file of the build, from the precache.
const files = new PrecacheRoute(precache, { ignoreURLParametersMatching: ignoredSearchParams });
registerRoute(
  new Route((options) => {
    everyFile();
    return files.match(options);
  }, files.handler),
);
// Pages first: they are what a reopen needs before anything else (install-in-lanes.ts).
self.addEventListener('install', (event) => {
  const ordered = [...manifest.filter(isPage), ...manifest.filter((entry) => !isPage(entry))];
  event.waitUntil(installInLanes(everyFile(), ordered, event));
});
self.addEventListener('activate', (event) => void everyFile().activate(event));
cleanupOutdatedCaches();

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
