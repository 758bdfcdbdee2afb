/**
 * Keeps what the hotlines screen shows (the exit, the emergency number, the
 * title and the first line) as the markup the worker puts into the next
 * offline reopen's first response (src/core/view-snapshot.ts). Never while a
 * disguise is chosen, nor for a poster's audience (who a poster was for is
 * kept for one visit only).
 */
import { parseDisguise } from '../../core/disguises';
import { parseViewSnapshot, withSnapshot, type ViewSnapshot } from '../../core/view-snapshot';
import { getSettings, lateSettings } from '../../app/settings';
import {
  beginKeeping,
  forgetPageAtRest,
  workerCopyWith,
  type Keeping,
  writePageAtRest,
  writeViewSnapshot,
} from '../../shared/view-snapshot';
import { chosenDisguise } from '../disguise/look';

const kept = ['.app-header', '.emergency-bar', '#hotlines-title', '.hotlines ul.cards'];

// Which keeping is the newest: an older one's page at rest must not land over a newer one's.
let latest = 0;

const disguised = () => parseDisguise(getSettings().disguise) !== null || chosenDisguise() !== null;

/**
 * Whether `region` was shown without the person's settings: boot went on
 * without them (storage slow, or blocked by an old tab) and the region is not
 * the one saved (by them, read late, or by a poster since). Kept, a guess would
 * put another place's numbers into the next reopen's first response.
 */
async function shownWithoutSettings(region: string): Promise<boolean> {
  return (await lateSettings()) !== null && getSettings().region !== region;
}

/** Writes the snapshot of the screen as it is now for `region`; does nothing when it must not. */
export async function keepViewSnapshot(region: string): Promise<void> {
  if ((await shownWithoutSettings(region)) || disguised()) return;
  const keeping = beginKeeping();
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
  if (!snapshot) return;
  const order = (latest += 1);
  void writeViewSnapshot(snapshot, keeping).then(() => keepPageAtRest(snapshot, order, keeping));
}

/**
 * Also keeps the whole entry with the snapshot in it, so the worker's answer to
 * the next reopen is one read (shared/view-snapshot.ts). Made only from the
 * worker's own copy of the entry: never an extra request on the network. When
 * it can't be made, the last one goes: it must never be older than the
 * snapshot, or the worker would send a screen the person has since left.
 */
async function keepPageAtRest(
  snapshot: ViewSnapshot,
  order: number,
  keeping: Keeping,
): Promise<void> {
  const build = document.documentElement.dataset.build;
  const entry = build
    ? await workerCopyWith('/index.html', (html) => withSnapshot(html, snapshot))
    : null;
  if (order !== latest) return;
  // Asked again after the wait: a disguise chosen meanwhile must find nothing kept.
  // Otherwise forgotten: the worker splices the snapshot itself.
  if (entry && build && !disguised()) {
    await writePageAtRest(entry, build, snapshot.region, keeping);
  } else {
    await forgetPageAtRest();
  }
}

// The header's own element is written around its content, without its listeners' leftovers.
function stripHeader(header: string): string {
  return header.replace(/^<header[^>]*>|<\/header>$/g, '');
}
