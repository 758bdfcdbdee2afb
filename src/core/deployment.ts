/**
 * Per-deployment settings that are not secrets and change only when the app
 * is deployed somewhere new. Pure data.
 */

/**
 * Origins besides the app's own whose poster codes the scanner accepts, e.g.
 * a previous domain whose posters are still on walls. Full origins only
 * (`https://example.org`, no path, no trailing slash).
 */
export const extraOrigins: readonly string[] = [];
