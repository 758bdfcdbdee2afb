/**
 * Entry path. What a hotline card may say and link, decided from the pack's
 * facts alone. Pure: the card renders these answers and decides nothing.
 */
import type { Hotline } from './content-types';
import { dialString } from './dial-links';

/** Sources from before this year may be out of date, so the card says so. */
export const OLD_SOURCE_BEFORE_YEAR = 2020;

/** How a person reaches a line by voice: a one-tap link, digits to type, or not at all. */
export type VoiceRoute = 'tel' | 'dial' | 'none';

/**
 * `tel` when a `tel:` link dials the line as written; `dial` when the pack says
 * what must be typed (`#163`, `15`, `1-888-NO-ABUSE`), shown with a copy button
 * and no link; `none` when the number takes no calls (a WhatsApp-only line).
 */
export function voiceRoute(line: Pick<Hotline, 'call' | 'dial'>): VoiceRoute {
  if (line.call === false) return 'none';
  return line.dial === undefined ? 'tel' : 'dial';
}

/** `https://wa.me/<digits>`: WhatsApp's own link form, which opens the WhatsApp app. */
export function whatsappHref(e164: string): string {
  return `https://wa.me/${dialString(e164).replace(/^\+/, '')}`;
}

/** Why a card warns that its number may have changed: an old source, or a secondary one. */
export type Provenance =
  | { readonly kind: 'old'; readonly year: number; readonly next: string | null }
  | { readonly kind: 'secondary'; readonly year: number | null; readonly next: string | null };

/**
 * The warning a line needs, or null. A source dated before 2020 gives its year;
 * a secondary source (not the operator's own page) is named as such. `next` is
 * the name of the line to try instead, when there is one. The compile date
 * (`verified`) is never a source's date and is never shown as one.
 */
export function provenanceOf(
  line: Pick<Hotline, 'source_date' | 'secondary_source'>,
  next: Pick<Hotline, 'name'> | undefined,
): Provenance | null {
  const year = line.source_date === undefined ? null : Number(line.source_date.slice(0, 4));
  const nextName = next?.name ?? null;
  if (year !== null && year < OLD_SOURCE_BEFORE_YEAR) return { kind: 'old', year, next: nextName };
  if (line.secondary_source === true) return { kind: 'secondary', year, next: nextName };
  return null;
}

/** The line to suggest when `lines[index]` doesn't connect: the next one shown, else the one before. */
export function fallbackLine<T>(lines: readonly T[], index: number): T | undefined {
  return lines[index + 1] ?? (index > 0 ? lines[index - 1] : undefined);
}

/** True when a line's hours say it never closes ("24/7", "24h", "24 hours"). */
export function isAlwaysOpen(hours: string | undefined): boolean {
  return hours !== undefined && /^\s*24\s*(?:\/\s*7|h\b|hours?\b|-hour)/i.test(hours);
}
