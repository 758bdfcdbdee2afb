/**
 * Pure routing decisions for the service worker, unit-tested without a worker.
 */

/** Query parameters the app reads once and removes; they never change what is cached. */
export const ignoredSearchParams: RegExp[] = [/^r$/, /^lang$/, /^utm_/];

/**
 * True when a navigation should be answered with the app shell: same origin,
 * inside the scope, and not a request for a file (a path with an extension).
 */
export function isAppNavigation(url: URL, origin: string, scope: string): boolean {
  if (url.origin !== origin) return false;
  if (!url.href.startsWith(scope)) return false;
  const lastSegment = url.pathname.split('/').pop() ?? '';
  return !lastSegment.includes('.');
}
