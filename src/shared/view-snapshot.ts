/**
 * Where the page keeps its snapshots (the hotlines, src/core/view-snapshot.ts,
 * and a disguise's cover at rest, src/core/cover-snapshot.ts) and the worker
 * reads them: entries in one Cache Storage cache, beside the precache, so
 * "Remove everything" (which deletes every cache) removes them too. Neither
 * side throws: without Cache Storage there is simply no snapshot.
 */
import { parseCoverSnapshot, type CoverSnapshot } from '../core/cover-snapshot';
import { parseViewSnapshot, type ViewSnapshot } from '../core/view-snapshot';
import { parseDisguise, type DisguiseId } from '../core/disguises';
import { parseRegionCode, type RegionCode } from '../core/region-code';

/** The cache that holds both snapshots, and their keys (paths nothing serves). */
export const VIEW_CACHE = 'view';
const SNAPSHOT_KEY = '/view-snapshot';
const COVER_KEY = '/cover-snapshot';
const PAGE_AT_REST_KEY = '/page-at-rest';
const COVER_AT_REST_KEY = '/cover-at-rest';
const BUILD_HEADER = 'X-Lantern-Build';
const REGION_HEADER = 'X-Lantern-Region';
const DISGUISE_HEADER = 'X-Lantern-Disguise';

async function readStored<T>(key: string, parse: (value: unknown) => T | null): Promise<T | null> {
  try {
    // One lookup, on the reopen's critical path; a missing cache is not made by it.
    const stored = await caches.match(key, { cacheName: VIEW_CACHE });
    return stored ? parse(await stored.json()) : null;
  } catch {
    return null;
  }
}

// Every launch keeps what it shows, and most show what the last one did. So a write
// first reads what is kept, and writes nothing when it is the same: a reopen then
// leaves storage alone, and an app closed mid-write (a cache put replaces the old
// entry before the new one is whole) can't take the next reopen's one-read answer
// away. Writes take turns, so a read and its write are never split by another write.
let writes: Promise<unknown> = Promise.resolve();

function inTurn(write: () => Promise<void>): Promise<void> {
  const turn = writes.then(write, write);
  writes = turn.catch(() => undefined);
  return turn;
}

// How many times everything kept was forgotten. A keeping copies the screen, then
// writes twice with the worker's copy of the page read in between; "Remove everything"
// can come in that gap, and a write that lands after it would leave the help behind.
let forgets = 0;

/** A keeping's mark, taken when it copies the screen: its writes count only if nothing was forgotten since. */
export interface Keeping {
  readonly forgetsBefore: number;
}

/** Marks the start of a keeping (the screen is being copied now). */
export function beginKeeping(): Keeping {
  return { forgetsBefore: forgets };
}

/** `write` in its turn, unless everything was forgotten after `keeping` began. */
function keepInTurn(keeping: Keeping, write: () => Promise<void>): Promise<void> {
  return inTurn(async () => {
    if (keeping.forgetsBefore === forgets) await write();
  });
}

function writeStored(key: string, value: unknown, keeping: Keeping): Promise<void> {
  return keepInTurn(keeping, async () => {
    try {
      const body = JSON.stringify(value);
      const cache = await caches.open(VIEW_CACHE);
      if ((await (await cache.match(key))?.text()) === body) return;
      await cache.put(key, new Response(body, { headers: { 'Content-Type': 'application/json' } }));
    } catch {
      // No snapshot: the next reopen is only a little slower.
    }
  });
}

/** Reads the hotlines snapshot, or null when there is none (or it can't be read). */
export function readViewSnapshot(): Promise<ViewSnapshot | null> {
  return readStored(SNAPSHOT_KEY, parseViewSnapshot);
}

/** Keeps `snapshot` in place of the last one. */
export function writeViewSnapshot(snapshot: ViewSnapshot, keeping: Keeping): Promise<void> {
  return writeStored(SNAPSHOT_KEY, snapshot, keeping);
}

/** Reads the cover snapshot, or null. */
export function readCoverSnapshot(): Promise<CoverSnapshot | null> {
  return readStored(COVER_KEY, parseCoverSnapshot);
}

/** Keeps the cover at rest in place of the last one. */
export function writeCoverSnapshot(snapshot: CoverSnapshot, keeping: Keeping): Promise<void> {
  return writeStored(COVER_KEY, snapshot, keeping);
}

/**
 * An entry page with its snapshot already in it, exactly as the worker would
 * answer it: the worker sends it with one read and no splice. Two are kept,
 * each under its own key: the plain entry with the hotlines (the page at
 * rest) and a disguise's page with its cover (the cover at rest). Each says
 * which build's page it was made from (only that build's worker sends it)
 * and what it shows (an address may ask for another region; an icon may be
 * another disguise's).
 */
interface KeptPage {
  response: Response;
  build: string;
}

/** The plain entry with the hotlines of `region` in it. */
export interface PageAtRest extends KeptPage {
  region: RegionCode;
}

/** A disguise's own page with its cover in it. */
export interface CoverAtRest extends KeptPage {
  disguise: DisguiseId;
}

async function readKeptPage(key: string): Promise<KeptPage | null> {
  try {
    const response = await caches.match(key, { cacheName: VIEW_CACHE });
    const build = response?.headers.get(BUILD_HEADER);
    return response && build ? { response, build } : null;
  } catch {
    return null;
  }
}

/** Reads the page at rest, or null when there is none (or it can't be read). */
export async function readPageAtRest(): Promise<PageAtRest | null> {
  const kept = await readKeptPage(PAGE_AT_REST_KEY);
  const region = parseRegionCode(kept?.response.headers.get(REGION_HEADER));
  return kept && region ? { ...kept, region } : null;
}

/** Reads the cover at rest, or null. */
export async function readCoverAtRest(): Promise<CoverAtRest | null> {
  const kept = await readKeptPage(COVER_AT_REST_KEY);
  const disguise = parseDisguise(kept?.response.headers.get(DISGUISE_HEADER));
  return kept && disguise !== null ? { ...kept, disguise } : null;
}

/**
 * The headers of a stored page, for the same page with a new body: its own
 * headers (the CSP among them) go with it; the old body's length and encoding
 * must not.
 */
export function headersForNewBody(headers: Headers): Headers {
  const kept = new Headers(headers);
  kept.delete('Content-Length');
  kept.delete('Content-Encoding');
  return kept;
}

/** An entry page as the worker holds it, with a snapshot spliced in. */
export interface WorkerCopy {
  html: string;
  headers: Headers;
}

/**
 * The worker's own copy of the entry page at `path` with `splice` applied,
 * with its headers: what a kept page is made from. Asked only of the worker
 * (the page must be controlled), so never a request on the network. Null when
 * it can't be made (no worker in control, no copy, a splice that declines).
 */
export async function workerCopyWith(
  path: string,
  splice: (html: string) => string | null,
): Promise<WorkerCopy | null> {
  try {
    if (!navigator.serviceWorker?.controller) return null;
    const page = await fetch(path);
    const html = page.ok ? splice(await page.text()) : null;
    return html === null ? null : { html, headers: page.headers };
  } catch {
    return null;
  }
}

/**
 * Keeps `html` under `key` (nothing is written when the same page from the same
 * build is kept already); when it can't be kept (storage full), the last one goes.
 */
function writeKeptPage(
  key: string,
  { html, headers }: WorkerCopy,
  build: string,
  shows: [header: string, value: string],
  keeping: Keeping,
): Promise<void> {
  return keepInTurn(keeping, async () => {
    try {
      const cache = await caches.open(VIEW_CACHE);
      const old = await cache.match(key);
      const same =
        old?.headers.get(BUILD_HEADER) === build &&
        old.headers.get(shows[0]) === shows[1] &&
        (await old.text()) === html;
      if (same) return;
      const kept = headersForNewBody(headers);
      kept.set(BUILD_HEADER, build);
      kept.set(...shows);
      await cache.put(key, new Response(html, { headers: kept }));
    } catch {
      await deleteKeptPage(key);
    }
  });
}

function forgetKeptPage(key: string): Promise<void> {
  return inTurn(() => deleteKeptPage(key));
}

async function deleteKeptPage(key: string): Promise<void> {
  try {
    // Never opened to delete: "Remove everything" may have just deleted the whole cache.
    if (typeof caches !== 'undefined' && (await caches.has(VIEW_CACHE))) {
      await (await caches.open(VIEW_CACHE)).delete(key);
    }
  } catch {
    // Nothing to delete, or storage refuses: the worker checks build and what it shows anyway.
  }
}

/** Keeps `page` (the plain entry with the hotlines snapshot spliced in) as the page at rest. */
export function writePageAtRest(
  page: WorkerCopy,
  build: string,
  region: RegionCode,
  keeping: Keeping,
): Promise<void> {
  return writeKeptPage(PAGE_AT_REST_KEY, page, build, [REGION_HEADER, region], keeping);
}

/** Deletes the page at rest; the worker then splices the snapshot itself. */
export function forgetPageAtRest(): Promise<void> {
  return forgetKeptPage(PAGE_AT_REST_KEY);
}

/** Keeps `page` (a disguise's page with its cover snapshot spliced in) as the cover at rest. */
export function writeCoverAtRest(
  page: WorkerCopy,
  build: string,
  disguise: DisguiseId,
  keeping: Keeping,
): Promise<void> {
  return writeKeptPage(COVER_AT_REST_KEY, page, build, [DISGUISE_HEADER, disguise], keeping);
}

/** Deletes the cover at rest; the worker then splices the cover snapshot itself. */
export function forgetCoverAtRest(): Promise<void> {
  return forgetKeptPage(COVER_AT_REST_KEY);
}

/**
 * Deletes every snapshot and both pages at rest (a disguise chosen, the device
 * forgotten): at once, so that "Remove everything" never waits on a write, and
 * again after any write already under way, so that none outlives it. A keeping
 * that began before this writes nothing more, however late its turn comes.
 */
export async function forgetViewSnapshot(): Promise<void> {
  forgets += 1;
  void inTurn(deleteViewCache);
  await deleteViewCache();
}

async function deleteViewCache(): Promise<void> {
  try {
    if (typeof caches !== 'undefined') await caches.delete(VIEW_CACHE);
  } catch {
    // Nothing to delete.
  }
}
