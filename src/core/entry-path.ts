/**
 * Entry path. The address an HTML entry leaves in the address bar after boot:
 * its own path and nothing else, so no poster code, revealing path or hash
 * stays in the history. Pure: the page decides which entry it is.
 */
import { disguisePage, type DisguiseId } from './disguises';

/** The plain app's own path (index.html). */
export const APP_ENTRY_PATH = '/';

/** The path of the entry a page was served as: `/`, or `/<disguise>.html` for a cover's entry. */
export function entryPath(disguise: DisguiseId | null): string {
  return disguise ? disguisePage(disguise) : APP_ENTRY_PATH;
}

/**
 * The full address to put in the bar for `entry` on the page at `current`,
 * or null when the bar already shows exactly that. Built on the page's own
 * origin, never on its path: `//evil.example/` resolved as a path names
 * another origin, which `history.replaceState` refuses by throwing.
 */
export function cleanAddress(current: string, entry: string): string | null {
  const here = new URL(current);
  const clean = new URL(entry, here.origin);
  if (clean.origin !== here.origin) return null;
  return clean.href === here.href ? null : clean.href;
}
