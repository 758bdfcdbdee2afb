/**
 * Entry path. Boots Lantern: words, region, then the first screen, then the
 * service worker (after first paint, so it never delays help).
 */
import './features/shell/base.css';
import './features/install/install-events';
import { initI18n } from './features/language/i18n';
import { startLanguage } from './features/language/start-language';
import { mountShell, showApp, showCover } from './features/shell/root';
import { update } from './features/shell/store';
import { startRegion } from './features/regions/start-region';
import { getSettingsWithin } from './storage/settings';
import { shouldStartOnCover } from './features/disguise/start-screen';
import { loadLook } from './features/disguise/look';
import { preloadCover } from './features/disguise/Cover';
import { listenForQuickExit } from './features/exit/exit-listeners';

// A stuck IndexedDB may hold back the first paint this long, no more; then defaults.
const SETTINGS_WAIT_MS = 300;

async function boot(): Promise<void> {
  // Before anything can show: an exit must work from the very first frame.
  listenForQuickExit();
  const look = loadLook();
  // Settings load while the words do; region and language each wait at most 300 ms.
  const settings = getSettingsWithin(SETTINGS_WAIT_MS);
  await initI18n();
  const [language, saved] = await Promise.all([startLanguage(location.search), settings]);
  const start = startRegion(location.search, saved.region);
  update({ language, notice: start.notice ? { key: start.notice } : null });
  // The address bar and history keep nothing of what the code said.
  if (location.search) history.replaceState(null, '', location.pathname);

  const root = document.getElementById('root');
  if (!root) return;
  mountShell(root);
  if (shouldStartOnCover()) {
    await preloadCover().catch(() => undefined);
    showCover();
  } else {
    showApp();
    // Ready for an exit from an installed window, which stays on the cover.
    void look.then(preloadCover).catch(() => undefined);
  }

  // After the first paint: the worker and workbox-window never delay help.
  void import('./features/update/sw-bridge').then((bridge) => bridge.registerServiceWorker());
}

void boot();
