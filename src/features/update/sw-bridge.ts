/**
 * The page's side of the service worker: registers it, says "ready to work
 * offline" once, asks before an update takes over, and reloads only when the
 * new worker has actually taken control (`controllerchange`) after consent.
 * Loaded lazily after the first paint.
 */
import { Workbox } from 'workbox-window';
import type { PageToWorker } from '../../shared/messages';
import { emitUpdate as emit } from './update-events';

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

  // The first install also fires controllerchange (clients.claim): reload only
  // for an update the person asked for.
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    if (consented) location.reload();
  });

  void workbox.register().catch(() => {
    // No worker (private mode, blocked): the app still works online.
  });
}
