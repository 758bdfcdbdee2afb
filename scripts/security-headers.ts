/**
 * The HTTP headers every deployment sends (vite preview uses them; the nginx
 * config in deploy/ mirrors them and tests/e2e/nginx.spec.ts checks it does).
 * One list so tests and servers agree.
 */
const policy: Array<[directive: string, value: string]> = [
  ['default-src', "'self'"],
  ['script-src', "'self'"],
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

/** Headers for every response of the app. */
export const securityHeaders: Record<string, string> = {
  'Content-Security-Policy': contentSecurityPolicy,
  'Referrer-Policy': 'no-referrer',
  'Permissions-Policy': 'camera=(self), microphone=(), geolocation=()',
  'X-Content-Type-Options': 'nosniff',
};

/** Cache-Control for content-hashed files: a new build gets new names, so keep them forever. */
export const immutableCacheControl = 'public, max-age=31536000, immutable';

/** Cache-Control for everything else: HTML, sw.js and manifests must be revalidated on each load. */
export const revalidateCacheControl = 'no-cache';

/** The Cache-Control a server sends for a path: only the build's hashed /assets/ are immutable. */
export function cacheControlFor(pathname: string): string {
  return pathname.startsWith('/assets/') ? immutableCacheControl : revalidateCacheControl;
}
