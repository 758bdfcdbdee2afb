/**
 * Pure routing decisions for the service worker, unit-tested without a worker.
 */

/**
 * Query parameters precache lookups ignore: all of them. Every precached file
 * is the same whatever its query says (the page reads `?r=` and removes it), and
 * a link shared through a messenger or a search result comes with parameters
 * nobody can list in advance (`?fbclid=`, `?gclid=`, `?utm_*=`); offline, any
 * one left unignored would show the browser's offline page instead of the app.
 */
export const ignoredSearchParams: RegExp[] = [/.*/];

/**
 * True when a navigation should be answered with the app shell: same origin and
 * inside the scope. Precached files (the disguise entries, icons) are answered
 * before this route; every other path, a mistyped or revealing one included,
 * gets the app in place, with no redirect that would repeat the path.
 */
export function isAppNavigation(url: URL, origin: string, scope: string): boolean {
  return url.origin === origin && url.href.startsWith(scope);
}
