/**
 * Pure routing decisions for the service worker, unit-tested without a worker.
 */

/** Query parameters the app reads once and removes; they never change what is cached. */
export const ignoredSearchParams: RegExp[] = [/^r$/, /^lang$/, /^utm_/];

/**
 * True when a navigation should be answered with the app shell: same origin and
 * inside the scope. Precached files (the disguise entries, icons) are answered
 * before this route; every other path, a mistyped or revealing one included,
 * gets the app in place, with no redirect that would repeat the path.
 */
export function isAppNavigation(url: URL, origin: string, scope: string): boolean {
  return url.origin === origin && url.href.startsWith(scope);
}
