import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { disguiseIds } from '../../src/core/disguises';
import { APP_ENTRY_PATH, entryAddress, entryPath } from '../../src/core/entry-path';

const origin = 'https://lantern.example';
const entries = [null, ...disguiseIds];

describe('entryPath', () => {
  it('is / for the plain app and the cover page for each disguise', () => {
    expect(entryPath(null)).toBe(APP_ENTRY_PATH);
    expect(entryPath('calculator')).toBe('/calculator.html');
    expect(entryPath('notes')).toBe('/notes.html');
    expect(entryPath('converter')).toBe('/converter.html');
  });
});

describe('entryAddress', () => {
  it('is the entry path on this origin, with no query, hash or extra path', () => {
    expect(entryAddress(origin, null)).toBe(`${origin}/`);
    expect(entryAddress(origin, 'notes')).toBe(`${origin}/notes.html`);
  });

  it("stays on this origin where the page's own path would name another one", () => {
    // `new URL(location.pathname, location.href)` on //evil.example/: the bug this guards against.
    const here = new URL(`${origin}//evil.example/?r=gb`);
    expect(new URL(here.pathname, here.href).origin).not.toBe(origin);
    expect(new URL(entryAddress(here.origin, null)).origin).toBe(origin);
  });

  it('for any address of this origin: the same origin and exactly the entry path', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...entries),
        fc.string({ unit: 'grapheme', maxLength: 40 }),
        fc.string({ maxLength: 20 }),
        fc.string({ maxLength: 20 }),
        (disguise, path, query, hash) => {
          const current = new URL(`${origin}/${path}?${query}#${hash}`);
          // Only addresses of this origin reach a page of it.
          fc.pre(current.origin === origin);
          const shown = new URL(entryAddress(current.origin, disguise));
          expect(shown.origin).toBe(origin);
          expect(shown.pathname + shown.search + shown.hash).toBe(entryPath(disguise));
        },
      ),
    );
  });
});
