/**
 * A disguise's reopen, at the speed of a bare page (issue 15, goal 1): the
 * cover as it looks before anyone touches it, kept as markup, which the
 * service worker puts into the disguise's own page, so the calculator (or
 * notes, or converter) is in the first response instead of after the
 * scripts. Pure: its shape and parsing, and the splice into the HTML.
 *
 * Only the cover at rest: the page takes it as the cover first renders, and
 * leaves out whatever holds the person's own things (kept notes), so no
 * typed digit or note is ever kept in it.
 */
import { parseDisguise, type DisguiseId } from './disguises';
import { FIRST_HELP_IDS } from './first-help';
import { parseSnapshotFrame, type SnapshotFrame } from './view-snapshot';

/** What the page keeps: which cover, in which language and direction, and its markup. */
export interface CoverSnapshot extends SnapshotFrame {
  disguise: DisguiseId;
}

/** Parses a stored cover snapshot; null for anything else. */
export function parseCoverSnapshot(value: unknown): CoverSnapshot | null {
  if (typeof value !== 'object' || value === null) return null;
  const fields = value as Record<string, unknown>;
  const id = parseDisguise(fields.disguise);
  const frame = parseSnapshotFrame(fields);
  return id === null || frame === null ? null : { disguise: id, ...frame };
}

/** Where the build's disguise pages leave room for the app (and the copy goes before it). */
const ROOT = '<div id="root"></div>';

/**
 * The disguise page `html` with the snapshot's cover before its app root, in
 * a box the app removes as it renders the live cover (shell/root.tsx); null
 * unless the page is that same disguise's own. The copy is `inert`: a tap
 * before the scripts arrive does nothing, rather than half of something.
 */
export function withCoverSnapshot(html: string, snapshot: CoverSnapshot): string | null {
  const opening = /<html\b[^>]*>/i.exec(html)?.[0] ?? '';
  if (parseDisguise(/\bdata-disguise="([^"]*)"/.exec(opening)?.[1]) !== snapshot.disguise) {
    return null;
  }
  if (!html.includes(ROOT)) return null;
  // lang and dir are parsed above to plain ASCII: safe inside attribute quotes.
  return html.replace(
    ROOT,
    () =>
      `<div id="${FIRST_HELP_IDS.box}" data-snapshot="" inert lang="${snapshot.lang}" dir="${snapshot.dir}">${snapshot.html}</div>${ROOT}`,
  );
}
