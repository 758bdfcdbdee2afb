/**
 * Entry path. Boots Lantern: words, region, then the first screen, then the
 * service worker (after first paint, so it never delays help).
 */
import './features/shell/base.css';
import './features/install/install-events';
import { initI18n, loadI18next } from './app/i18n';
import { startLanguage } from './features/language/start-language';
import { isCovered, mountShell, showApp, showCover } from './features/shell/root';
import { getState, update } from './app/store';
import type { Settings } from './core/settings';
import { regionRequestedBy, startNotice, startRegion } from './features/regions/start-region';
import { audienceOfSearch } from './core/audience';
import { SETTINGS_WAIT_MS, lateSettings, loadSettings, settingsRead } from './app/settings';
import { loadRegionPack } from './content';
import { shouldWearCover } from './features/disguise/start-screen';
import { loadLock } from './features/disguise/look';
import { preloadCover } from './features/disguise/Cover';
import { keepCoverAtRest } from './features/disguise/cover-snapshot';
import { listenForQuickExit } from './features/exit/exit-listeners';
import { prepareExit } from './features/exit/quick-exit';
import { entryDisguise } from './features/disguise/look';
import { entryAddress } from './core/entry-path';

// The start region's numbers are the first paint; past this, show the app and let them follow.
const PACK_WAIT_MS = 300;

function within<T>(promise: Promise<T>, ms: number): Promise<T | undefined> {
  return Promise.race([
    promise,
    new Promise<undefined>((resolve) => setTimeout(() => resolve(undefined), ms)),
  ]);
}

/**
 * Leaves exactly this entry's own path in the address bar and history: no
 * poster code, revealing path or hash. Never throws: boot must go on.
 */
function clearAddress(): void {
  try {
    history.replaceState(null, '', entryAddress(location.origin, entryDisguise()));
  } catch {
    // A browser that refuses replaceState here still shows help.
  }
}

async function boot(search: string): Promise<void> {
  // Which build this page is, beside the worker's own: a page and its worker must match.
  document.documentElement.dataset.build = __BUILD_ID__;
  // Before anything can show: an exit must work from the very first frame, and
  // put the cover up even while boot still waits for storage.
  const root = document.getElementById('root');
  if (!root) return;
  mountShell(root);
  listenForQuickExit();
  // Settings load (one bounded wait) while the words do; the code's lock beside them.
  const settings = loadSettings();
  const look = Promise.all([settingsRead(), loadLock()]);
  // The region is known from a poster's ?r= at once, else once settings are; its pack
  // loads while the words still do.
  const start = settings.then((saved) => startRegion(search, saved.region));
  const requested = regionRequestedBy(search);
  const pack = (requested ? Promise.resolve(requested) : start.then((first) => first.region))
    .then(loadRegionPack)
    .catch(() => undefined);
  await initI18n();
  const [saved, first] = await Promise.all([settings, start]);
  const language = await startLanguage(search, saved.language);
  // A venue poster's signed contacts wait in memory for the hotlines screen to check them.
  const token = new URLSearchParams(search).get('v');
  const venue = token && requested ? { token, region: requested } : null;
  // Who the poster was for lives in memory for this visit only, never in settings.
  update({
    language,
    notice: startNotice(first, language),
    audience: audienceOfSearch(search),
    venue,
  });

  // A chosen disguise decides the first screen, so it is waited for like the settings
  // (not on a disguise's own page, which wears its cover whatever was chosen).
  const lookKnown =
    shouldWearCover() ||
    (await within(
      look.then(() => true),
      SETTINGS_WAIT_MS,
    ));
  if (shouldWearCover()) {
    await preloadCover().catch(() => undefined);
    showCover();
  } else {
    await within(pack, PACK_WAIT_MS);
    // An exit during boot has put the cover up: help must not come up over it.
    if (!isCovered()) showApp();
    // Ready for an exit from an installed window, which stays on the cover.
    void look.then(prepareExit);
    // Storage answered late: a disguise chosen after all still puts its cover up.
    if (!lookKnown) void look.then(() => shouldWearCover() && showCover());
  }
  // Storage answered late: what is on screen, help or cover, moves to the saved words.
  // Only when it answered in time is what shows the person's own, so only then is a
  // disguise's cover kept for its next launch, before any input can reach it (storage
  // has answered, so this comes in the same task, a few microtasks on). A cover in the
  // defaults' words, drawn while storage was blocked, must not replace the kept one.
  void lateSettings().then((late) =>
    late
      ? followLateSettings(search, late).then(() => isCovered() && showCover())
      : keepCoverAtRest(),
  );
}

/**
 * Storage answered after boot stopped waiting (a busy phone, an old tab): the
 * help on screen is the defaults', so it moves to the saved region and language.
 * What the address asked for, and what the person chose meanwhile, still win.
 */
async function followLateSettings(
  search: string,
  late: Readonly<Partial<Settings>>,
): Promise<void> {
  const params = new URLSearchParams(search);
  const region = regionRequestedBy(search) ? null : (late.region ?? null);
  const language = params.has('lang') ? null : (late.language ?? null);
  const shown = region ? startRegion(search, region) : null;
  const words = language ? await startLanguage(search, language) : getState().language;
  update({ language: words, ...(shown ? { notice: startNotice(shown, words) } : {}) });
}

/**
 * Whatever boot met (a throwing API, a missing chunk), it ends with help or
 * the cover on screen: a blank page is the one thing that must never happen.
 */
function showSomething(): void {
  try {
    if (shouldWearCover()) showCover();
    else if (!isCovered()) showApp();
  } catch {
    // Nothing more to try: the static page is all that is left.
  }
}

// The address is read once, then cleaned before anything else can throw.
const search = location.search;
clearAddress();
void boot(search)
  .catch(showSomething)
  // After the first paint: i18next, the worker and workbox-window never delay help.
  .then(() => loadI18next().catch(() => undefined))
  .then(() => import('./features/update/sw-bridge'))
  .then((bridge) => bridge.registerServiceWorker())
  .catch(() => undefined);
