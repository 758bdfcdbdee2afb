/**
 * Entry path. A tiny hub between the lazily loaded sw-bridge and the notice
 * on screen, so workbox-window stays out of the first paint.
 */

/** What the bridge tells the UI. */
export type UpdateEvent = { type: 'offline-ready' } | { type: 'update-ready'; apply: () => void };

type Listener = (event: UpdateEvent) => void;
const listeners = new Set<Listener>();
let latest: UpdateEvent | null = null;

/** Tells every subscriber (and later ones) about an event. */
export function emitUpdate(event: UpdateEvent): void {
  latest = event;
  for (const listener of listeners) listener(event);
}

/** Subscribes to the bridge's notices; replays the latest one. Returns the unsubscribe. */
export function subscribeUpdates(listener: Listener): () => void {
  listeners.add(listener);
  if (latest) listener(latest);
  return () => listeners.delete(listener);
}
