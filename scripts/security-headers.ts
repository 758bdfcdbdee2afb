/**
 * The HTTP headers every deployment sends on every response (vite preview uses them; the nginx
 * config in deploy/ mirrors them and tests/e2e/nginx.spec.ts checks it does).
 * One list so tests and servers agree.
 */
/**
 * CSP sources of the inline scripts the build puts into index.html: the first
 * help (scripts/first-help/), allowed by the hash of its exact text and
 * nothing else inline. Written by the build when the script changes (it also
 * rewrites deploy/nginx.conf); commit both.
 */
export const inlineScriptHashes: readonly string[] = [
  'sha256-ZIleS6eZkvNjn/EfKjEt6BSJwISkLyAP/4UMlSmp1eo=',
];

const policy: Array<[directive: string, value: string]> = [
  ['default-src', "'self'"],
  ['script-src', ["'self'", ...inlineScriptHashes.map((hash) => `'${hash}'`)].join(' ')],
  ['style-src', "'self'"],
  ['img-src', "'self' data: blob:"],
  // qr-scanner runs its decoder in a worker built from a blob URL.
  ['worker-src', "'self' blob:"],
  ['connect-src', "'self'"],
  ['manifest-src', "'self'"],
  ['object-src', "'none'"],
  ['base-uri', "'none'"],
  ['form-action', "'none'"],
  ['frame-ancestors', "'none'"],
];

/** The Content-Security-Policy header value. */
export const contentSecurityPolicy = policy
  .map(([directive, value]) => `${directive} ${value}`)
  .join('; ');

/**
 * The same policy for a `<meta http-equiv>` tag, which covers a host that
 * can't send headers. Browsers ignore `frame-ancestors` there (and warn), so
 * only the header can stop framing.
 */
export const metaContentSecurityPolicy = policy
  .filter(([directive]) => directive !== 'frame-ancestors')
  .map(([directive, value]) => `${directive} ${value}`)
  .join('; ');

/**
 * Cache-Control for every response, hashed assets included: the browser's HTTP
 * disk cache must never hold a copy of the app, or "Remove everything" (which
 * can only clear Cache Storage and IndexedDB) would leave the whole app behind
 * in plain text. The service worker's precache is the one offline copy.
 *
 * What no-store does to the worker, and why that is fine:
 * - Update check: the browser fetches sw.js itself past the HTTP cache anyway
 *   (updateViaCache 'imports'; the worker is one file with no imports), so an
 *   update is found exactly as with no-cache.
 * - Precache install: workbox fetches files with a revision using
 *   `cache: 'reload'`, which goes to the network but would still *write* the
 *   answer into the HTTP cache; only no-store stops that. Hashed assets have
 *   no revision and are fetched with `cache: 'default'`, which would read the
 *   copy the page just loaded; with no-store there is none, so the first
 *   install downloads the first-paint files a second time (within their
 *   40 kB gzip budget, once). Later installs fetch only files whose revision
 *   or name changed: workbox compares with Cache Storage, not the HTTP cache.
 * - Pages the worker serves come from Cache Storage, never the HTTP cache, so
 *   no-store costs nothing once the app is installed.
 * - Chromium keeps no-store pages out of the back/forward cache: Back loads
 *   the page again instead of thawing its content, which suits the exit.
 */
export const cacheControl = 'no-store';

/** Headers for every response of the app. */
export const securityHeaders: Record<string, string> = {
  'Content-Security-Policy': contentSecurityPolicy,
  'Referrer-Policy': 'no-referrer',
  'Permissions-Policy': 'camera=(self), microphone=(), geolocation=()',
  'X-Content-Type-Options': 'nosniff',
  'Cache-Control': cacheControl,
};
