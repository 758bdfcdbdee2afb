/**
 * Keeps what the hotlines screen shows (the exit, the emergency number, the
 * title and the first line) as the markup the worker puts into the next
 * offline reopen's first response (src/core/view-snapshot.ts). Never while a
 * disguise is chosen, nor for a poster's audience (who a poster was for is
 * kept for one visit only).
 */
import { parseDisguise } from '../../core/disguises';
import { parseViewSnapshot, withSnapshot, type ViewSnapshot } from '../../core/view-snapshot';
import { getSettings } from '../../app/settings';
import { writePageAtRest, writeViewSnapshot } from '../../shared/view-snapshot';
import { chosenDisguise } from '../disguise/look';

const kept = ['.app-header', '.emergency-bar', '#hotlines-title', '.hotlines ul.cards'];

const disguised = () => parseDisguise(getSettings().disguise) !== null || chosenDisguise() !== null;

/** Writes the snapshot of the screen as it is now for `region`; does nothing when it must not. */
export function keepViewSnapshot(region: string): void {
  if (disguised()) return;
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
  if (snapshot) void writeViewSnapshot(snapshot).then(() => keepPageAtRest(snapshot));
}

/**
 * Also keeps the whole entry with the snapshot in it, so the worker's answer to
 * the next reopen is one read (shared/view-snapshot.ts). Made only from the
 * worker's own copy of the entry: never an extra request on the network.
 */
async function keepPageAtRest(snapshot: ViewSnapshot): Promise<void> {
  const build = document.documentElement.dataset.build;
  if (!navigator.serviceWorker?.controller || !build) return;
  try {
    const entry = await fetch('/index.html');
    const html = entry.ok ? withSnapshot(await entry.text(), snapshot) : null;
    // Asked again after the wait: a disguise chosen meanwhile must find nothing kept.
    if (html && !disguised()) await writePageAtRest(html, entry.headers, build, snapshot.region);
  } catch {
    // The worker splices the snapshot itself.
  }
}

// The header's own element is written around its content, without its listeners' leftovers.
function stripHeader(header: string): string {
  return header.replace(/^<header[^>]*>|<\/header>$/g, '');
}
