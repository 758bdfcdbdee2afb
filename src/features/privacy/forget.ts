/**
 * "Forget this device": removes what Lantern keeps on the phone. Settings
 * (and kept venue contacts) only, or those plus the offline copy (service
 * worker and Cache Storage).
 */
import { clearSettings } from '../../app/settings';
import { deleteDb } from '../../storage/delete-db';
import { forgetLock } from '../../storage/lock';
import { forgetNotes } from '../../storage/notes';
import { forgetKeptVenuePacks } from '../../storage/venue-packs';
import { rememberLock } from '../disguise/look';
import { forgetViewSnapshot } from '../../shared/view-snapshot';

/** Removes every saved setting and kept venue contacts; the app carries on with defaults. */
export async function forgetDevice(): Promise<void> {
  rememberLock(null);
  clearSettings();
  // The last screen's copy names the region and language: it goes with the settings.
  await forgetViewSnapshot();
  // Before the database goes: removing it after would make it again, empty.
  await forgetLock();
  await forgetKeptVenuePacks();
  await deleteDb();
}

/** Also unregisters the service worker and deletes every cache: offline use ends. */
export async function forgetEverything(): Promise<void> {
  // Before the database goes: clearing after would make it again, empty.
  await forgetNotes();
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
