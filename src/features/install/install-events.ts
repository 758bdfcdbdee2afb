/**
 * Entry path (keep it tiny). Catches the browser's install offer as soon as
 * the page runs: Chromium fires `beforeinstallprompt` once, early, and a
 * listener added later by a lazy chunk would miss it. Once the app is
 * installed, asks (once) for storage the browser won't evict.
 */
import { isStandalone } from '../../app/display-mode';

/** Chromium's install offer (missing from the DOM typings). */
export interface InstallPromptEvent extends Event {
  prompt(): Promise<void>;
  readonly userChoice: Promise<{ outcome: 'accepted' | 'dismissed' }>;
}

let offer: InstallPromptEvent | null = null;
let installed = false;
let persisting: Promise<boolean> | undefined;
const listeners = new Set<() => void>();

function changed(): void {
  for (const listener of listeners) listener();
}

/** True while an unused install offer is stored. */
export function canPromptInstall(): boolean {
  return offer !== null;
}

/** True once `appinstalled` fired in this page. */
export function wasInstalled(): boolean {
  return installed;
}

/** Calls `listener` when the offer or the installed state changes. Returns the unsubscribe. */
export function subscribeInstall(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Shows the browser's own install dialog; an offer can be used only once. */
export async function promptInstall(): Promise<'accepted' | 'dismissed' | 'unavailable'> {
  const event = offer;
  if (!event) return 'unavailable';
  offer = null;
  changed();
  await event.prompt();
  return (await event.userChoice).outcome;
}

/** Asks once per page for persistent storage; resolves to whether storage is persistent. */
export function persistStorage(): Promise<boolean> {
  persisting ??= (async () => {
    try {
      if (!navigator.storage?.persist) return false;
      if (await navigator.storage.persisted()) return true;
      return await navigator.storage.persist();
    } catch {
      return false;
    }
  })();
  return persisting;
}

window.addEventListener('beforeinstallprompt', (event) => {
  // Chromium's own mini-infobar would sit in front of the hotlines; ours waits beside them.
  event.preventDefault();
  offer = event as InstallPromptEvent;
  changed();
});

window.addEventListener('appinstalled', () => {
  offer = null;
  installed = true;
  changed();
  void persistStorage();
});

if (isStandalone()) void persistStorage();
