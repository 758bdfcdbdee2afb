/**
 * Writes the copy of the cover at rest (cover-snapshot.ts) as the cover
 * snapshot. What marks itself `data-personal` (kept notes, and whether there
 * are any) is left out; the form fields keep their starting values as
 * attributes, so the copy looks like the cover that replaces it, and are
 * read-only.
 */
import type { DisguiseId } from '../../core/disguises';
import { parseCoverSnapshot } from '../../core/cover-snapshot';
import { writeCoverSnapshot } from '../../shared/view-snapshot';

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
  if (snapshot) void writeCoverSnapshot(snapshot);
}
