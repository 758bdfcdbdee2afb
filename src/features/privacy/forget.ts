/**
 * "Forget this device": removes what Lantern keeps on the phone. Settings
 * only, or settings plus the offline copy (service worker and Cache Storage).
 */
import { clearSettings } from '../../app/settings';
import { deleteDb } from '../../storage/delete-db';

/** Removes every saved setting, in memory and in IndexedDB; the app carries on with defaults. */
export async function forgetDevice(): Promise<void> {
  clearSettings();
  await deleteDb();
}

/** Also unregisters the service worker and deletes every cache: offline use ends. */
export async function forgetEverything(): Promise<void> {
  await forgetDevice();
  await Promise.allSettled([unregisterWorkers(), deleteCaches()]);
}

async function unregisterWorkers(): Promise<void> {
  if (!('serviceWorker' in navigator)) return;
  const registrations = await navigator.serviceWorker.getRegistrations();
  await Promise.all(registrations.map((registration) => registration.unregister()));
}

async function deleteCaches(): Promise<void> {
  // Cache Storage exists only in secure contexts.
  if (typeof caches === 'undefined') return;
  const names = await caches.keys();
  await Promise.all(names.map((name) => caches.delete(name)));
}
