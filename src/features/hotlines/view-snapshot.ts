/**
 * Keeps what the hotlines screen shows (the exit, the emergency number, the
 * title and the first line) as the markup the worker puts into the next
 * offline reopen's first response (src/core/view-snapshot.ts). Never while a
 * disguise is chosen, nor for a poster's audience (who a poster was for is
 * kept for one visit only).
 */
import { parseDisguise } from '../../core/disguises';
import { parseViewSnapshot } from '../../core/view-snapshot';
import { getSettings } from '../../app/settings';
import { writeViewSnapshot } from '../../shared/view-snapshot';
import { chosenDisguise } from '../disguise/look';

const kept = ['.app-header', '.emergency-bar', '#hotlines-title', '.hotlines ul.cards'];

/** Writes the snapshot of the screen as it is now for `region`; does nothing when it must not. */
export function keepViewSnapshot(region: string): void {
  if (parseDisguise(getSettings().disguise) !== null || chosenDisguise() !== null) return;
  const page = document.documentElement;
  if (page.hasAttribute('data-covered') || page.dataset.region !== region) return;
  const parts = kept.map((selector) => document.querySelector(selector)?.outerHTML ?? '');
  const snapshot = parseViewSnapshot({
    region,
    lang: page.lang,
    dir: page.dir,
    // Inside the app's own frame, so its styles apply as they will a moment later.
    html: `<div class="app"><header class="app-header">${parts[0] ? stripHeader(parts[0]) : ''}</header><main class="app-main"><section class="hotlines">${parts.slice(1).join('')}</section></main></div>`,
  });
  if (snapshot) void writeViewSnapshot(snapshot);
}

// The header's own element is written around its content, without its listeners' leftovers.
function stripHeader(header: string): string {
  return header.replace(/^<header[^>]*>|<\/header>$/g, '');
}
