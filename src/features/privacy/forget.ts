/**
 * "Forget this device": removes what Lantern keeps on the phone. Settings
 * (and kept venue contacts) only, or those plus the offline copy (service
 * worker and Cache Storage).
 */
import { DEFAULT_UNLOCK_CODE } from '../../core/disguises';
import { forgetSettings } from '../../storage/settings';
import { forgetKeptVenuePacks } from '../../storage/venue-packs';
import { rememberLook } from '../disguise/look';

/** Removes every saved setting and kept venue contacts; the app carries on with defaults. */
export async function forgetDevice(): Promise<void> {
  await forgetKeptVenuePacks();
  await forgetSettings();
  rememberLook({ disguise: null, unlockCode: DEFAULT_UNLOCK_CODE });
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
