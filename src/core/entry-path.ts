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
 * The full address to put in the bar for `disguise`'s entry on `origin`.
 * Built on the origin, never on the page's path: `//evil.example/` resolved
 * as a path names another origin, which `history.replaceState` refuses by
 * throwing.
 */
export function entryAddress(origin: string, disguise: DisguiseId | null): string {
  return new URL(entryPath(disguise), origin).href;
}
