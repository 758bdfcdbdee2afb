/**
 * Writes the copy of the cover at rest (cover-snapshot.ts) as the cover
 * snapshot. What marks itself `data-personal` (kept notes, and whether there
 * are any) is left out; the form fields keep their starting values as
 * attributes, so the copy looks like the cover that replaces it, and are
 * read-only.
 */
import { disguisePage, type DisguiseId } from '../../core/disguises';
import {
  parseCoverSnapshot,
  withCoverSnapshot,
  type CoverSnapshot,
} from '../../core/cover-snapshot';
import {
  beginKeeping,
  forgetCoverAtRest,
  workerCopyWith,
  type Keeping,
  writeCoverAtRest,
  writeCoverSnapshot,
} from '../../shared/view-snapshot';

/** The cover as it first rendered, taken in that same task. */
export interface CoverAtRest {
  disguise: DisguiseId;
  /** A deep clone of the cover's element. */
  copy: Node;
  /** The value each of its lists (`<select>`) showed, in document order. */
  chosen: readonly string[];
  lang: string;
  dir: string;
}

/** Keeps the cover at rest for its disguise's next launch. */
export function keepCover({ disguise, copy, chosen, lang, dir }: CoverAtRest): void {
  if (!(copy instanceof Element)) return;
  const keeping = beginKeeping();
  for (const field of copy.querySelectorAll('input')) {
    // Markup holds a field's value only as an attribute.
    field.setAttribute('value', field.value);
    // Nothing typed into the copy is kept (it is inert and replaced a moment later):
    // read-only says so to anything that types, browser tests included, which wait for
    // the live field instead of losing what they type.
    field.setAttribute('readonly', '');
  }
  copy.querySelectorAll('select').forEach((list, index) => {
    for (const option of list.options) {
      option.toggleAttribute('selected', option.value === chosen[index]);
    }
  });
  for (const personal of copy.querySelectorAll('[data-personal]')) personal.remove();
  const snapshot = parseCoverSnapshot({ disguise, lang, dir, html: copy.outerHTML });
  if (snapshot) {
    void writeCoverSnapshot(snapshot, keeping).then(() => keepCoverPageAtRest(snapshot, keeping));
  }
}

/**
 * Also keeps the disguise's whole page with the cover in it, so the worker's
 * answer to the next launch from the icon is one read (shared/view-snapshot.ts).
 * Made only from the worker's own copy of the page: never a request on the
 * network. When it can't be made, the last one goes, so that it is never
 * older than the snapshot.
 */
async function keepCoverPageAtRest(snapshot: CoverSnapshot, keeping: Keeping): Promise<void> {
  const build = document.documentElement.dataset.build;
  const page = build
    ? await workerCopyWith(disguisePage(snapshot.disguise), (html) =>
        withCoverSnapshot(html, snapshot),
      )
    : null;
  // Otherwise forgotten: the worker splices the snapshot itself.
  if (page && build) await writeCoverAtRest(page, build, snapshot.disguise, keeping);
  else await forgetCoverAtRest();
}
