/**
 * The page's side of the service worker: registers it, says "ready to work
 * offline" once, asks before an update takes over, and reloads only when the
 * new worker has actually taken control (`controllerchange`) after consent.
 * Loaded lazily after the first paint.
 */
import { Workbox } from 'workbox-window';
import type { PageToWorker } from '../../shared/messages';
import { neutralPage } from '../disguise/look';
import { emitUpdate as emit } from './update-events';

/** Reloads into the new version; a covered page comes back covered, never on help. */
function reloadIntoUpdate(): void {
  if (document.documentElement.hasAttribute('data-covered')) location.replace(neutralPage());
  else location.reload();
}

/** Registers /sw.js once per page load. */
export function registerServiceWorker(): void {
  if (!('serviceWorker' in navigator)) return;
  const workbox = new Workbox('/sw.js', { scope: '/' });
  let consented = false;

  workbox.addEventListener('installed', (event) => {
    if (!event.isUpdate) emit({ type: 'offline-ready' });
  });

  workbox.addEventListener('waiting', () => {
    emit({
      type: 'update-ready',
      apply: () => {
        consented = true;
        void navigator.serviceWorker.getRegistration().then((registration) => {
          const message: PageToWorker = { type: 'skip-waiting' };
          registration?.waiting?.postMessage(message);
        });
      },
    });
  });

  // The first install also fires controllerchange (clients.claim): reload only for
  // an update the person agreed to, here or in another tab. A tab left on the old
  // build would ask the new worker for chunks it has deleted. Whether a worker
  // controlled the page is asked at each change, not once: a tab opened before the
  // first install is controlled from that install on, and must follow later updates.
  let controlled = navigator.serviceWorker.controller !== null;
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    // A worker that went away (the system wiped the site's storage) is no update:
    // the page keeps what it shows, and the next visit installs a worker again.
    if (navigator.serviceWorker.controller === null) {
      controlled = false;
      return;
    }
    const replacedAWorker = controlled;
    controlled = true;
    if (consented || replacedAWorker) reloadIntoUpdate();
  });

  void workbox.register().catch(() => {
    // No worker (private mode, blocked): the app still works online.
  });
}
