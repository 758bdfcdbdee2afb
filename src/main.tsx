/**
 * Entry path. Boots Lantern: words, region, then the first screen, then the
 * service worker (after first paint, so it never delays help).
 */
import './features/shell/base.css';
import { initI18n } from './features/language/i18n';
import { mountShell, showApp } from './features/shell/root';
import { update } from './features/shell/store';
import { parseRegionCode } from './core/region-code';
import { hasRegionPack } from './content';

async function boot(): Promise<void> {
  await initI18n();
  const requested = parseRegionCode(new URLSearchParams(location.search).get('r'));
  const region = requested && hasRegionPack(requested) ? requested : parseRegionCode('gb');
  if (region) {
    update({ region });
    document.documentElement.dataset.region = region;
  }
  if (location.search) history.replaceState(null, '', location.pathname);
  const root = document.getElementById('root');
  if (!root) return;
  mountShell(root);
  showApp();
  // After the first paint: the worker and workbox-window never delay help.
  void import('./features/update/sw-bridge').then((bridge) => bridge.registerServiceWorker());
}

void boot();
