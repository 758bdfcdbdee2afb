/**
 * Entry path. Keeps the cover at rest for the next launch of this disguise's
 * page (src/core/cover-snapshot.ts). The copy is taken in the same task the
 * cover first renders, before any input can reach it, so it holds no typed
 * digit; writing it waits for a chunk off the first paint (keep-cover.ts).
 */
import { entryDisguise } from './look';

/** Call right after boot renders the cover; does nothing off a disguise's own page. */
export function keepCoverAtRest(): void {
  const disguise = entryDisguise();
  const cover = document.querySelector('#root [data-cover]');
  if (disguise === null || !cover) return;
  const copy = cover.cloneNode(true);
  // A clone keeps what its inputs hold, not which option its lists show.
  const chosen = Array.from(cover.querySelectorAll('select'), (list) => list.value);
  const { lang, dir } = document.documentElement;
  void import('./keep-cover').then((module) =>
    module.keepCover({ disguise, copy, chosen, lang, dir }),
  );
}
