/**
 * The offline reopen's head start (issue 15, goal 1): the hotlines the page
 * last showed, kept as markup, which the service worker puts into the entry
 * HTML it answers `/` with, so the numbers are in the first response. Pure:
 * the snapshot's shape and parsing, whether it fits an address, and the
 * splice into the HTML. Never for a disguise (the page neither writes nor
 * keeps one while a disguise is chosen).
 */
import { FIRST_HELP_IDS } from './first-help';
import { parseRegionCode, type RegionCode } from './region-code';

/** What the page keeps: the region and language it showed, and the markup. */
export interface ViewSnapshot extends SnapshotFrame {
  region: RegionCode;
}

/** Largest snapshot worth splicing; the help's first lines are a few kB. */
export const MAX_SNAPSHOT_HTML = 64_000;

const LANG = /^[a-z]{2,3}(?:-[A-Za-z0-9]{1,8})?$/;

/** What every snapshot has: the language and direction it was shown in, and its markup. */
export interface SnapshotFrame {
  lang: string;
  dir: 'ltr' | 'rtl';
  html: string;
}

/**
 * The parts both snapshots share, parsed: a language tag plain enough to
 * write inside an attribute's quotes, a direction, markup within bounds.
 */
export function parseSnapshotFrame(value: Record<string, unknown>): SnapshotFrame | null {
  const { lang, dir, html } = value;
  if (typeof lang !== 'string' || !LANG.test(lang)) return null;
  if (dir !== 'ltr' && dir !== 'rtl') return null;
  if (typeof html !== 'string' || html.length > MAX_SNAPSHOT_HTML) return null;
  return { lang, dir, html };
}

/** The box the build leaves empty in index.html (scripts/first-help), filled here. */
export const FIRST_HELP_BOX = '<div id="start" class="start" hidden></div>';

/** The table of every region's first numbers the build puts in index.html; its JSON holds no `<`. */
export function firstHelpTable(json: string): string {
  return `<script type="application/json" id="${FIRST_HELP_IDS.data}">${json}</script>`;
}

const FIRST_HELP_TABLE = new RegExp(`\\s*${firstHelpTable('[^<]*')}`);

/** `html` without the table: what a page the worker answers carries (see withSnapshot). */
export function withoutFirstHelpTable(html: string): string {
  return html.replace(FIRST_HELP_TABLE, '');
}

/** Parses a stored snapshot; null for anything else. */
export function parseViewSnapshot(value: unknown): ViewSnapshot | null {
  if (typeof value !== 'object' || value === null) return null;
  const fields = value as Record<string, unknown>;
  const code = parseRegionCode(fields.region);
  const frame = parseSnapshotFrame(fields);
  return code === null || frame === null ? null : { region: code, ...frame };
}

/**
 * True when the snapshot is what the address asks for: no `?r=` and no
 * `?lang=` (a reopen from the icon), or a `?r=` naming the snapshot's own
 * region. Another poster's code must never flash the saved region first.
 */
export function snapshotFits(search: string, snapshot: Pick<ViewSnapshot, 'region'>): boolean {
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search);
  } catch {
    return false;
  }
  if (params.has('lang') || params.has('v')) return false;
  const requested = params.get('r');
  return requested === null || parseRegionCode(requested) === snapshot.region;
}

/**
 * The entry HTML with the snapshot in its first-help box and the snapshot's
 * language, direction and region on `<html>`; null when the HTML has no box
 * (a disguised entry, an older build).
 */
export function withSnapshot(html: string, snapshot: ViewSnapshot): string | null {
  if (!html.includes(FIRST_HELP_BOX)) return null;
  const opening = /<html\b[^>]*>/i;
  if (!opening.test(html) || /data-disguise/.test(html.match(opening)?.[0] ?? '')) return null;
  // lang, dir and region are parsed above to plain ASCII: safe inside attribute quotes.
  const filled = html
    .replace(
      opening,
      `<html lang="${snapshot.lang}" dir="${snapshot.dir}" data-region="${snapshot.region}">`,
    )
    .replace(
      FIRST_HELP_BOX,
      () => `<div id="start" class="start" data-snapshot="">${snapshot.html}</div>`,
    );
  // Only the worker answers with a snapshot, and under a worker the inline script never
  // reads the table (src/features/first-help): left out, the page kept for the next
  // reopen stays the same size however many regions the app serves.
  return withoutFirstHelpTable(filled);
}
