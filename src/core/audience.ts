/**
 * Who a poster is for: `?r=gb&for=child` or `for=adult`. Kept in memory only, for
 * the visit the poster opened; it is never a saved setting.
 */

/** The audiences a poster may name. */
export const AUDIENCES = ['child', 'adult'] as const;

/** Who a poster is for; null when it names no one (the pack's own order). */
export type Audience = (typeof AUDIENCES)[number];

/** The exact `for=` parameter a link may carry after `r=`. */
export const AUDIENCE_PARAM = /^for=(child|adult)$/;

/** Reads a raw `for=` value: exactly `child` or `adult`, nothing forgiven. */
export function parseAudience(value: unknown): Audience | null {
  return value === 'child' || value === 'adult' ? value : null;
}

/**
 * The audience a page address names, or null. Only a `for=` that follows an
 * `r=` counts, as on a poster; any other shape names no one.
 */
export function audienceOfSearch(search: string): Audience | null {
  const parts = search.replace(/^\?/, '').split('&');
  if (!parts[0]?.startsWith('r=')) return null;
  const match = AUDIENCE_PARAM.exec(parts[1] ?? '');
  return match ? parseAudience(match[1]) : null;
}
