/**
 * The contract between the page and the service worker. Both sides parse what
 * they receive with the guards below: a message is data from another context,
 * never trusted by shape alone.
 */

/** Messages the page sends to the worker. */
export type PageToWorker = { type: 'skip-waiting' } | { type: 'get-build-id' };

/** Messages the worker sends back to the page. */
export type WorkerToPage = { type: 'build-id'; buildId: string };

function hasType(value: unknown): value is { type: unknown } {
  return typeof value === 'object' && value !== null && 'type' in value;
}

/** True when `value` is a message the worker understands. */
export function isPageToWorker(value: unknown): value is PageToWorker {
  if (!hasType(value)) return false;
  return value.type === 'skip-waiting' || value.type === 'get-build-id';
}

/** True when `value` is a message the page understands. */
export function isWorkerToPage(value: unknown): value is WorkerToPage {
  if (!hasType(value)) return false;
  return (
    value.type === 'build-id' &&
    'buildId' in value &&
    typeof (value as { buildId: unknown }).buildId === 'string'
  );
}
